import DocumentModel
import ReportParsing

/// Writes a conversion as the report JSON described in Docs/report-json.md and validated by
/// Docs/report.schema.json. Keys are written in sorted order.
public enum ReportJSON {
    /// The report as JSON text: pretty (two-space indentation) or on one line.
    public static func encode(_ c: Conversion, pretty: Bool) -> String {
        String(decoding: encodeBytes(c, pretty: pretty, newline: false), as: UTF8.self)
    }

    /// The report as UTF-8 bytes, followed by a newline unless `newline` is false.
    public static func encodeBytes(_ c: Conversion, pretty: Bool, newline: Bool = true) -> [UInt8] {
        var w = JSONWriter(pretty: pretty)
        write(c, to: &w)
        var bytes = w.bytes
        if newline { bytes.append(0x0A) }
        return bytes
    }

    public static func write(_ c: Conversion, to w: inout JSONWriter) {
        let r = c.report
        w.beginObject()
        w.key("cells")
        w.beginArray()
        for cell in r.cells { write(cell, to: &w) }
        w.endArray()
        w.key("checks")
        w.beginArray()
        for check in r.checks { write(check, to: &w) }
        w.endArray()
        writeLabels(r, to: &w)
        w.key("metadata")
        write(r.metadata, to: &w)
        w.key("normalization")
        w.beginObject()
        w.key("repairs")
        w.beginObject()
        for (name, count) in c.clean.repairs.sorted(by: { $0.key < $1.key }) { w.field(name, count) }
        w.endObject()
        w.endObject()
        w.key("pages")
        w.beginArray()
        for p in c.clean.pages {
            w.beginObject()
            w.field("furniture_dropped", p.furnitureDropped)
            w.key("height")
            if let h = p.height { w.number(raw: format1(h)) } else { w.null() }
            w.field("number", p.number)
            w.key("ocr_confidence")
            if let conf = p.ocrConfidence { w.number(raw: format1(conf)) } else { w.null() }
            w.field("ocr_reason", p.ocrReason?.rawValue)
            w.field("problem", p.problem)
            w.field("text_source", p.origin.rawValue)
            w.key("width")
            if let wd = p.width { w.number(raw: format1(wd)) } else { w.null() }
            w.endObject()
        }
        w.endArray()
        w.field("schema_version", ToolInfo.schemaVersion)
        w.key("sections")
        w.beginArray()
        for s in r.sections { write(s, to: &w) }
        w.endArray()
        w.key("source")
        let s = c.document.source
        w.beginObject()
        w.field("encoding", s.encoding)
        w.field("kind", s.kind.rawValue)
        w.field("layout", s.layout.rawValue)
        w.field("page_count", c.document.pages.count)
        w.field("path", s.path)
        w.field("sha256", s.sha256)
        w.endObject()
        w.key("summary")
        writeSummary(r, to: &w)
        w.key("tables")
        writeTables(r, to: &w)
        w.key("tool")
        w.beginObject()
        w.field("name", ToolInfo.name)
        w.field("version", ToolInfo.version)
        w.endObject()
        w.key("warnings")
        w.beginArray()
        for warning in r.warnings { write(warning, to: &w) }
        w.endArray()
        w.endObject()
    }

    static func writeSummary(_ r: Report, to w: inout JSONWriter) {
        var byStatus: [CellStatus: Int] = [:]
        for c in r.cells { byStatus[c.status, default: 0] += 1 }
        w.beginObject()
        w.field("cells", r.cells.count)
        w.field("cells_blank", byStatus[.blank] ?? 0)
        w.field("cells_contradicted", byStatus[.contradicted] ?? 0)
        w.field("cells_missing", byStatus[.missing] ?? 0)
        w.field("cells_note", byStatus[.note] ?? 0)
        w.field("cells_text", byStatus[.text] ?? 0)
        w.field("cells_unplaced", byStatus[.unplaced] ?? 0)
        w.field("cells_unread", byStatus[.unread] ?? 0)
        w.field("cells_value", byStatus[.value] ?? 0)
        w.field("checks_failed", r.checks.filter { $0.status == .fail }.count)
        w.field("checks_not_assessable", r.checks.filter { $0.status == .notAssessable }.count)
        w.field("checks_passed", r.checks.filter { $0.status == .pass }.count)
        w.field("uncertain_cells", r.cells.filter(\.uncertain).count)
        w.field("warnings", r.warnings.count)
        w.endObject()
    }

    static func write(_ m: ReportMetadata, to w: inout JSONWriter) {
        w.beginObject()
        w.field("agency", m.agency)
        w.key("contact")
        w.beginObject()
        w.field("address", m.contact.address)
        w.field("email", m.contact.email)
        w.field("person", m.contact.person)
        w.field("phone", m.contact.phone)
        w.field("postcode", m.contact.postcode)
        w.field("url", m.contact.url)
        w.endObject()
        w.key("period")
        if m.periodStart != nil || m.periodEnd != nil {
            w.beginObject()
            w.field("end", m.periodEnd)
            w.field("start", m.periodStart)
            w.endObject()
        } else {
            w.null()
        }
        w.field("template", m.template)
        w.field("template_evidence", m.templateEvidence?.rawValue)
        w.field("title", m.title)
        w.field("year", m.year)
        w.endObject()
    }

    static func write(_ s: Section, to w: inout JSONWriter) {
        w.beginObject()
        w.field("found", s.found)
        w.field("heading", s.heading)
        w.field("heading_found", s.headingFound)
        w.field("key", s.key)
        w.field("line", s.ref?.line)
        w.field("number", s.number)
        w.field("page", s.ref?.page)
        w.field("text", s.text)
        w.endObject()
    }

    /// `labels`: one object per table (`table`, `rows`, `columns`; an array, so that the table keys
    /// name only the `tables` objects in the document), the printed Chinese label of each row and
    /// column by key (as in the cell paths): a row's label as the report printed it where its row was found, else the
    /// template's wording (with its group's label); columns in the template's wording.
    static func writeLabels(_ r: Report, to w: inout JSONWriter) {
        w.key("labels")
        w.beginArray()
        if let id = r.metadata.template, let template = Templates.template(id: id) {
            var printed: [String: String] = [:]
            for c in r.cells { if let label = c.rowLabel, !label.isEmpty, printed[c.path] == nil { printed[c.path] = label } }
            for table in template.tables.sorted(by: { $0.key < $1.key }) {
                var rows: [String: String] = [:], columns: [String: String] = [:]
                for (k, row) in table.rows.enumerated() {
                    let seen = table.rowPaths[k].lazy.compactMap { printed[$0] }.first
                    if rows[row.key] == nil || seen != nil { rows[row.key] = seen ?? TemplateLabels.rowLabel(table, row: k) }
                    for column in row.columns where columns[column.key] == nil {
                        columns[column.key] = TemplateLabels.columnLabel(table, column)
                    }
                }
                w.beginObject()
                w.key("columns")
                w.beginObject()
                for (k, v) in columns.sorted(by: { $0.key < $1.key }) { w.field(k, v) }
                w.endObject()
                w.key("rows")
                w.beginObject()
                for (k, v) in rows.sorted(by: { $0.key < $1.key }) { w.field(k, v) }
                w.endObject()
                w.field("table", table.key)
                w.endObject()
            }
        }
        w.endArray()
    }

    static func value(_ v: NumberValue?, to w: inout JSONWriter) {
        if let v { w.number(printed: v.text) } else { w.null() }
    }

    static func write(_ c: CellRecord, to w: inout JSONWriter) {
        w.beginObject()
        w.key("bbox")
        if let b = c.bbox {
            w.beginArray()
            for v in b { w.number(raw: format1(v)) }
            w.endArray()
        } else {
            w.null()
        }
        w.key("confidence")
        if let conf = c.confidence { w.number(raw: format1(conf)) } else { w.null() }
        w.field("line", c.ref?.line)
        w.field("page", c.ref?.page)
        w.field("path", c.path)
        w.field("raw", c.raw)
        w.field("row_label", c.rowLabel)
        w.field("status", c.status.rawValue)
        w.key("suggestion")
        value(c.suggestion, to: &w)
        w.field("uncertain", c.uncertain)
        w.key("value")
        value(c.value, to: &w)
        w.endObject()
    }

    static func format1(_ d: Double) -> String {
        let r = (d * 10).rounded() / 10
        return r == r.rounded() ? String(Int(r)) : String(r)
    }

    /// The three tables as nested objects of plain values (null where the cell has no number).
    /// Paths sorted as strings are sorted component by component (`.` sorts before every key
    /// character), so one pass with a stack of open objects writes sorted keys.
    static func writeTables(_ r: Report, to w: inout JSONWriter) {
        let cells = r.cells.sorted { $0.path < $1.path }
        var open: [Substring] = []
        w.beginObject()
        for c in cells {
            // Split as UTF-8 (paths are ASCII keys): splitting by `Character` cost 2.5 M
            // instructions per report.
            let parts = c.path.utf8.split(separator: 0x2E).map { Substring($0) }
            var common = 0
            while common < open.count && common < parts.count - 1 && open[common] == parts[common] { common += 1 }
            while open.count > common { w.endObject(); open.removeLast() }
            for p in parts[common..<(parts.count - 1)] {
                w.key(String(p))
                w.beginObject()
                open.append(p)
            }
            w.key(String(parts[parts.count - 1]))
            value(c.value, to: &w)
        }
        while !open.isEmpty { w.endObject(); open.removeLast() }
        w.endObject()
    }

    static func write(_ c: Check, to w: inout JSONWriter) {
        w.beginObject()
        w.key("difference")
        if let d = c.difference { w.number(raw: formatNumber(d)) } else { w.null() }
        w.field("id", c.id)
        w.field("rule", c.rule)
        w.field("status", c.status.rawValue)
        w.key("values")
        w.beginArray()
        for v in c.values {
            w.beginObject()
            w.field("path", v.path)
            w.key("value")
            value(v.value, to: &w)
            w.endObject()
        }
        w.endArray()
        w.endObject()
    }

    static func formatNumber(_ d: Double) -> String {
        if d == d.rounded() && abs(d) < 1e15 { return String(Int(d)) }
        return String(d)
    }

    static func write(_ warning: ReportWarning, to w: inout JSONWriter) {
        w.beginObject()
        w.field("code", warning.code.rawValue)
        w.field("line", warning.ref?.line)
        w.field("message", warning.message)
        w.field("page", warning.ref?.page)
        w.key("paths")
        w.beginArray()
        for p in warning.paths { w.string(p) }
        w.endArray()
        w.endObject()
    }
}
