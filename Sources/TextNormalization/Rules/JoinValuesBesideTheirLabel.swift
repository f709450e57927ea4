import DocumentModel

/// Joins a row read as two lines, its values first: OCR reads a table whose rules were lost (or
/// that has none) as lines of labels and lines of values in the order of their tops, and a row's
/// values set a little higher in the cell than its label come before it:
///
///     8.属于行政查询事项                     ← the row above, its values lost
///                           4  0  0  0  0  0  4   ← values
///     （四）无1.本机关不掌握相关政府信息        ← their label, beside them
///
/// Read in that order, the values would go to the label before them: a whole row of numbers in
/// the wrong row. Where the page gives lines' vertical extents, a row of values only that lies
/// beside the label-only row after it (sharing at least `besideShare` of the lower height) and
/// not beside the row before it is joined to that label. Left alone when the row after the label
/// is values lying beside it as well (then which are its values is not shown).
public struct JoinValuesBesideTheirLabel: TableRule {
    public static let name = "join-values-beside-their-label"

    /// The vertical extent of each source line, in points (PDF text layers and OCR).
    public var extents: [SourceRef: LineExtent]
    /// Two rows are side by side when they share at least this much of the lower one's height.
    public var besideShare: Double
    public var matcher: ColumnMatcher

    public init(extents: [SourceRef: LineExtent], besideShare: Double = 0.5, matcher: ColumnMatcher) {
        self.extents = extents
        self.besideShare = besideShare
        self.matcher = matcher
    }

    public func apply(_ table: Table) -> TableRepair {
        guard !extents.isEmpty else { return TableRepair(table, 0) }
        var rows = table.rows
        var joins = 0
        var i = 0
        while i + 1 < rows.count {
            defer { i += 1 }
            let values = rows[i], label = rows[i + 1]
            // The label's cells, all with positions (``JoinWrappedRowLabels/labelOnly(_:)``).
            let labels = JoinWrappedRowLabels.labelOnly(label)
            guard Self.valuesOnly(values), !labels.isEmpty, labels.allSatisfy(JoinWrappedRowLabels.hasX),
                  let v = extent(of: values), let l = extent(of: label), share(v, l) >= besideShare else { continue }
            if i > 0, let p = extent(of: rows[i - 1]), share(v, p) >= besideShare { continue }
            if i + 2 < rows.count, Self.valuesOnly(rows[i + 2]), let after = extent(of: rows[i + 2]),
               share(after, l) >= besideShare { continue }
            // The label left of the values, as a row's label is.
            guard let labelEnd = labels.compactMap(\.x1).max(), let valuesStart = values.nonEmptyCells.compactMap(\.x0).min(),
                  labelEnd <= valuesStart + matcher.tolerance else { continue }
            rows[i] = TableRow(cells: label.cells + values.cells, ref: min(label.ref, values.ref))
            rows.remove(at: i + 1)
            joins += 1
        }
        return TableRepair(Table(rows: rows), joins)
    }

    /// The vertical extent of a row's cells, when each one's line has one, all on one page.
    func extent(of row: TableRow) -> LineExtent? {
        let cells = row.nonEmptyCells
        guard let page = cells.first?.ref.page, cells.allSatisfy({ $0.ref.page == page }) else { return nil }
        var result: LineExtent? = nil
        for c in cells {
            guard let e = extents[c.ref] else { return nil }
            result = result.map { LineExtent(y0: min($0.y0, e.y0), y1: max($0.y1, e.y1)) } ?? e
        }
        return result
    }

    /// The share of the lower of two extents' heights that they have in common.
    func share(_ a: LineExtent, _ b: LineExtent) -> Double {
        let common = min(a.y1, b.y1) - max(a.y0, b.y0)
        let lower = min(a.y1 - a.y0, b.y1 - b.y0)
        guard common > 0, lower > 0 else { return 0 }
        return common / lower
    }

    static func valuesOnly(_ row: TableRow) -> Bool {
        let cells = row.nonEmptyCells
        return !cells.isEmpty && cells.allSatisfy { NumberText.isValueLike($0.text) && $0.x0 != nil }
    }
}
