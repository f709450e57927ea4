/// The form in which printed labels are compared with template phrases: no whitespace, no
/// punctuation that extraction or typesetting varies (、.，,：:“”"), ASCII brackets.
/// `（二）部分公开 (区分处理的, …)` and `(二)部分公开（区分处理的，…）` have the same key.
public enum MatchKey {
    public static func make(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            switch s {
            case " ", "\t", "\u{3000}", "\u{A0}", "\n", "、", ".", "．", "，", ",", "：", ":", "“", "”", "\"", "‘", "’", "·":
                continue
            case "（": out.append("(")
            case "）": out.append(")")
            default: out.append(s)
            }
        }
        return String(out)
    }

    /// Joins key path parts with dots, skipping empty ones.
    public static func join(_ parts: String...) -> String {
        parts.filter { !$0.isEmpty }.joined(separator: ".")
    }
}
