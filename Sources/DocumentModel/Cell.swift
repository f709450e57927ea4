/// One cell of a cleaned table row.
public struct Cell: Hashable, Sendable {
    /// Cleaned text.
    public var text: String
    /// The text as extraction produced it (before normalization), for provenance.
    public var raw: String
    public var ref: SourceRef
    /// Horizontal extent (points or character columns), when known.
    @StoredAsFloat public var x0: Double?
    @StoredAsFloat public var x1: Double?
    /// Tab field index, for tab-separated extracts.
    @StoredAsInt32 public var field: Int?
    /// OCR confidence 0...100 when the text was recognized.
    public var confidence: Double?
    /// OCR: a cell of a column of numbers that could not be read as one (see `Span`).
    public var unreadableNumber = false
    /// OCR: under a rule drawn across its column, the start of a cell of its own (see `Span`).
    public var ruledAbove = false

    public init(text: String, raw: String, ref: SourceRef, x0: Double? = nil, x1: Double? = nil,
                field: Int? = nil, confidence: Double? = nil) {
        self.text = text
        self.raw = raw
        self.ref = ref
        self.x0 = x0
        self.x1 = x1
        self.field = field
        self.confidence = confidence
    }

    public var centerX: Double? {
        guard let x0, let x1 else { return nil }
        return (x0 + x1) / 2
    }

    public var isEmpty: Bool { text.isEmpty }
}
