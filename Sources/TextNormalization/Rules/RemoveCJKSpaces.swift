import DocumentModel

/// Removes spaces that touch Chinese characters or Chinese punctuation
/// (`2022 年政府 信息公开` → `2022年政府信息公开`, `号 ， 邮 编 ：` → `号，邮编：`).
///
/// Extraction inserts them from geometry (justified or letter-spaced lines, OCR word boxes); they
/// are never meaningful in Chinese text. Spaces between Latin words, between numbers, and inside
/// URLs and e-mail addresses are kept. Leading and trailing spaces are trimmed, and runs of spaces
/// between Latin words collapse to one.
public struct RemoveCJKSpaces: TextRule {
    public static let name = "remove-cjk-spaces"

    public init() {}

    public func apply(_ text: String) -> String {
        let s = Array(text.unicodeScalars)
        guard s.contains(where: ScalarClass.isHorizontalSpace) else { return text }
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(s.count)
        var i = 0
        while i < s.count {
            if ScalarClass.isHorizontalSpace(s[i]) {
                var j = i
                while j < s.count && ScalarClass.isHorizontalSpace(s[j]) { j += 1 }
                // Leading or trailing run: drop.
                if out.isEmpty || j == s.count { i = j; continue }
                let before = out[out.count - 1]
                let after = s[j]
                if !(ScalarClass.isCJK(before) || ScalarClass.isCJK(after)) {
                    out.append(" ")
                }
                i = j
            } else {
                out.append(s[i])
                i += 1
            }
        }
        return String(String.UnicodeScalarView(out))
    }
}
