import DocumentModel

/// Unifies full-width and half-width forms where the difference carries no meaning for the reader
/// but breaks matching: full-width digits and Latin letters become ASCII (`１２` → `12`), the
/// ideographic space becomes a space, a full-width minus or full stop inside a number becomes ASCII
/// (`－１８` → `-18`, `２７．３１` → `27.31`), and ASCII brackets around or next to Chinese become
/// full-width (`(一)` → `（一）`). Prose punctuation (，。：；) is left as printed.
public struct UnifyCharacterWidths: TextRule {
    public static let name = "unify-character-widths"

    public init() {}

    public func apply(_ text: String) -> String {
        var out = Array(text.unicodeScalars)
        var changed = false
        for i in out.indices {
            let v = out[i].value
            if (0xFF10...0xFF19).contains(v) || (0xFF21...0xFF3A).contains(v) || (0xFF41...0xFF5A).contains(v) {
                out[i] = Unicode.Scalar(v - 0xFEE0)!
                changed = true
            } else if v == 0x3000 || v == 0xA0 {
                out[i] = " "
                changed = true
            }
        }
        // Full-width minus before a digit, full-width full stop between digits.
        for i in out.indices {
            let v = out[i].value
            if v == 0xFF0D || v == 0x2212 {
                if i + 1 < out.count, ScalarClass.isASCIIDigit(out[i + 1]),
                   i == 0 || !ScalarClass.isASCIIDigit(out[i - 1]) {
                    out[i] = "-"
                    changed = true
                }
            } else if v == 0xFF0E {
                if i > 0, i + 1 < out.count, ScalarClass.isASCIIDigit(out[i - 1]), ScalarClass.isASCIIDigit(out[i + 1]) {
                    out[i] = "."
                    changed = true
                }
            }
        }
        if convertBrackets(&out) { changed = true }
        return changed ? String(String.UnicodeScalarView(out)) : text
    }

    /// ASCII parentheses become full-width when the pair encloses Chinese, or when an unpaired one
    /// touches Chinese.
    func convertBrackets(_ s: inout [Unicode.Scalar]) -> Bool {
        guard s.contains("(") || s.contains(")") else { return false }
        var changed = false
        var stack: [Int] = []
        var paired = Set<Int>()
        for i in s.indices {
            if s[i] == "(" || s[i] == "（" {
                stack.append(i)
            } else if s[i] == ")" || s[i] == "）", let open = stack.popLast() {
                paired.insert(open)
                paired.insert(i)
                let inner = s[(open + 1)..<i]
                let hasCJK = inner.contains(where: ScalarClass.isHan)
                if hasCJK {
                    if s[open] == "(" { s[open] = "（"; changed = true }
                    if s[i] == ")" { s[i] = "）"; changed = true }
                }
            }
        }
        for i in s.indices where !paired.contains(i) && (s[i] == "(" || s[i] == ")") {
            let before = i > 0 ? s[i - 1] : nil
            let after = i + 1 < s.count ? s[i + 1] : nil
            if (before.map(ScalarClass.isHan) ?? false) || (after.map(ScalarClass.isHan) ?? false) {
                s[i] = s[i] == "(" ? "（" : "）"
                changed = true
            }
        }
        return changed
    }
}
