import DocumentModel
import ReportParsing

/// Renders the cleaned document as text: paragraphs as lines, tables as tab-separated rows or as
/// Markdown tables. Blocks are separated by a blank line.
public enum TextRenderer {
    public static func render(_ doc: CleanDocument, markdown: Bool) -> String {
        render(doc) { markdown ? markdownTable($0) : tsv($0) }
    }

    /// Paragraphs as they are, each table block as `table` writes it (nil: left out), blocks
    /// separated by a blank line.
    static func render(_ doc: CleanDocument, table: (Table) -> String?) -> String {
        var out: [String] = []
        for block in doc.blocks {
            switch block {
            case .paragraph(let p): out.append(p.text)
            case .table(let t): if let text = table(t) { out.append(text) }
            }
        }
        return out.joined(separator: "\n\n") + "\n"
    }

    /// The cleaned prose with the three template tables laid out from the report's cells
    /// (``TemplateTables``) in place of the cleaned table blocks they were read from: each at the
    /// first block holding one of its cells' lines, the other blocks it was read from (a table
    /// continued on the next page, rows an extract printed apart) left out. Extracts do not keep
    /// a table under its section's heading (pdfplumber prints a page's text before its tables),
    /// so blocks are matched by the lines the cells came from, not by position. A template table
    /// read from no block comes at the end; table blocks no template cell came from are written
    /// from their cleaned rows.
    public static func render(_ doc: CleanDocument, report: Report, format: TemplateTables.Format) -> String {
        let keys = ["active_disclosure", "requests", "review_litigation"]
        var linesOf: [String: Set<SourceRef>] = [:]
        for cell in report.cells {
            guard let ref = cell.ref, cell.status != .missing, let key = cell.path.split(separator: ".").first.map(String.init) else { continue }
            linesOf[key, default: []].insert(ref)
        }
        var placed = Set<String>()
        var text = render(doc) { t in
            let rows = Set(t.rows.map(\.ref))
            let owner = keys.map { ($0, linesOf[$0, default: []].intersection(rows).count) }.filter { $0.1 > 0 }.max { $0.1 < $1.1 }?.0
            guard let key = owner else { return format == .markdown ? markdownTable(t) : tsv(t) }
            return placed.insert(key).inserted ? TemplateTables.render(report, table: key, format: format) : nil
        }
        for key in keys where !placed.contains(key) {
            if let table = TemplateTables.render(report, table: key, format: format), !table.isEmpty { text += "\n" + table + "\n" }
        }
        return text
    }

    /// The document as extraction produced it, before normalization: one line per line, cells
    /// separated by tabs, a form feed between pages.
    public static func renderRaw(_ doc: Document) -> String {
        doc.pages.map { page in
            page.lines.map { $0.spans.map { $0.text.replacingTabs() }.joined(separator: "\t") }.joined(separator: "\n")
        }.joined(separator: "\n\u{0C}") + "\n"
    }

    static func cells(_ row: TableRow) -> [String] {
        // Tab extracts keep their fields (an empty one is a blank cell); others list their cells.
        if row.cells.contains(where: { $0.field != nil }) {
            var texts = row.cells.map(\.text)
            while let last = texts.last, last.isEmpty { texts.removeLast() }
            return texts
        }
        return row.cells.filter { !$0.text.isEmpty }.map(\.text)
    }

    static func tsv(_ t: Table) -> String {
        t.rows.map { cells($0).map { $0.replacingTabs() }.joined(separator: "\t") }.joined(separator: "\n")
    }

    static func markdownTable(_ t: Table) -> String {
        let rows = t.rows.map(cells).filter { !$0.isEmpty }
        guard let first = rows.first else { return "" }
        let width = max(rows.map(\.count).max() ?? 1, 1)
        func line(_ r: [String]) -> String {
            let padded = r + Array(repeating: "", count: width - r.count)
            return "| " + padded.map { $0.replacingTabs().escapingPipes() }.joined(separator: " | ") + " |"
        }
        var lines = [line(first), "|" + Array(repeating: " --- |", count: width).joined()]
        lines += rows.dropFirst().map(line)
        return lines.joined(separator: "\n")
    }
}

extension String {
    func replacingTabs() -> String { String(map { $0 == "\t" || $0 == "\n" ? " " : $0 }) }
    func escapingPipes() -> String { reduce(into: "") { $0 += $1 == "|" ? "\\|" : String($1) } }
}
