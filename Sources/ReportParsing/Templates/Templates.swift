/// The national templates the parser knows, and their vocabulary.
public enum Templates {
    public static let all: [ReportTemplate] = [Template2021.template, Template2019.template]

    public static func template(id: String) -> ReportTemplate? { all.first { $0.id == id } }

    /// The template a report of `year` follows when its tables do not show it.
    public static func template(forYear year: Int) -> ReportTemplate? { all.first { $0.years.contains(year) } }

    /// The template chosen when nothing shows which one a report follows.
    public static let fallback = Template2021.template

    /// Every printed term of every template: row labels, column headers, group labels.
    /// Normalization uses it to join split header and label fragments.
    public static let vocabulary: [String] = {
        var terms: [String] = []
        for t in all {
            for table in t.tables {
                terms += table.terms
                for row in table.rows {
                    if !row.label.isEmpty { terms.append(row.label) }
                    terms += row.columns.flatMap { [$0.header] + $0.aliases }
                }
            }
        }
        var seen = Set<String>()
        return terms.filter { seen.insert($0).inserted }
    }()
}
