/// A set of known table terms with fast "is a term" and "is the start of a term" look-ups.
///
/// Terms and queries are compared by ``key(_:)``: whitespace and quotes removed, brackets and full
/// stops unified, so `(一) 予以公开` and `（一）予以公开` are the same term.
public struct Lexicon: Sendable, Hashable {
    private var terms: Set<String> = []
    private var prefixes: Set<String> = []

    public init<S: Sequence>(_ words: S) where S.Element == String {
        for w in words {
            let k = Lexicon.key(w)
            guard !k.isEmpty else { continue }
            terms.insert(k)
            var p = ""
            for ch in k {
                p.append(ch)
                prefixes.insert(p)
            }
        }
    }

    public var isEmpty: Bool { terms.isEmpty }

    /// True when `text` is a whole known term.
    public func contains(_ text: String) -> Bool { terms.contains(Lexicon.key(text)) }

    /// True when `text` is a known term or the beginning of one.
    public func isPrefix(_ text: String) -> Bool { prefixes.contains(Lexicon.key(text)) }

    /// The comparison key: no whitespace or quotes, ASCII brackets, ASCII full stop.
    public static func key(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            switch s {
            case " ", "\t", "\u{3000}", "\u{A0}", "“", "”", "\"", "‘", "’": continue
            case "（": out.append("(")
            case "）": out.append(")")
            case "．": out.append(".")
            default: out.append(s)
            }
        }
        return String(out)
    }
}
