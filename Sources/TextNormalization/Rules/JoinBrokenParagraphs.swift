import DocumentModel

/// A line of prose as the paragraph joiner sees it.
public struct ProseLine: Hashable, Sendable {
    public var text: String
    public var ref: SourceRef
    /// A blank line or a page break came before this line.
    public var gapBefore: Bool

    public init(text: String, ref: SourceRef, gapBefore: Bool = false) {
        self.text = text
        self.ref = ref
        self.gapBefore = gapBefore
    }
}

/// Joins lines of one paragraph that wrapping, blank lines or page breaks split
/// (`实行依法` / `行政，转变…` → `实行依法行政，转变…`).
///
/// A line continues into the next when it does not end a sentence (。！？；：…), the next line does
/// not start a new item (`一、`, `（二）`, `3、`, `3.`), the line is not a report's title (ends in
/// `年度报告`, or `公开工作年度报` not followed by `告`: a title whose last character was lost), and the line is either full (at least
/// `fullLineRatio` of the typical line length, so it was wrapped) or long (an unwrapped paragraph).
public struct JoinBrokenParagraphs: Sendable {
    public static let name = "join-broken-paragraphs"

    public var fullLineRatio: Double
    public var longLineLength: Int

    public init(fullLineRatio: Double = 0.8, longLineLength: Int = 60) {
        self.fullLineRatio = fullLineRatio
        self.longLineLength = longLineLength
    }

    /// Groups `lines` into paragraphs. `typicalLength` is the usual length of a full line in the
    /// document (see ``typicalLength(of:)``). Returns the paragraphs and how many joins were made.
    public func apply(_ lines: [ProseLine], typicalLength: Int) -> (paragraphs: [Paragraph], joins: Int) {
        var out: [Paragraph] = []
        var lastLine: String? = nil
        var joins = 0
        for line in lines {
            if var last = out.last, let previous = lastLine,
               shouldJoin(previousLine: previous, next: line.text, typicalLength: typicalLength) {
                last.text = last.text.joinedText(line.text)
                last.refs.append(line.ref)
                out[out.count - 1] = last
                joins += 1
            } else {
                out.append(Paragraph(text: line.text, refs: [line.ref]))
            }
            lastLine = line.text
        }
        return (out, joins)
    }

    /// The decision for one pair of lines: does `next` continue the paragraph `previousLine` ends?
    public func shouldJoin(previousLine: String, next: String, typicalLength: Int) -> Bool {
        guard let lastChar = previousLine.unicodeScalars.last, !next.isEmpty else { return false }
        if Self.endsWithContactLabel(previousLine), let first = next.unicodeScalars.first,
           ScalarClass.isASCIIDigit(first) || ScalarClass.isASCIILetter(first) { return true }
        if Self.sentenceEnds.contains(lastChar) { return false }
        if ItemNumber.startsItem(next) { return false }
        // A report's title (`…政府信息公开工作年度报告`) stands alone, however long; so does one
        // whose last character OCR lost (`…公开工作年度报` over a lone `告` read as junk, or not
        // read): joined to the body under it, the title's agency and year were lost with it.
        // (Its `告` wrapped alone onto the next line joins it.)
        if previousLine.hasSuffix("年度报告") { return false }
        if previousLine.hasSuffix("公开工作年度报") && !next.hasPrefix("告") { return false }
        let n = previousLine.unicodeScalars.count
        if n >= longLineLength { return true }
        return typicalLength > 0 && Double(n) >= fullLineRatio * Double(typicalLength)
    }

    /// The usual length of a full prose line: the median length of lines of at least 10 characters.
    public static func typicalLength(of lines: [String]) -> Int {
        let lengths = lines.map { $0.unicodeScalars.count }.filter { $0 >= 10 }.sorted()
        guard !lengths.isEmpty else { return 0 }
        return lengths[lengths.count / 2]
    }

    /// A contact's label and its colon end the line (`…14层；邮编：` over `350400；电话/传真：…`, 平潭's
    /// narrow print): the colon ends no sentence; the value wrapped onto the next line.
    static func endsWithContactLabel(_ line: String) -> Bool {
        guard line.hasSuffix("：") || line.hasSuffix(":") else { return false }
        let label = String(line.dropLast()).trimmingSpaces()
        return contactLabels.contains { label.hasSuffix($0) }
    }

    static let contactLabels = ["邮编", "邮政编码", "电话", "传真", "邮箱", "网址", "网站"]

    static let sentenceEnds: Set<Unicode.Scalar> = ["。", "！", "？", "；", "：", "!", "?", ";", "…", "．"]
}
