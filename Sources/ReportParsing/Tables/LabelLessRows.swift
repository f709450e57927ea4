import DocumentModel

/// Rows whose values an extract prints together after an earlier row's values, with their labels
/// somewhere else (`pdftotext` in content order prints a run of rows' values and then their labels
/// as one block, or not where the rows are):
///
///     二、上年结转政府信息公开申请数量
///     1 5 5 4 1 2 18                       ← row 二's values
///     8 15 0 0 0 4 27  12 0 10 0 0 3 25 …   ← 49 more values, no label
///     6.属于四类过程性信息                    ← the next row found
///
/// The template rows between the two found rows that no label named are exactly the rows these
/// values can belong to. They are placed only when the values fill those rows exactly (rows × columns)
/// and every row's parts add up to its printed total (the table's row identity): a column-ordered
/// block or a lost value fails one of the two, and the values stay unused with their warning.
extension TableReader {
    /// The cells of `values` placed in `rows`, in order, when they fill them and every row adds up.
    func labelLessRows(_ values: [Int], rows: [Int]) -> [(row: Int, run: [Int])]? {
        guard !rows.isEmpty, let n = rows.first.map({ template.rows[$0].columns.count }),
              rows.allSatisfy({ template.rows[$0].columns.count == n }), values.count == rows.count * n,
              let rowSum = template.rowSum else { return nil }
        var out: [(row: Int, run: [Int])] = []
        for (i, r) in rows.enumerated() {
            let run = Array(values[(i * n)..<((i + 1) * n)])
            guard addsUp(run, row: r, rowSum: rowSum) else { return nil }
            out.append((r, run))
        }
        return out
    }

    /// True when the row's parts in `run` (one item per column) add up to its total.
    func addsUp(_ run: [Int], row r: Int, rowSum: TableTemplate.RowSum) -> Bool {
        let columns = template.rows[r].columns
        guard run.count == columns.count, let t = columns.firstIndex(where: { $0.key == rowSum.total }) else { return false }
        let parts = rowSum.parts.compactMap { p in columns.firstIndex { $0.key == p } }
        guard parts.count == rowSum.parts.count,
              let total = NumberText.valueNumber(stream[run[t]].text)?.value else { return false }
        var sum = 0.0
        for p in parts {
            guard let v = NumberText.valueNumber(stream[run[p]].text)?.value else { return false }
            sum += v
        }
        return abs(sum - total) < 1e-6
    }

    /// Places rows found by ``labelLessRows(_:rows:)`` and says so once (`labelledBelow`: their
    /// labels were read on the line of the next row's, ``readOnTheLastOnesLine(_:)``).
    func placeLabelLess(_ placed: [(row: Int, run: [Int])], after previous: Int, labelledBelow: Bool = false, grids: ColumnGrids,
                        anchors: [FieldAnchor: Int?], counts: [FieldStart: [Int]], into result: inout Result) {
        for (r, run) in placed {
            var single = RowMatch(rows: [r], labelItems: [])
            single.labels = [r: template.rows[r].label]
            single.runs = [run]
            single.runAfterLabels = [false]
            single.valueItems = run
            single.lastPhraseRow = r
            placeSingle(single, row: r, grids: grids, anchors: anchors, counts: counts, into: &result)
        }
        result.warnings.append(ReportWarning(code: .rowsWithoutLabels,
            message: "rows \(template.rows[placed[0].row].label) to \(template.rows[placed[placed.count - 1].row].label) of the \(template.key) table: their values follow those of row \(template.rows[previous].label) with no label between; they fill exactly the \(placed.count) rows \(labelledBelow ? "whose labels were read on the next row's line, before its values" : "no label named there"), and each row adds up to its total; placed in order",
            paths: placed.flatMap { template.rowPaths[$0.row] }, ref: stream[placed[0].run[0]].ref))
    }

    /// The template rows after `row` and before `next` (the next row found) that no label named, of
    /// the variants the table shows (none when a variant is unknown: the count would not prove it).
    func unnamedRows(after row: Int, before next: Int?, named: Set<Int>, variants: [String: String]) -> [Int] {
        let end = next ?? template.rows.count
        guard end > row + 1 else { return [] }
        var out: [Int] = []
        for r in (row + 1)..<end where !named.contains(r) {
            let t = template.rows[r]
            if let alt = t.alternative {
                guard let shown = variants[alt] else { return [] }
                if shown != t.variant { continue }
            }
            out.append(r)
        }
        return out
    }
}
