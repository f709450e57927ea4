import ReportParsing

/// The printed Chinese labels of a cell path: its row (with its group's label) and its column,
/// from the report's template; nil for a path the template does not have.
public enum TemplateLabels {
    public static func labels(of path: String, template id: String?) -> (row: String, column: String)? {
        let templates = id.flatMap(Templates.template(id:)).map { [$0] } ?? Templates.all
        for template in templates {
            for table in template.tables {
                for (r, paths) in table.rowPaths.enumerated() {
                    guard let c = paths.firstIndex(of: path) else { continue }
                    return (rowLabel(table, row: r), columnLabel(table, table.rows[r].columns[c]))
                }
            }
        }
        return nil
    }

    /// A row's printed label, its group's label before it (`（三）不予公开 1.属于国家秘密`).
    public static func rowLabel(_ table: TableTemplate, row r: Int) -> String {
        let row = table.rows[r]
        let group = row.key.contains(".") ? row.key.split(separator: ".").first.flatMap { table.groupLabels[String($0)] } : nil
        return [group, row.label].compactMap { $0 }.joined(separator: " ")
    }

    /// A column's printed header, its group's label before it (`行政复议 结果维持`).
    public static func columnLabel(_ table: TableTemplate, _ column: ColumnTemplate) -> String {
        let parts = column.key.split(separator: ".")
        let group = parts.count == 2 ? table.columnGroupLabels[String(parts[0])] : nil
        return [group, column.header].compactMap { $0 }.joined(separator: " ")
    }

    /// `行 / 列`, or the path itself when the template does not have it.
    public static func describe(_ path: String, template id: String?) -> String {
        guard let l = labels(of: path, template: id) else { return path }
        return "\(l.row) / \(l.column)"
    }
}
