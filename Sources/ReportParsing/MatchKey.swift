/// The form in which printed labels are compared with template phrases: no whitespace, no
/// punctuation that extraction or typesetting varies (、.，,：:“”"), ASCII brackets.
/// `（二）部分公开 (区分处理的, …)` and `(二)部分公开（区分处理的，…）` have the same key.
public enum MatchKey {
    public static func make(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            // By scalar value: a switch over scalar literals matched each case in turn.
            switch s.value {
            case 0x20, 0x09, 0x3000, 0xA0, 0x0A, 0x3001, 0x2E, 0xFF0E, 0xFF0C, 0x2C, 0xFF1A, 0x3A,
                 0x201C, 0x201D, 0x22, 0x2018, 0x2019, 0xB7:   // space tab 　 nbsp \n 、 . ． ， , ： : “ ” " ‘ ’ ·
                continue
            case 0xFF08: out.append("(")   // （
            case 0xFF09: out.append(")")   // ）
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
