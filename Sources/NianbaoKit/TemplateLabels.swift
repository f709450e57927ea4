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
                    let row = table.rows[r]
                    let groupKey = row.key.split(separator: ".").first.map(String.init) ?? ""
                    let group = row.key.contains(".") ? table.groupLabels[groupKey] : nil
                    let column = row.columns[c]
                    let parts = column.key.split(separator: ".")
                    let columnGroup = parts.count == 2 ? table.columnGroupLabels[String(parts[0])] : nil
                    return ([group, row.label].compactMap { $0 }.joined(separator: " "),
                            [columnGroup, column.header].compactMap { $0 }.joined(separator: " "))
                }
            }
        }
        return nil
    }

    /// `行 / 列`, or the path itself when the template does not have it.
    public static func describe(_ path: String, template id: String?) -> String {
        guard let l = labels(of: path, template: id) else { return path }
        return "\(l.row) / \(l.column)"
    }
}
