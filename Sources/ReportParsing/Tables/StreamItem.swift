import DocumentModel

/// One piece of the cleaned document as the table reader walks it: a table cell or a paragraph.
struct StreamItem {
    enum Kind: Equatable {
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
    var text: String
    var raw: String
    /// ``MatchKey`` of the text.
    var key: String
    var ref: SourceRef
    var x0: Double?
    var x1: Double?
    var field: Int?
    var confidence: Double?
    /// The table row (or paragraph) the item came from; items of one group share it.
    var group: Int
    /// True when the item came from a table block.
    var inTable: Bool

    var centerX: Double? {
        guard let x0, let x1 else { return nil }
        return (x0 + x1) / 2
    }

    var isValueLike: Bool { kind == .value || kind == .blank }
}
