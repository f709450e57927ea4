import DocumentModel

/// Joins a value cell whose note wrapped around its row: layouts centre a row's line, so a cell of
/// two lines prints half above the row and half below it:
///
///                                 54（其中修订2      ← head: a value with an unclosed bracket
///     规章        8        36                       ← the row, with no cell in that column
///                                      件）         ← tail: closes the bracket
///
/// becomes `规章 | 8 | 36 | 54（其中修订2件）`. Only a head with an unclosed bracket, in a column where
/// the row has nothing, on the line right above the row, is moved; the tail must close it.
public struct JoinWrappedNoteCells: TableRule {
    public static let name = "join-wrapped-note-cells"

    public var matcher: ColumnMatcher

    public init(matcher: ColumnMatcher) {
        self.matcher = matcher
    }

    public func apply(_ table: Table) -> TableRepair {
        var rows = table.rows
        var joins = 0
        var i = 1
        while i < rows.count {
            let head = rows[i - 1], row = rows[i]
            guard Self.adjacent(head, row), row.cells.contains(where: { NumberText.isValueLike($0.text) }),
                  let h = head.nonEmptyCells.first, head.nonEmptyCells.count == 1, h.x0 != nil,
                  NumberText.valueNumber(h.text) != nil, Self.openBrackets(h.text) > 0,
                  !row.cells.contains(where: { !$0.text.isEmpty && matcher.sameColumn($0, h) }) else {
                i += 1
                continue
            }
            var cell = h
            var tailRow: Int? = nil
            if i + 1 < rows.count, Self.adjacent(row, rows[i + 1]), rows[i + 1].nonEmptyCells.count == 1,
               let t = rows[i + 1].nonEmptyCells.first, matcher.sameColumn(t, h) || Self.overlaps(t, h),
               Self.openBrackets(h.text) + Self.openBrackets(t.text) == 0 {
                cell.text = h.text.joinedText(t.text)
                cell.raw = h.raw + "\n" + t.raw
                cell.x1 = max(h.x1 ?? 0, t.x1 ?? 0)
                tailRow = i + 1
            }
            var merged = row
            let position = merged.cells.firstIndex { ($0.x0 ?? 0) > (cell.x0 ?? 0) } ?? merged.cells.count
            merged.cells.insert(cell, at: position)
            rows[i] = merged
            if let tailRow { rows.remove(at: tailRow) }
            rows.remove(at: i - 1)
            joins += 1
        }
        return TableRepair(Table(rows: rows), joins)
    }

    /// Consecutive lines of one page.
    static func adjacent(_ a: TableRow, _ b: TableRow) -> Bool {
        a.ref.page == b.ref.page && b.ref.line == a.ref.line + 1
    }

    static func overlaps(_ a: Cell, _ b: Cell) -> Bool {
        guard let a0 = a.x0, let a1 = a.x1, let b0 = b.x0, let b1 = b.x1 else { return false }
        return min(a1, b1) > max(a0, b0)
    }

    /// Opening minus closing brackets.
    static func openBrackets(_ s: String) -> Int {
        var n = 0
        for u in s.unicodeScalars {
            if u == "（" || u == "(" { n += 1 } else if u == "）" || u == ")" { n -= 1 }
        }
        return n
    }
}
