import DocumentModel

/// One template cell of the report: its key path, value, and where it came from.
public struct CellRecord: Hashable, Sendable {
    /// Key path, e.g. `requests.denied.state_secret.natural_person`.
    public var path: String
    public var value: NumberValue?
    /// The cell's text as extraction produced it; nil when the source does not contain the cell.
    public var raw: String?
    public var status: CellStatus
    public var ref: SourceRef?
    /// The row label as printed (after cleaning), when the row was found.
    public var rowLabel: String?
    /// OCR confidence 0...100 when the cell was recognized.
    public var confidence: Double?
    /// The value may be wrong (low OCR confidence, the single unknown of a failed check).
    public var uncertain: Bool = false
    /// For an uncertain cell: the value the identities imply. Never substituted for the value.
    public var suggestion: NumberValue?
    /// Where on its page the cell was read: `[x0, y0, x1, y1]` in points, origin top-left, for
    /// cells read from a PDF's text layer or by OCR; nil for extracts and web pages.
    public var bbox: [Double]?

    public init(path: String, value: NumberValue?, raw: String?, status: CellStatus, ref: SourceRef? = nil,
                rowLabel: String? = nil, confidence: Double? = nil) {
        self.path = path
        self.value = value
        self.raw = raw
        self.status = status
        self.ref = ref
        self.rowLabel = rowLabel
        self.confidence = confidence
    }
}
