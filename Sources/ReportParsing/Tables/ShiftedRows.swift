import DocumentModel

/// Rows whose values an extract prints before their labels (`pdftotext` in content order, where a
/// group label's cell puts its rows' labels below their values):
///
///     3.危及“三安全一稳定”
///     0 0 0 0 0 0 0          ← row 3's values
///     0 0 0 0 0 0 0          ← a whole row of values no label claimed (row 4's)
///     （三）不 4.保护第三方合法权益
///     予公开 5.属于三类内部事务信息
///     1 0 0 0 0 0 1          ← row 5's values
///
/// Read alone, the unclaimed run could be row 4's, or a stray line with row 4's values lost. The
/// run is placed only when the rows that follow close the shift: consecutive template rows of one
/// width, each label followed by at most one whole run of values, until the rows named equal the
/// runs seen (counting the unclaimed one). Then every row has exactly one run and rows keep their
/// order, so the i-th row takes the i-th run; no other reading gives every row its values. Where
/// the table has a row identity, every row of the chain must add up as well.
extension TableReader {
    struct ShiftedChain {
        /// Template rows and their runs, in order.
        var pairs: [(row: Int, run: [Int], match: RowMatch)]
        /// Index in `matches` just after the chain.
        var end: Int
    }

    /// The chain that an unclaimed run (after row `previous`'s own values) starts at
    /// `matches[start]`, when the following matches close it.
    func shiftedChain(orphan: [Int], after previous: Int, matches: [RowMatch], from start: Int,
                      found: Set<Int>) -> ShiftedChain? {
        let n = template.rows[previous].columns.count
        func fullRun(_ run: [Int]) -> [Int]? {
            let values = run.filter { stream[$0].kind != .empty }
            return values.count == n && run.allSatisfy({ stream[$0].field == nil }) ? values : nil
        }
        guard fullRun(orphan) != nil else { return nil }
        var rows: [(row: Int, match: RowMatch)] = []
        var runs: [[Int]] = [orphan]
        var last = previous
        for j in start..<matches.count {
            let m = matches[j]
            let named = m.rows.sorted()
            guard !m.unnamed, !named.isEmpty, m.runs.count == 1, m.interleavedLabels.isEmpty,
                  let run = fullRun(m.runs[0]),
                  named.enumerated().allSatisfy({ $0.element == last + 1 + $0.offset }),
                  named.allSatisfy({ !found.contains($0) && template.rows[$0].columns.count == n }) else { return nil }
            rows += named.map { ($0, m) }
            runs.append(run)
            last = named[named.count - 1]
            if rows.count == runs.count {
                // Each run must be its row's: where the table has a row identity, every row adds up.
                if let rowSum = template.rowSum,
                   !zip(rows, runs).allSatisfy({ addsUp($1, row: $0.row, rowSum: rowSum) }) { return nil }
                return ShiftedChain(pairs: zip(rows, runs).map { ($0.row, $1, $0.match) }, end: j + 1)
            }
            if rows.count > runs.count { return nil }
        }
        return nil
    }

    /// Places each row of the chain with its run and says so once.
    func placeChain(_ chain: ShiftedChain, grids: ColumnGrids, anchors: [FieldAnchor: Int?],
                    counts: [FieldStart: [Int]], into result: inout Result) {
        for (r, run, m) in chain.pairs {
            var single = RowMatch(rows: [r], labelItems: m.labelItems)
            single.labels = [r: m.labels[r] ?? template.rows[r].label]
            single.runs = [run]
            single.runAfterLabels = [false]
            single.valueItems = run
            single.lastPhraseRow = r
            placeSingle(single, row: r, grids: grids, anchors: anchors, counts: counts, into: &result)
        }
        let first = chain.pairs[0], last = chain.pairs[chain.pairs.count - 1]
        result.warnings.append(ReportWarning(code: .rowValuesBeforeLabel,
            message: "rows \(template.rows[first.row].label) to \(template.rows[last.row].label) of the \(template.key) table: the values of the first are printed before its label, and each of the \(chain.pairs.count) rows has one row of values, in order; placed in that order",
            paths: chain.pairs.flatMap { template.rowPaths[$0.row] }, ref: stream[first.run[0]].ref))
    }
}
