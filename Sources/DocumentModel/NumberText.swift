/// How a cell's text reads as a value: a number (with an optional unit or note), a blank marker,
/// or neither.
public enum NumberText {
    /// A number found at the start of a cell.
    public struct Parsed: Hashable, Sendable {
        /// The number as printed, without thousands separators (`1,234` → `1234`, `27.30` stays).
        public var number: String
        /// Its value.
        public var value: Double
        /// What follows the number (a unit such as `元`, a note such as `（其中修订16件）`), trimmed.
        public var remainder: String
    }

    /// Texts that mean "nothing printed here": a dash, a slash, 无.
    public static let blankMarkers: Set<String> = ["", "—", "——", "－", "-", "–", "/", "／", "无", "\\", "－－", "--", "―", "一一", "空"]

    /// Units that may follow a number in a cell.
    public static let units: [String] = ["万元", "元", "件", "个", "项", "条", "次", "%", "％", "人次", "人", "宗", "起", "家", "份", "篇", "期"]

    /// True for blank markers.
    public static func isBlankMarker(_ text: String) -> Bool { blankMarkers.contains(text) }

    /// Parses a leading number: optional minus, digits with optional thousands commas, optional
    /// decimal part. Returns nil when the text does not start with a number.
    public static func leadingNumber(_ text: String) -> Parsed? {
        // Most cells are a few digits alone: read those without building strings. Up to 15
        // digits, `Int` and `Double` hold them exactly.
        let utf8 = text.utf8
        if !utf8.isEmpty, utf8.count <= 15, utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
            var v = 0
            for b in utf8 { v = v * 10 + Int(b - 0x30) }
            return Parsed(number: text, value: Double(v), remainder: "")
        }
        let scalars = text.unicodeScalars
        guard let first = scalars.first,
              ScalarClass.isASCIIDigit(first) || first == "-" || first == "−" || first == "－" else { return nil }
        var i = scalars.startIndex
        var digits = String.UnicodeScalarView()
        if scalars[i] == "-" || scalars[i] == "−" || scalars[i] == "－" {
            digits.append("-")
            i = scalars.index(after: i)
        }
        var sawDigit = false
        while i < scalars.endIndex {
            let c = scalars[i]
            if ScalarClass.isASCIIDigit(c) {
                digits.append(c)
                sawDigit = true
                i = scalars.index(after: i)
            } else if c == ",", sawDigit, isThousandsGroup(scalars, after: i) {
                i = scalars.index(after: i)
            } else {
                break
            }
        }
        guard sawDigit else { return nil }
        if i < scalars.endIndex, scalars[i] == "." {
            let next = scalars.index(after: i)
            if next < scalars.endIndex, ScalarClass.isASCIIDigit(scalars[next]) {
                digits.append(".")
                i = next
                while i < scalars.endIndex, ScalarClass.isASCIIDigit(scalars[i]) {
                    digits.append(scalars[i])
                    i = scalars.index(after: i)
                }
            }
        }
        let number = String(digits)
        guard let value = Double(number) else { return nil }
        let rest = i == scalars.endIndex ? "" : String(scalars[i...]).trimmingSpaces()
        return Parsed(number: number, value: value, remainder: rest)
    }

    /// Three digits and then no digit after the comma at `comma`.
    static func isThousandsGroup(_ s: String.UnicodeScalarView, after comma: String.UnicodeScalarView.Index) -> Bool {
        var j = s.index(after: comma)
        for _ in 0..<3 {
            guard j < s.endIndex, ScalarClass.isASCIIDigit(s[j]) else { return false }
            j = s.index(after: j)
        }
        return j == s.endIndex || !ScalarClass.isASCIIDigit(s[j])
    }

    /// A cell that holds a value: a number alone, a number with a unit, or a number with a note in
    /// brackets. `1.属于国家秘密`, `2022年`, `0469-5872206` are not values.
    public static func valueNumber(_ text: String) -> Parsed? {
        guard let p = leadingNumber(text) else { return nil }
        if p.remainder.isEmpty { return p }
        if p.remainder.hasPrefix("（") || p.remainder.hasPrefix("(") { return p }
        for u in units where p.remainder.hasPrefix(u) {
            let after = p.remainder.dropFirst(u.count)
            if after.isEmpty || after.hasPrefix("（") || after.hasPrefix("(") { return p }
        }
        return nil
    }

    /// `03`, `007`: a whole part of two or more digits that starts with `0`. No count or amount
    /// is printed so; it is two values run together (a table whose rows overlap when printed puts
    /// the `0` of one row against the `3` of the next).
    public static func hasLeadingZero(_ number: String) -> Bool {
        var digits = Substring(number)
        if digits.hasPrefix("-") { digits = digits.dropFirst() }
        let whole = digits.prefix { $0 != "." }
        return whole.count >= 2 && whole.first == "0"
    }

    /// True when the cell reads as a value or a blank marker.
    public static func isValueLike(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first else { return false }
        if ScalarClass.isASCIIDigit(first) || first == "-" || first == "−" || first == "－" {
            return valueNumber(text) != nil || isBlankMarker(text)
        }
        return text.unicodeScalars.count <= 2 && isBlankMarker(text)
    }
}

extension String {
    /// The string without leading and trailing horizontal whitespace.
    public func trimmingSpaces() -> String {
        let s = unicodeScalars
        guard let first = s.firstIndex(where: { !ScalarClass.isHorizontalSpace($0) }) else { return "" }
        let last = s.lastIndex(where: { !ScalarClass.isHorizontalSpace($0) })!
        return String(s[first...last])
    }
}
