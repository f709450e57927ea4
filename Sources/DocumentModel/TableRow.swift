/// One row of a cleaned table.
public struct TableRow: Hashable, Sendable {
    public var cells: [Cell]
    /// The first source line of the row.
    public var ref: SourceRef

    public init(cells: [Cell], ref: SourceRef) {
        self.cells = cells
        self.ref = ref
    }

    /// Cells with text.
    public var nonEmptyCells: [Cell] { cells.filter { !$0.text.isEmpty } }
}
