import DocumentModel

/// Column-ordered extracts, where the labels of several rows come before all their values: the
/// tilings ``ColumnOrderedDecoder`` proposes, accepted only when the identities confirm them.
extension TableReader {
    /// The value blocks of a column-ordered match and the header text printed right before each.
    func blocksAndHeaders(_ m: RowMatch) -> ([[Int]], [String?]) {
        var blocks: [[Int]] = []
        var headers: [String?] = []
        var interleaved = m.interleavedLabels.makeIterator()
        for (k, run) in m.runs.enumerated() {
            let values = run.filter { stream[$0].kind != .empty }
            var header: [Int] = []
            if k == 0 {
                header = m.header
            } else if k < m.runAfterLabels.count, m.runAfterLabels[k], let labels = interleaved.next() {
                header = labels
            }
            if values.isEmpty { continue }
            blocks.append(values)
            headers.append(header.isEmpty ? nil : header.map { stream[$0].key }.joined())
        }
        return (blocks, headers)
    }

    /// Chooses among the tilings of column-ordered groups: a cell is placed when every acceptable
    /// choice agrees on it. A choice is acceptable when the identities it can be checked against all
    /// hold, or, for tables without identities, when every block was anchored by its column header.
    func resolveColumnOrdered(_ groups: [(match: RowMatch, rows: [Int], candidates: [ColumnOrderedDecoder.Candidate])],
                              into result: inout Result) {
        func paths(_ r: Int) -> [String] {
            template.rowPaths[r]
        }
        // Combinations of one candidate per group, bounded.
        var combos: [[Int]] = [[]]
        for g in groups {
            let n = g.candidates.count
            if n == 0 { combos = []; break }
            combos = combos.flatMap { c in (0..<n).map { c + [$0] } }
            // Too many readings to weigh: place nothing rather than pick among a sample.
            if combos.count > 4096 { combos = []; break }
        }
        var decodedPaths = Set<String>()
        for g in groups { for r in g.rows { decodedPaths.formUnion(paths(r)) } }
        var base: [String: NumberValue?] = [:]
        for (p, cell) in result.cells { base[p] = cell.value }
        // Each candidate's cells, once.
        let candidateValues: [[[String: (Int, NumberValue?)]]] = groups.map { g in
            g.candidates.map { cand in
                var out: [String: (Int, NumberValue?)] = [:]
                for (k, r) in g.rows.enumerated() {
                    for (c, p) in paths(r).enumerated() {
                        if let item = cand.cells[k][c] {
                            out[p] = (item, NumberText.valueNumber(stream[item].text).map { NumberValue(text: $0.number, value: $0.value) })
                        }
                    }
                }
                return out
            }
        }
        var acceptable: [[Int]] = []
        for combo in combos {
            let parts = combo.enumerated().map { candidateValues[$0.offset][$0.element] }
            var ok = zip(groups, combo).allSatisfy { $0.candidates[$1].anchored }
            if let validator {
                let checks = validator { path in
                    for part in parts { if let v = part[path] { return .some(v.1) } }
                    return base[path]
                }
                let assessed = checks.filter { ch in
                    ch.status != .notAssessable && ch.values.contains { decodedPaths.contains($0.path) }
                }
                if !assessed.isEmpty { ok = !assessed.contains { $0.status == .fail } }
            }
            if ok { acceptable.append(combo) }
        }
        var placed = 0
        for g in groups {
            for r in g.rows {
                for p in paths(r) {
                    let gi = groups.firstIndex { $0.rows.contains(r) }!
                    let choices = Set(acceptable.map { candidateValues[gi][$0[gi]][p]?.0 })
                    if choices.count == 1, let only = choices.first, let item = only {
                        result.cells[p] = record(path: p, item: item, label: g.match.labels[r], fallbackRef: stream[item].ref)
                        result.anyValue = true
                        placed += 1
                    } else {
                        result.cells[p] = CellRecord(path: p, value: nil, raw: nil, status: .unplaced,
                                                     ref: g.match.labelItems.first.map { stream[$0].ref },
                                                     rowLabel: g.match.labels[r])
                    }
                }
            }
        }
        let labels = groups.flatMap(\.rows).map { template.rows[$0].label }
        let ref = groups.first?.match.labelItems.first.map { stream[$0].ref }
        if placed == decodedPaths.count {
            result.warnings.append(ReportWarning(code: .columnOrderedLayout,
                message: "\(template.key) table: the labels of several rows come before their values (a column-ordered extract); the layout was inferred and confirmed by the table's identities or column headers",
                paths: [], ref: ref))
        } else {
            result.warnings.append(ReportWarning(code: .rowsValuesUnplaced,
                message: "\(template.key) table: the labels of rows \(labels.joined(separator: "、")) come before their values (a column-ordered extract) and the layout could not be confirmed; \(decodedPaths.count - placed) cells left null rather than guessed",
                paths: Array(decodedPaths).sorted(), ref: ref))
        }
    }
}
