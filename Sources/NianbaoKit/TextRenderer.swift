import DocumentModel

/// Renders the cleaned document as text: paragraphs as lines, tables as tab-separated rows or as
/// Markdown tables. Blocks are separated by a blank line.
public enum TextRenderer {
    public static func render(_ doc: CleanDocument, markdown: Bool) -> String {
        var out: [String] = []
        for block in doc.blocks {
            switch block {
            case .paragraph(let p):
                out.append(p.text)
            case .table(let t):
                out.append(markdown ? markdownTable(t) : tsv(t))
            }
        }
        return out.joined(separator: "\n\n") + "\n"
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
