import DocumentModel

/// Drops header rows a table repeats at the top of a continuation page: rows right after a page
/// change whose text equals one of the table's header rows (the rows before its first value).
public struct DropRepeatedHeaderRows: TableRule {
    public static let name = "drop-repeated-header-rows"

    public init() {}

    public func apply(_ table: Table) -> TableRepair {
        guard let firstValueRow = table.rows.firstIndex(where: Self.hasValue), firstValueRow > 0 else { return TableRepair(table, 0) }
        let headers = Set(table.rows[..<firstValueRow].map(Self.key).filter { !$0.isEmpty })
        var rows: [TableRow] = []
        var dropped = 0
        var atPageStart = false
        var lastPage = table.rows.first?.ref.page ?? 1
        for (i, row) in table.rows.enumerated() {
            if row.ref.page != lastPage { atPageStart = true; lastPage = row.ref.page }
            if i >= firstValueRow, atPageStart, !Self.hasValue(row), headers.contains(Self.key(row)) {
                dropped += 1
                continue
            }
            if Self.hasValue(row) || !headers.contains(Self.key(row)) { atPageStart = false }
            rows.append(row)
        }
        return TableRepair(Table(rows: rows), dropped)
    }

    static func hasValue(_ row: TableRow) -> Bool {
        row.cells.contains { NumberText.valueNumber($0.text) != nil }
    }

    static func key(_ row: TableRow) -> String {
        Lexicon.key(row.cells.map(\.text).joined())
    }
}
