/// The columns a table's header prints, for rows whose values leave cells blank.
///
/// A row's values are placed by the columns of the table's complete rows. A table whose every row
/// leaves some cell blank (the 2019 applications table of 上海市政府办公厅: 135 blank cells) has
/// none; read without its rules (a page with no grid, or rules the grid reading could not use),
/// its rows were left unplaced although the page gives every glyph's position. The header above
/// the rows gives the columns instead: each column's header word (`自然人`, `商业企业`, …) spans
/// part of its column, and a value belongs to the one column whose header it overlaps
/// (``ValuePlacer``).
extension TableReader {
    /// For each column, the horizontal extent of the one label before the table's first value whose
    /// text is the column's header (or an alias). Only where positions are points on a page, every
    /// row has the same columns, each header is found exactly once, and the extents run left to
    /// right without overlapping; nil otherwise.
    func headerExtents(_ matches: [RowMatch]) -> [ClosedRange<Double>]? {
        guard positionsInPoints, let columns = template.rows.first?.columns, columns.count >= 2,
              template.rows.allSatisfy({ $0.columns.map(\.key) == columns.map(\.key) }),
              let firstValue = matches.compactMap({ $0.valueItems.min() }).min() else { return nil }
        let keys = columns.map { c in Set(([c.header] + c.aliases).map(MatchKey.make)) }
        var found: [Int: [Int]] = [:]
        var i = firstValue - 1
        while i >= 0, firstValue - i <= maximumHeaderItems {
            let item = stream[i]
            if item.kind == .prose || item.kind == .heading { break }
            if item.kind == .label, item.x0 != nil, item.x1 != nil {
                for (c, k) in keys.enumerated() where k.contains(item.key) { found[c, default: []].append(i) }
            }
            i -= 1
        }
        var out: [ClosedRange<Double>] = []
        for c in columns.indices {
            guard let items = found[c], items.count == 1, let x0 = stream[items[0]].x0, let x1 = stream[items[0]].x1,
                  x1 > x0 else { return nil }
            if let last = out.last, x0 <= last.upperBound { return nil }
            out.append(x0...x1)
        }
        return out
    }

    /// How far back from the first value the header is looked for, in stream items.
    var maximumHeaderItems: Int { 200 }
}
