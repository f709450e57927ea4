import DocumentModel

/// One piece of the cleaned document as the table reader walks it: a table cell or a paragraph.
///
/// Stored compactly (a long document has tens of thousands of them and they are the parser's
/// largest allocation): positions as `Float` with NaN for "none", indices as `Int32`.
struct StreamItem {
    enum Kind: UInt8, Equatable {
        /// Text that may be (part of) a row label or a header.
        case label
        /// A number, possibly with a unit or note.
        case value
        /// A printed blank marker (—, /, 无).
        case blank
        /// An empty tab field.
        case empty
        /// Prose: a long paragraph.
        case prose
        /// A section heading.
        case heading
    }

    var kind: Kind
    /// True when the item came from a table block.
    var inTable: Bool
    /// A `.blank` that is ink OCR could not read where a number is printed (``CellStatus/unread``).
    var unread = false
    var text: String
    var raw: String
    /// ``MatchKey`` of the text, for labels; empty otherwise.
    var key: String
    private var page: Int32
    private var lineNumber: Int32
    private var x0Storage: Float
    private var x1Storage: Float
    private var fieldStorage: Int32
    private var confidenceStorage: Float
    /// The table row (or paragraph) the item came from; items of one group share it.
    private var groupStorage: Int32

    init(kind: Kind, text: String, raw: String, key: String, ref: SourceRef, x0: Double? = nil, x1: Double? = nil,
         field: Int? = nil, confidence: Double? = nil, group: Int, inTable: Bool) {
        self.kind = kind
        self.inTable = inTable
        self.text = text
        self.raw = raw
        self.key = key
        self.page = Int32(clamping: ref.page)
        self.lineNumber = Int32(clamping: ref.line)
        self.x0Storage = x0.map(Float.init) ?? .nan
        self.x1Storage = x1.map(Float.init) ?? .nan
        self.fieldStorage = field.map { Int32(clamping: $0) } ?? -1
        self.confidenceStorage = confidence.map(Float.init) ?? .nan
        self.groupStorage = Int32(clamping: group)
    }

    var ref: SourceRef { SourceRef(page: Int(page), line: Int(lineNumber)) }
    var x0: Double? { x0Storage.isNaN ? nil : Double(x0Storage) }
    var x1: Double? { x1Storage.isNaN ? nil : Double(x1Storage) }
    var field: Int? { fieldStorage < 0 ? nil : Int(fieldStorage) }
    var confidence: Double? { confidenceStorage.isNaN ? nil : Double(confidenceStorage) }
    var group: Int { Int(groupStorage) }

    var centerX: Double? {
        guard let x0, let x1 else { return nil }
        return (x0 + x1) / 2
    }

    var isValueLike: Bool { kind == .value || kind == .blank }
}
