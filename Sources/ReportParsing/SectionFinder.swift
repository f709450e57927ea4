import DocumentModel

/// Recognises section headings by meaning: a short line whose words match one of the six sections
/// (`四、因政府信息公开工作被申请行政复议、提起行政诉讼情况` is section 四 however it is worded).
public enum SectionFinder {
    /// Headings are at most this many characters.
    public static let maxHeadingLength = 40

    /// Words that make a line a table row label, never a heading.
    static let rowLabelWords: [[Unicode.Scalar]] = ["本年新收", "上年结转", "本年度办理结果", "结转下年度", "申请数量"]
        .map { Array($0.unicodeScalars) }

    /// Keyword sets per section, as scalars.
    static let keywordSets: [(Int, [[[Unicode.Scalar]]])] = SectionTemplate.all.map { s in
        (s.number, s.keywordSets.map { set in set.map { Array($0.unicodeScalars) } })
    }

    /// The section number a line is the heading of, or nil.
    public static func sectionNumber(of text: String) -> Int? {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count <= maxHeadingLength, scalars.count >= 4 else { return nil }
        if let last = scalars.last, last == "。" || last == "；" { return nil }
        if rowLabelWords.contains(where: { PhraseSearch.contains(scalars, $0) }) { return nil }
        var candidates: [Int] = []
        for (number, sets) in keywordSets where sets.contains(where: { set in set.allSatisfy { PhraseSearch.contains(scalars, $0) } }) {
            candidates.append(number)
        }
        guard !candidates.isEmpty else { return nil }
        let numbered = leadingNumeral(text)
        if let n = numbered, candidates.contains(n) { return n }
        // Unnumbered, or numbered differently (merged sections): keyword evidence alone, when short.
        if numbered == nil && scalars.count > 20 { return nil }
        return candidates.first
    }

    /// `一、` … `十、`, `（一）`, `1、`, `第一部分` at the start: its number.
    static func leadingNumeral(_ text: String) -> Int? {
        var chars = Array(text.prefix(6))
        if chars.first == "第" { chars.removeFirst() }
        if chars.first == "（" || chars.first == "(" { chars.removeFirst() }
        guard let first = chars.first else { return nil }
        if first.unicodeScalars.count == 1, let n = ItemNumber.numerals[first.unicodeScalars.first!] { return n }
        if let d = first.wholeNumberValue, chars.count > 1, chars[1] == "、" || chars[1] == "." { return d }
        return nil
    }
}
