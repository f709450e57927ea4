/// A set of known table terms with fast "is a term" and "is the start of a term" look-ups.
///
/// Terms and queries are compared by ``key(_:)``: whitespace and quotes removed, brackets and full
/// stops unified, so `(一) 予以公开` and `（一）予以公开` are the same term. Terms are kept sorted, so
/// a prefix look-up is one binary search (building the set of every prefix cost more than a whole
/// report's normalization).
public struct Lexicon: Sendable, Hashable {
    private var keys: [[UInt32]] = []

    public init<S: Sequence>(_ words: S) where S.Element == String {
        var all = Set<[UInt32]>()
        for w in words {
            let k = Lexicon.scalars(w)
            if !k.isEmpty { all.insert(k) }
        }
        keys = all.sorted { $0.lexicographicallyPrecedes($1) }
    }

    public var isEmpty: Bool { keys.isEmpty }

    /// True when `text` is a whole known term.
    public func contains(_ text: String) -> Bool {
        let k = Lexicon.scalars(text)
        let i = lowerBound(k)
        return i < keys.count && keys[i] == k
    }

    /// True when `text` is a known term or the beginning of one.
    public func isPrefix(_ text: String) -> Bool {
        let k = Lexicon.scalars(text)
        guard !k.isEmpty else { return false }
        let i = lowerBound(k)
        return i < keys.count && keys[i].starts(with: k)
    }

    private func lowerBound(_ k: [UInt32]) -> Int {
        var lo = 0, hi = keys.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if keys[mid].lexicographicallyPrecedes(k) { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// The comparison key: no whitespace or quotes, ASCII brackets, ASCII full stop.
    public static func key(_ text: String) -> String {
        String(String.UnicodeScalarView(scalars(text).compactMap(Unicode.Scalar.init)))
    }

    static func scalars(_ text: String) -> [UInt32] {
        var out: [UInt32] = []
        out.reserveCapacity(text.utf8.count / 2)
        for s in text.unicodeScalars {
            switch s {
            case " ", "\t", "\u{3000}", "\u{A0}", "“", "”", "\"", "‘", "’": continue
            case "（": out.append(0x28)
            case "）": out.append(0x29)
            case "．": out.append(0x2E)
            default: out.append(s.value)
            }
        }
        return out
    }
}
