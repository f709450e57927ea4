/// One line of text as extraction produced it, split into spans.
public struct Line: Hashable, Sendable {
    public var spans: [Span]
    public var ref: SourceRef
    /// Vertical extent in page units (PDF points), when known.
    public var y0: Double?
    public var y1: Double?
    /// Dominant font size in points, when known.
    public var fontSize: Double?
    /// Read by OCR, and the page shows no ink on the line past its text (to where the page's
    /// text ends, or in a table's row, in its cells after its label): what is printed there is
    /// blank paper, not ink OCR could not read (a row's label whose cells are all blank).
    public var blankAfterText = false
    /// OCR: the header of a table without rules, read column by column: each span one column's
    /// header, at its column's place (a table continued on the next page keeps its columns).
    public var tableHeader = false

    public init(spans: [Span], ref: SourceRef, y0: Double? = nil, y1: Double? = nil, fontSize: Double? = nil) {
        self.spans = spans
        self.ref = ref
        self.y0 = y0
        self.y1 = y1
        self.fontSize = fontSize
    }

    /// The spans' texts joined, tab-separated when there are several.
    public var text: String { spans.map(\.text).joined(separator: "\t") }

    /// True when every span is empty or whitespace.
    public var isBlank: Bool { spans.allSatisfy { $0.text.allSatisfy(\.isWhitespace) } }
}
