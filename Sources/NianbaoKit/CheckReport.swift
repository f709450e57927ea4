import ReportParsing

/// The readable summary `nianbao check` prints: failed identities and cells without a value.
public enum CheckReport {
    public static func render(_ c: Conversion) -> String {
        let r = c.report
        var lines: [String] = []
        let failed = r.checks.filter { $0.status == .fail }
        let missing = r.cells.filter { $0.status == .missing || $0.status == .unplaced }
        let name = r.metadata.agency.map { " (\($0)\(r.metadata.year.map { " \($0)" } ?? ""))" } ?? ""
        lines.append("\(c.document.source.path)\(name): \(failed.count) failed checks, \(r.checks.filter { $0.status == .pass }.count) passed, \(r.checks.filter { $0.status == .notAssessable }.count) not assessable; \(missing.count) cells missing or unplaced")
        for ch in failed {
            let operands = ch.values.map { "\($0.path.split(separator: ".").suffix(2).joined(separator: "."))=\($0.value?.text ?? "null")" }
            lines.append("  FAIL \(ch.id): \(ch.rule); \(operands.joined(separator: ", ")); difference \(ch.difference.map { fmt($0) } ?? "?")")
        }
        // Missing cells, grouped by row.
        var rows: [(String, String)] = []
        for cell in missing {
            let row = cell.path.split(separator: ".").dropLast().joined(separator: ".")
            if rows.last?.0 != row { rows.append((row, cell.status.rawValue)) }
        }
        for (row, status) in rows { lines.append("  \(status.uppercased()) \(row)") }
        return lines.joined(separator: "\n") + "\n"
    }

    static func fmt(_ d: Double) -> String { d == d.rounded() ? String(Int(d)) : String(d) }
}
