/// The numbers that begin items, headings and row labels in Chinese reports: `一、`, `（二）`,
/// `(3)`, `4.`, `5、`, `第六`. One place for the stages that need them (normalization, extract
/// reading, section finding, the templates' row labels).
public enum ItemNumber {
    /// Chinese numerals one to ten, with their values.
    public static let numerals: [Unicode.Scalar: Int] = [
        "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10,
    ]

    @inlinable
    public static func isNumeral(_ s: Unicode.Scalar) -> Bool { numerals[s] != nil }

    /// The end of a run of Chinese numerals starting at `i` (`i` itself when there is none).
    public static func numeralRunEnd(_ s: [Unicode.Scalar], from i: Int) -> Int {
        var j = i
        while j < s.count && isNumeral(s[j]) { j += 1 }
        return j
    }

    /// The end of a run of ASCII digits starting at `i`.
    public static func digitRunEnd(_ s: [Unicode.Scalar], from i: Int) -> Int {
        var j = i
        while j < s.count && ScalarClass.isASCIIDigit(s[j]) { j += 1 }
        return j
    }

    /// `（二）`, `(二)`, `(2)` at `i`: the index after its closing bracket; nil when there is none.
    public static func bracketedEnd(_ s: [Unicode.Scalar], at i: Int) -> Int? {
        guard i < s.count, s[i] == "（" || s[i] == "(" else { return nil }
        var j = i + 1
        while j < s.count && (isNumeral(s[j]) || ScalarClass.isASCIIDigit(s[j])) { j += 1 }
        return j > i + 1 && j < s.count && (s[j] == "）" || s[j] == ")") ? j + 1 : nil
    }

    /// `一、`, `（二）`, `(二)`, `3、`, `3.` followed by text, `第三条`, `一是` at the start of a line:
    /// the line begins an item (a paragraph or row label of its own).
    public static func startsItem(_ text: String) -> Bool {
        let u = Array(text.unicodeScalars.prefix(8))
        guard let first = u.first else { return false }
        if isNumeral(first) {
            let i = numeralRunEnd(u, from: 0)
            return i < u.count && (u[i] == "、" || u[i] == "是")
        }
        if first == "（" || first == "(" { return bracketedEnd(u, at: 0) != nil }
        if ScalarClass.isASCIIDigit(first) {
            let i = digitRunEnd(u, from: 0)
            guard i <= 2, i < u.count else { return false }
            if u[i] == "、" { return true }
            if (u[i] == "." || u[i] == "．"), i + 1 < u.count, !ScalarClass.isASCIIDigit(u[i + 1]) { return true }
            return false
        }
        if first == "第", u.count > 2, isNumeral(u[1]) { return true }
        return false
    }

    /// An item whose number OCR misread, at the start of a row label: a bracket and a numeral
    /// with the closing bracket read as something else but Chinese (`(一，部分公开…`), or a
    /// bracketed character that is neither a digit nor Chinese (`(+)` for `（七）`, `(=)` for
    /// `（二）`), or brackets with nothing read between them (`()i+` for `（七）总计`). Not `（一般…`
    /// (text), `（注）` or `(1)` (``startsItem(_:)``'s).
    public static func startsMisreadItem(_ text: String) -> Bool {
        let u = Array(text.unicodeScalars.prefix(3))
        guard u.count >= 2, u[0] == "（" || u[0] == "(" else { return false }
        if u[1] == "）" || u[1] == ")" { return true }
        guard u.count == 3 else { return false }
        if isNumeral(u[1]) { return !isNumeral(u[2]) && !ScalarClass.isHan(u[2]) && u[2] != "）" && u[2] != ")" }
        return (u[2] == "）" || u[2] == ")") && !ScalarClass.isHan(u[1]) && !ScalarClass.isASCIIDigit(u[1])
            && !u[1].properties.isWhitespace
    }

    /// `一、` … `十、` at the start: how section headings (and some table row labels) begin.
    public static func startsWithChineseHeadingNumber(_ text: String) -> Bool {
        var sawNumeral = false
        for s in text.unicodeScalars {
            if isNumeral(s) { sawNumeral = true; continue }
            return sawNumeral && s == "、"
        }
        return false
    }
}

extension String {
    /// Two pieces of text joined as one: no space when either side is Chinese (or the first ends
    /// in `-` or `/`), one space between Latin words.
    public func joinedText(_ next: String) -> String {
        guard let x = unicodeScalars.last, let y = next.unicodeScalars.first else { return self + next }
        if ScalarClass.isCJK(x) || ScalarClass.isCJK(y) || x == "-" || x == "/" { return self + next }
        return self + " " + next
    }
}
