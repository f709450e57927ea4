import DocumentModel
import ReportParsing

/// The three template tables of a parsed report, laid out from its cells rather than from the
/// cleaned lines: one row per template row, its printed label (with its group's label before it,
/// `（三）不予公开 1.属于国家秘密`), then exactly the template's columns in order. Rows that share
/// their columns form one table (the active-disclosure table prints four small tables, one per
/// set of columns); the review table's columns carry their group (`行政复议 结果维持`). A cell
/// printed blank, missing or left unplaced is empty (the JSON says which); a value is written as
/// its number as read, a text cell (`〇`) as printed.
public enum TemplateTables {
    public enum Format: Sendable { case markdown, tsv }

    /// One printed block of a table: its header (`项目` and the columns' labels) and its rows,
    /// each with its label and its cells' paths in column order.
    public struct Block: Sendable {
        public var header: [String]
        public var rows: [(label: String, paths: [String])]
    }

    /// The blocks of table `key` (`active_disclosure`, `requests`, `review_litigation`) as the
    /// report prints them, or nil when the report's template is unknown.
    public static func blocks(_ report: Report, table key: String) -> [Block]? {
        guard let id = report.metadata.template, let template = Templates.template(id: id),
              let table = template.tables.first(where: { $0.key == key }) else { return nil }
        let present = Set(report.cells.map(\.path))
        // Rows of the variant the report printed (its cells exist), grouped by their columns.
        var groups: [(columns: [ColumnTemplate], rows: [Int])] = []
        for (r, row) in table.rows.enumerated() where table.rowPaths[r].contains(where: { present.contains($0) }) {
            if let last = groups.last, last.columns == row.columns {
                groups[groups.count - 1].rows.append(r)
            } else {
                groups.append((row.columns, [r]))
            }
        }
        return groups.map { group in
            Block(header: ["项目"] + group.columns.map { TemplateLabels.columnLabel(table, $0) },
                  rows: group.rows.map { (TemplateLabels.rowLabel(table, row: $0), table.rowPaths[$0]) })
        }
    }

    /// The tables of `key`, or nil when the report's template is unknown.
    public static func render(_ report: Report, table key: String, format: Format) -> String? {
        guard let blocks = blocks(report, table: key) else { return nil }
        let cells = Dictionary(report.cells.map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a })
        return blocks.map { block in
            let rows = block.rows.map { [$0.label] + $0.paths.map { text(of: cells[$0]) } }
            return format == .markdown ? markdown(header: block.header, rows: rows) : tsv(header: block.header, rows: rows)
        }.joined(separator: "\n\n")
    }

    /// What a cell shows in the table.
    static func text(of cell: CellRecord?) -> String {
        guard let cell else { return "" }
        if let v = cell.value { return v.text }
        if cell.status == .text { return cell.raw ?? "" }
        return ""
    }

    static func markdown(header: [String], rows: [[String]]) -> String {
        func line(_ r: [String]) -> String { "| " + r.map { $0.replacingTabs().escapingPipes() }.joined(separator: " | ") + " |" }
        return ([line(header), "|" + String(repeating: " --- |", count: header.count)] + rows.map(line)).joined(separator: "\n")
    }

    static func tsv(header: [String], rows: [[String]]) -> String {
        ([header] + rows).map { $0.map { $0.replacingTabs() }.joined(separator: "\t") }.joined(separator: "\n")
    }
}

