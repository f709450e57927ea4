/// A table as normalization rebuilt it: rows of cells, in reading order.
///
/// The grid is what the input allowed: exact from PDF geometry, approximate from text extracts.
/// The parser does not rely on it being perfect.
public struct Table: Hashable, Sendable {
    public var rows: [TableRow]

    public init(rows: [TableRow]) {
        self.rows = rows
    }

    /// The first source position of the table.
    public var ref: SourceRef? { rows.first?.ref }
}
