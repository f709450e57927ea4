import DocumentModel

extension TableReader {
    /// Reads a table printed as one row of values (section 四): the values after `start`, up to the
    /// first prose or heading after them.
    func readSingleRow(from start: Int, to end: Int) -> Result {
        var m = RowMatch(rows: [0], labelItems: [])
        var result = Result()
        var sawLabelSinceValue = false
        var i = start
        while i < end {
            let item = stream[i]
            switch item.kind {
            case .prose, .heading:
                if !m.runs.isEmpty { i = end; continue }
            case .label:
                // Text in a cell of the values' own line (an unreadable cell, `i` for `1`) is
                // no label between runs.
                let inValuesLine = item.field != nil && m.runs.last.map { stream[$0.last!].ref == item.ref } == true
                if m.runs.isEmpty { m.labelItems.append(i) } else if !inValuesLine { sawLabelSinceValue = true }
            case .empty:
                break
            case .value, .blank:
                let newRun = m.runs.isEmpty || sawLabelSinceValue || stream[m.runs.last!.last!].group != item.group
                if newRun {
                    m.runs.append([i])
                    m.runAfterLabels.append(sawLabelSinceValue)
                } else {
                    m.runs[m.runs.count - 1].append(i)
                }
                m.valueItems.append(i)
                sawLabelSinceValue = false
            }
            i += 1
        }
        // A lone number among the header's words (a heading misread as a digit: a scan's `总`
        // read `4`), followed by more of the header and then the row of values: the row is the
        // values. Several lone numbers before the header's words (the section's heading misread
        // as lines holding a `1` each) only when a row's worth of values follows the header: in a
        // text extract's column order the row's values come one to a line between the header's
        // words. Each number set aside is not used, and named in a warning.
        func values(_ run: [Int]) -> [Int] { run.filter { stream[$0].kind == .value } }
        let columns = template.rows[0].columns.count
        // A row's worth: as many values as columns, or a table row with as many fields.
        func wholeRow(_ run: [Int]) -> Bool {
            values(run).count >= columns || (tabFields(of: run, labelEnd: nil).map { $0.width >= columns } ?? false)
        }
        func wholeRowAfterLoneNumbers() -> Bool {
            guard let j = m.runs.indices.dropFirst().first(where: { m.runAfterLabels[$0] && values(m.runs[$0]).count > 1 && wholeRow(m.runs[$0]) }) else { return false }
            return m.runs[..<j].allSatisfy { values($0).count <= 1 }
        }
        // A lone number right before a row's worth of values, with no label between (a scan's
        // header read in part, a stray `4` on a line of its own under it), has no column left
        // in that row: it is set aside too.
        // So is a lone number in a cell of the header's own row (`总计` read `4 (Cn it`, its
        // row's other cells the header's words) right before a row of values.
        func inHeaderRow(_ run: [Int]) -> Bool {
            let group = stream[run[0]].group
            return stream[run[0]].field != nil && m.labelItems.filter { stream[$0].group == group }.count >= 2
        }
        // Numbers in a line of the header's cells (a scan's review header read `4458411 | a deh gt
        // M4 Es | 4 | 未经复议直接起诉 | 复议后起诉`), short of a row, before a line after more of the
        // header that holds exactly one value per column: that line is the row, and the numbers
        // in the header are set aside however many they are.
        func amongHeaderCells(_ run: [Int]) -> Bool {
            let line = stream[run[0]].ref
            guard stream[run[0]].field != nil, run.allSatisfy({ stream[$0].ref == line }) else { return false }
            return (itemsByLine[line] ?? []).filter { stream[$0].kind == .label }.count >= 2
        }
        func rowAfterHeaderCells() -> Bool {
            m.runs.count > 1 && values(m.runs[0]).count < columns && amongHeaderCells(m.runs[0])
                && m.runAfterLabels[1] && m.runs[1].count == columns && !values(m.runs[1]).isEmpty
        }
        while m.runs.count > 1, values(m.runs[0]).count <= 1 || rowAfterHeaderCells(),
              m.runAfterLabels[1] && values(m.runs[1]).count > 1 || wholeRowAfterLoneNumbers()
                || values(m.runs[0]).count == 1 && values(m.runs[1]).count == columns
                || values(m.runs[0]).count == 1 && inHeaderRow(m.runs[0]) && values(m.runs[1]).count > 1
                || rowAfterHeaderCells() {
            let dropped = m.runs.removeFirst()
            m.runAfterLabels.removeFirst()
            m.valueItems.removeAll { dropped.contains($0) }
            for v in values(dropped) {
                result.warnings.append(ReportWarning(code: .valueWithoutRow,
                    message: "value \"\(stream[v].raw)\" among the header of the \(template.key) table, before its row of values; not used",
                    ref: stream[v].ref))
            }
        }
        guard !m.runs.isEmpty else { return result }
        if let joined = rowSplitIntoLoneValues(m.runs, afterLabels: m.runAfterLabels, columns: columns) {
            m.runs = [joined]
            m.runAfterLabels = [m.runAfterLabels[0]]
            m.valueItems = joined
        }
        m.labels[0] = template.rows[0].label
        place([m], into: &result)
        return result
    }

    /// The row's values when OCR laid one row out as a line of values and the rest one to a line
    /// after it (a page fed sideways, rules only across: `0` nine times on a line, then six lines
    /// of one `0`): runs after the first of one item each, on the lines right after it, with no
    /// label between, and together exactly one value per column; every item's position known,
    /// none overlapping another. In order of their positions, each column holds one: there is no
    /// other placement. Nil otherwise.
    func rowSplitIntoLoneValues(_ runs: [[Int]], afterLabels: [Bool], columns: Int) -> [Int]? {
        guard positionsInPoints, runs.count >= 2, runs.reduce(0, { $0 + $1.count }) == columns,
              runs.dropFirst().allSatisfy({ $0.count == 1 }), !afterLabels.dropFirst().contains(true) else { return nil }
        let line = stream[runs[0][0]].ref
        guard runs[0].allSatisfy({ stream[$0].ref == line }) else { return nil }
        for (k, run) in runs.dropFirst().enumerated() {
            let ref = stream[run[0]].ref
            guard ref.page == line.page, ref.line == line.line + k + 1 else { return nil }
        }
        let items = runs.joined().filter { stream[$0].kind == .value || stream[$0].kind == .blank }
        guard items.count == columns, items.allSatisfy({ stream[$0].x0 != nil && stream[$0].x1 != nil }) else { return nil }
        let sorted = items.sorted { stream[$0].x0! < stream[$1].x0! }
        guard zip(sorted, sorted.dropFirst()).allSatisfy({ stream[$0].x1! <= stream[$1].x0! }) else { return nil }
        return sorted
    }
}
