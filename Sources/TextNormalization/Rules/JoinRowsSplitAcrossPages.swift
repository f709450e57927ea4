import DocumentModel

/// Rejoins a row that a page break cut in two: the last row of a page holding labels but no value,
/// followed on the next page by a row holding values but no label, is one row.
public struct JoinRowsSplitAcrossPages: TableRule {
    public static let name = "join-rows-split-across-pages"

    public init() {}

    public func apply(_ table: Table) -> TableRepair {
        var rows: [TableRow] = []
        var joins = 0
        for row in table.rows {
            if var last = rows.last, row.ref.page > last.ref.page,
               !last.cells.contains(where: { NumberText.isValueLike($0.text) }),
               last.cells.contains(where: { !$0.text.isEmpty }),
               row.cells.contains(where: { NumberText.isValueLike($0.text) }),
               row.cells.allSatisfy({ $0.text.isEmpty || NumberText.isValueLike($0.text) }) {
                last.cells += row.cells.filter { !$0.text.isEmpty || $0.field != nil }
                rows[rows.count - 1] = last
                joins += 1
                continue
            }
            rows.append(row)
        }
        return TableRepair(Table(rows: rows), joins)
    }
}
