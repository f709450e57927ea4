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
        let s = Array(text.unicodeScalars)
        var i = 0
        var digits = String.UnicodeScalarView()
        if i < s.count, s[i] == "-" || s[i] == "−" || s[i] == "－" {
            digits.append("-")
            i += 1
        }
        var sawDigit = false
        while i < s.count {
            let c = s[i]
            if ScalarClass.isASCIIDigit(c) {
                digits.append(c)
                sawDigit = true
                i += 1
            } else if c == ",", sawDigit, i + 3 < s.count,
                      (1...3).allSatisfy({ ScalarClass.isASCIIDigit(s[i + $0]) }),
                      i + 4 >= s.count || !ScalarClass.isASCIIDigit(s[i + 4]) {
                i += 1   // thousands separator
            } else {
                break
            }
        }
        guard sawDigit else { return nil }
        if i + 1 < s.count, s[i] == ".", ScalarClass.isASCIIDigit(s[i + 1]) {
            digits.append(".")
            i += 1
            while i < s.count, ScalarClass.isASCIIDigit(s[i]) {
                digits.append(s[i])
                i += 1
            }
        }
        let number = String(digits)
        guard let value = Double(number) else { return nil }
        let rest = String(String.UnicodeScalarView(s[i...])).trimmingSpaces()
        return Parsed(number: number, value: value, remainder: rest)
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

    /// True when the cell reads as a value or a blank marker.
    public static func isValueLike(_ text: String) -> Bool {
        (isBlankMarker(text) && !text.isEmpty) || valueNumber(text) != nil
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
