import DocumentModel

/// Joins row labels wrapped over several lines: a row holding only label fragments, right below a
/// row with values, whose fragments sit in the columns of that row's labels, is appended to them
/// (`5.要求行政机关确认或重新出具已` / `获取信息` → `5.要求行政机关确认或重新出具已获取信息`).
public struct JoinWrappedRowLabels: Sendable {
    public static let name = "join-wrapped-row-labels"

    public var matcher: ColumnMatcher

    public init(matcher: ColumnMatcher) {
        self.matcher = matcher
    }

    public func apply(_ table: Table) -> (table: Table, joins: Int) {
        var rows: [TableRow] = []
        var joins = 0
        for row in table.rows {
            let nonEmpty = row.cells.filter { !$0.text.isEmpty }
            if var last = rows.last, !nonEmpty.isEmpty,
               nonEmpty.allSatisfy({ !NumberText.isValueLike($0.text) && ColumnMatcher.hasPosition($0) }),
               last.cells.contains(where: { NumberText.isValueLike($0.text) }) {
                var targets: [Int] = []
                for f in nonEmpty {
                    guard let t = last.cells.firstIndex(where: {
                        !$0.text.isEmpty && !NumberText.isValueLike($0.text) && matcher.sameColumn($0, f)
                    }) else { break }
                    targets.append(t)
                }
                if targets.count == nonEmpty.count {
                    for (f, t) in zip(nonEmpty, targets) {
                        last.cells[t].text = JoinBrokenParagraphs.concatenate(last.cells[t].text, f.text)
                        last.cells[t].raw += "\n" + f.raw
                        joins += 1
                    }
                    rows[rows.count - 1] = last
                    continue
                }
            }
            rows.append(row)
        }
        return (Table(rows: rows), joins)
    }
}
