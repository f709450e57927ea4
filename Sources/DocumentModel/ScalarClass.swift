/// Character classes the stages share. Ranges follow the Unicode blocks named in each comment.
public enum ScalarClass {
    /// Han ideographs: CJK Unified Ideographs and Extensions A–G, Compatibility Ideographs.
    @inlinable
    public static func isHan(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return (0x4E00...0x9FFF).contains(v) || (0x3400...0x4DBF).contains(v)
            || (0xF900...0xFAFF).contains(v) || (0x20000...0x3134F).contains(v)
    }

    /// CJK punctuation: CJK Symbols and Punctuation, full-width punctuation, vertical and small forms,
    /// and the curly quotes, dashes and ellipsis Chinese text uses.
    @inlinable
    public static func isCJKPunctuation(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        switch v {
        case 0x3001...0x303F: return true   // 、。〈〉《》「」『』【】〔〕…
        case 0xFF01...0xFF0F, 0xFF1A...0xFF20, 0xFF3B...0xFF40, 0xFF5B...0xFF65: return true
        case 0xFE10...0xFE1F, 0xFE30...0xFE4F: return true
        case 0x2018, 0x2019, 0x201C, 0x201D, 0x2014, 0x2015, 0x2026, 0x00B7, 0x2022: return true
        default: return false
        }
    }

    /// Han, CJK punctuation, kana or hangul: characters between which a space is never meaningful.
    @inlinable
    public static func isCJK(_ s: Unicode.Scalar) -> Bool {
        if isHan(s) || isCJKPunctuation(s) { return true }
        let v = s.value
        return (0x3040...0x30FF).contains(v) || (0xAC00...0xD7AF).contains(v)
    }

    /// About how wide `text` is printed, in ems: a CJK character one, a space nothing, others about
    /// half (digits, Latin). For cutting a cell whose glyph positions are lost between its words.
    public static func ems(_ text: String) -> Double {
        text.unicodeScalars.reduce(0) { $0 + (isCJK($1) ? 1 : isHorizontalSpace($1) ? 0 : 0.55) }
    }

    /// Horizontal whitespace: space, tab, no-break space, ideographic space and the other Zs spaces.
    @inlinable
    public static func isHorizontalSpace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x20, 0x09, 0xA0, 0x3000, 0x2000...0x200B, 0x202F, 0x205F, 0xFEFF: return true
        default: return false
        }
    }

    @inlinable
    public static func isASCIIDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }

    @inlinable
    public static func isASCIILetter(_ s: Unicode.Scalar) -> Bool {
        (s.value >= 0x41 && s.value <= 0x5A) || (s.value >= 0x61 && s.value <= 0x7A)
    }
}
