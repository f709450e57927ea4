import DocumentModel

/// Rows printed with fewer values than columns and nothing to say which cells are blank (no tab
/// fields, no positions, or positions that do not decide): placed only where the table's
/// identities prove it.
///
/// Each way of putting the values in the row's columns in their printed order is checked against
/// the identities with the rest of the table as read; a column the reading leaves out is unknown,
/// never zero. The row is placed when exactly one way survives and every number it places is in
/// an identity that holds; otherwise it stays null with the first warning. The identities are
/// evidence of where a number goes, never of what it is: no number is changed or made up.
extension TableReader {
    /// A row left unplaced for want of values, kept for the identities to decide.
    struct ShortRow {
        let row: Int
        /// The row's values, in printed order.
        let values: [Int]
        let label: String?
        let ref: SourceRef
        /// The warning the row gets if the identities do not place it.
        let unplaced: ReportWarning
        /// Where that warning goes among the table's warnings (they keep the order of the rows).
        let warningIndex: Int
    }

    /// Places the short rows the identities prove, repeating while a placed row lets another be
    /// proved; the rest keep their `row-values-unplaced` warning.
    func placeByIdentities(_ rows: [ShortRow], into result: inout Result) {
        var remaining = rows
        var outcome: [Int: ReportWarning] = [:]
        defer {
            // Last first, so that each index still means what it meant when the row was read.
            for short in rows.reversed() {
                result.warnings.insert(outcome[short.row] ?? short.unplaced, at: min(short.warningIndex, result.warnings.count))
            }
        }
        guard let validator, !remaining.isEmpty else { return }
        var progress = true
        while progress {
            progress = false
            for (k, short) in remaining.enumerated() {
                guard let proof = proveByIdentities(short, validator: validator, cells: result.cells) else { continue }
                let paths = template.rowPaths[short.row]
                let row = template.rows[short.row]
                var unknown: [String] = []
                for (c, p) in paths.enumerated() {
                    if let item = proof.slots[c] {
                        result.cells[p] = record(path: p, item: item, label: short.label, fallbackRef: short.ref)
                        result.anyValue = true
                    } else {
                        unknown.append(row.columns[c].header)
                    }
                }
                let shown = short.values.map { stream[$0].raw }.joined(separator: " ")
                outcome[short.row] = (ReportWarning(code: .rowPlacedByIdentities,
                    message: "row \(row.label) of the \(template.key) table: \(short.values.count) values for \(paths.count) columns (\(shown)); placed where the table's identities (\(proof.checks.joined(separator: ", "))) hold, the only such placement; \(unknown.joined(separator: "、")) not given by the text",
                    paths: paths, ref: short.ref))
                remaining.remove(at: k)
                progress = true
                break
            }
        }
    }

    /// The one placement of a short row that the identities allow, with the identities that
    /// place its numbers; nil when none or several survive or a placed number is in no identity
    /// that holds.
    func proveByIdentities(_ short: ShortRow, validator: @Sendable ((String) -> NumberValue??) -> [Check],
                           cells: [String: CellRecord]) -> (slots: [Int?], checks: [String])? {
        let paths = template.rowPaths[short.row]
        let n = paths.count
        let values = short.values
        guard !values.isEmpty, values.count < n else { return nil }
        let numbers: [NumberValue?] = values.map { v in
            NumberText.valueNumber(stream[v].text).map { NumberValue(text: $0.number, value: $0.value) }
        }
        let own = Set(paths)
        var survivor: (slots: [Int?], checks: [String])? = nil
        for columns in Self.combinations(of: values.count, in: n) {
            var mine: [String: NumberValue?] = [:]
            var slots: [Int?] = Array(repeating: nil, count: n)
            for (k, c) in columns.enumerated() {
                mine[paths[c]] = numbers[k]
                slots[c] = values[k]
            }
            let checks = validator { p in
                if own.contains(p) { return .some(mine[p] ?? nil) }
                guard let cell = cells[p] else { return nil }
                return .some(cell.value)
            }.filter { ch in ch.values.contains { own.contains($0.path) } }
            if checks.contains(where: { $0.status == .fail }) { continue }
            // Every number placed must sit in an identity that holds.
            let passed = checks.filter { $0.status == .pass }
            let proven = columns.allSatisfy { c in passed.contains { $0.values.contains { $0.path == paths[c] } } }
            guard proven, survivor == nil else { return nil }
            survivor = (slots, passed.map(\.id))
        }
        return survivor
    }

    /// The ways of choosing `k` of `n` columns, in order.
    static func combinations(of k: Int, in n: Int) -> [[Int]] {
        guard k > 0 else { return [[]] }
        guard k <= n else { return [] }
        var out: [[Int]] = []
        var current: [Int] = []
        func walk(_ from: Int) {
            if current.count == k { out.append(current); return }
            let need = k - current.count
            guard from + need <= n else { return }
            for c in from...(n - need) {
                current.append(c)
                walk(c + 1)
                current.removeLast()
            }
        }
        walk(0)
        return out
    }
}
