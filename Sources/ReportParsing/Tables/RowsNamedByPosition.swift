import DocumentModel

/// Rows whose printed label names no row (misread, misprinted), named by their place among
/// the rows found.
extension TableReader {
    /// Unnamed rows between two found rows with exactly one template row between them, not found
    /// elsewhere, and one row's worth of values: that row, with a warning. Others are dropped
    /// with their values, named in a warning.
    func nameByPosition(_ matches: inout [RowMatch], into result: inout Result) {
        guard matches.contains(where: \.unnamed) else { return }
        let found = Set(matches.filter { !$0.unnamed }.flatMap(\.rows))
        var variants: [String: String] = [:]
        for r in found {
            if let alt = template.rows[r].alternative, let v = template.rows[r].variant { variants[alt] = v }
        }
        var kept: [RowMatch] = []
        for (k, m) in matches.enumerated() {
            guard m.unnamed else { kept.append(m); continue }
            let before = matches[..<k].last { !$0.unnamed && !$0.rows.isEmpty }?.rows.max()
            let after = matches[(k + 1)...].first { !$0.unnamed && !$0.rows.isEmpty }?.rows.min()
            let values = m.runs.first.map { run in run.filter { stream[$0].kind != .empty }.count } ?? 0
            let label = m.labelItems.map { stream[$0].text }.joined()
            // The rows between the neighbours, of the variants the table shows.
            let between = (before.map { $0 + 1 } ?? 0)..<max(before.map { $0 + 1 } ?? 0, after ?? 0)
            let candidates = between.filter { r in
                let row = template.rows[r]
                guard let alt = row.alternative else { return true }
                guard let shown = variants[alt] else { return true }
                return shown == row.variant
            }
            if let a = before, let c = after, candidates.count == 1, let r = candidates.first, !found.contains(r),
               m.runs.count == 1, values == template.rows[r].columns.count {
                var named = m
                named.rows = [r]
                named.labels = [r: label]
                named.lastPhraseRow = r
                kept.append(named)
                result.warnings.append(ReportWarning(code: .rowNamedByPosition,
                    message: "row \(template.rows[r].label) of the \(template.key) table: its label reads \"\(label)\"; identified by its place between rows \(template.rows[a].label) and \(template.rows[c].label)",
                    paths: template.rowPaths[r], ref: stream[m.labelItems[0]].ref))
            } else {
                let raws = m.valueItems.filter { stream[$0].kind != .empty }.map { stream[$0].raw }
                result.consumed.formUnion(m.labelItems)
                result.warnings.append(ReportWarning(code: .valueWithoutRow,
                    message: "values \(raws.joined(separator: " ")) in the \(template.key) table follow a label that names no row (\"\(label)\"); not used",
                    ref: stream[m.labelItems[0]].ref))
            }
        }
        matches = kept
    }
}
