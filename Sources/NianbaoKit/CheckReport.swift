import DocumentModel
import ReportParsing

/// The readable summary `nianbao check` prints: failed identities and cells without a value.
/// What `nianbao check` prints: failed identities, cells without a value and cells OCR was not
/// sure of, each with its printed Chinese row and column labels and where it was read
/// (`page:line`); as text for a person, or as JSON for a program.
public enum CheckReport {
    /// `p3:12`, or `?` when the source does not locate it.
    static func place(_ ref: SourceRef?) -> String { ref.map { "\($0.page):\($0.line)" } ?? "?" }

    public static func render(_ c: Conversion) -> String {
        let r = c.report
        let template = r.metadata.template
        var lines: [String] = []
        let failed = r.checks.filter { $0.status == .fail }
        let missing = r.cells.filter { $0.status.isOpen }
        let uncertain = r.cells.filter(\.uncertain)
        let name = r.metadata.agency.map { " (\($0)\(r.metadata.year.map { " \($0)" } ?? ""))" } ?? ""
        lines.append("\(c.document.source.path)\(name): \(failed.count) failed checks, \(r.checks.filter { $0.status == .pass }.count) passed, \(r.checks.filter { $0.status == .notAssessable }.count) not assessable; \(missing.count) cells missing, unplaced, contradicted or unread; \(uncertain.count) uncertain")
        for ch in failed {
            let operands = ch.values.map { "\($0.path.split(separator: ".").suffix(2).joined(separator: "."))=\($0.value?.text ?? "null")" }
            lines.append("  FAIL \(ch.id): \(ch.rule); \(operands.joined(separator: ", ")); difference \(ch.difference.map { fmt($0) } ?? "?")")
            for v in ch.values {
                let cell = r.cell(v.path)
                lines.append("    \(TemplateLabels.describe(v.path, template: template)) = \(v.value?.text ?? "null") at \(place(cell?.ref))")
            }
        }
        // Missing cells, grouped by row.
        var rows: [(row: String, status: String, first: CellRecord)] = []
        for cell in missing {
            let row = cell.path.split(separator: ".").dropLast().joined(separator: ".")
            if rows.last?.row != row { rows.append((row, cell.status.rawValue, cell)) }
        }
        for (row, status, first) in rows {
            let label = TemplateLabels.labels(of: first.path, template: template)?.row
            lines.append("  \(status.uppercased()) \(row)" + (label.map { " \($0)" } ?? "") + (first.ref.map { " at \(place($0))" } ?? ""))
        }
        for cell in uncertain {
            let suggestion = cell.suggestion.map { "; the identities suggest \($0.text)" } ?? ""
            let confidence = cell.confidence.map { "; OCR confidence \(Int($0.rounded()))" } ?? ""
            lines.append("  UNCERTAIN \(cell.path) \(TemplateLabels.describe(cell.path, template: template)) = \(cell.value?.text ?? (cell.status == .contradicted || cell.status == .unread ? "null (read \(cell.raw ?? "?"))" : "null"))\(confidence)\(suggestion) at \(place(cell.ref))")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The same findings as one JSON object (one line): `path`, `agency`, `year`, `summary`,
    /// `failed_checks` (id, rule, difference, operands with labels and places), `missing` (cells
    /// left open: missing, unplaced, contradicted or unread), `uncertain` (with confidence and suggestion).
    public static func json(_ c: Conversion) -> String {
        let r = c.report
        let template = r.metadata.template
        // Keys in sorted order, as every JSON nianbao writes.
        var w = JSONWriter(pretty: false)
        func cell(_ path: String, _ value: NumberValue?, _ record: CellRecord?, confidence: Bool = false) {
            let labels = TemplateLabels.labels(of: path, template: template)
            w.beginObject()
            w.field("column_label", labels?.column)
            if confidence {
                w.key("confidence")
                if let conf = record?.confidence { w.number(raw: fmt((conf * 10).rounded() / 10)) } else { w.null() }
            }
            w.field("line", record?.ref?.line)
            w.field("page", record?.ref?.page)
            w.field("path", path)
            w.field("row_label", labels?.row)
            w.field("status", record?.status.rawValue)
            if confidence {
                w.key("suggestion")
                if let s = record?.suggestion { w.number(printed: s.text) } else { w.null() }
            }
            w.key("value")
            if let value { w.number(printed: value.text) } else { w.null() }
            w.endObject()
        }
        w.beginObject()
        w.field("agency", r.metadata.agency)
        w.key("failed_checks")
        w.beginArray()
        for ch in r.checks where ch.status == .fail {
            w.beginObject()
            w.key("difference")
            if let d = ch.difference { w.number(raw: fmt(d)) } else { w.null() }
            w.field("id", ch.id)
            w.key("operands")
            w.beginArray()
            for v in ch.values { cell(v.path, v.value, r.cell(v.path)) }
            w.endArray()
            w.field("rule", ch.rule)
            w.endObject()
        }
        w.endArray()
        w.key("missing")
        w.beginArray()
        for m in r.cells where m.status.isOpen { cell(m.path, nil, m) }
        w.endArray()
        w.field("path", c.document.source.path)
        w.key("uncertain")
        w.beginArray()
        for u in r.cells where u.uncertain { cell(u.path, u.value, u, confidence: true) }
        w.endArray()
        w.field("year", r.metadata.year)
        w.endObject()
        return w.string + "\n"
    }

    static func fmt(_ d: Double) -> String { d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) : String(d) }
}
