/// The identities a template table's numbers obey, as data: the checks of a report derive from
/// them (``ReportTemplate/checks(variants:)``).
public enum Identity: Hashable, Sendable {
    /// For every column: the rows of `lhs` add up to the rows of `rhs` (the applications table's
    /// `new_received + carried_over = total + carried_forward`). `lhs` nil means every row of the
    /// table (of the printed variant) but those of `rhs` and `except`.
    case columnSum(name: String, rule: String, lhs: [String]?, rhs: [String], except: [String])
    /// For every row: the `parts` columns add up to the `total` column (``TableTemplate/rowSum``).
    case rowSum(name: String, rule: String)
    /// For every group of columns (`review.*`, `litigation_direct.*`, …): the `parts` add up to
    /// `total` within the group.
    case groupSum(groups: [String], parts: [String], total: String, rule: String)
}

/// One check of a report: the cell paths on each side of `lhs = rhs`.
struct CheckDefinition: Sendable, Hashable {
    let id: String
    let rule: String
    let lhs: [String]
    let rhs: [String]
}

extension TableTemplate {
    /// The checks this table's identities give for the rows of one printed variant.
    func checkDefinitions(variants: [String: String]) -> [CheckDefinition] {
        let rowKeys = rows.filter { r in
            guard let alt = r.alternative else { return true }
            return variants[alt] == r.variant
        }.map(\.key)
        let columnKeys = rows.first(where: { $0.alternative == nil })?.columns.map(\.key) ?? []
        func path(_ row: String, _ column: String) -> String { MatchKey.join(key, row, column) }
        var defs: [CheckDefinition] = []
        for identity in identities {
            switch identity {
            case let .columnSum(name, rule, lhs, rhs, except):
                let left = lhs ?? rowKeys.filter { !rhs.contains($0) && !except.contains($0) }
                for c in columnKeys {
                    defs.append(CheckDefinition(id: "\(key).\(name).\(c)", rule: "\(rule) (\(c))",
                                                lhs: left.map { path($0, c) }, rhs: rhs.map { path($0, c) }))
                }
            case let .rowSum(name, rule):
                guard let sum = rowSum else { continue }
                for r in rowKeys {
                    defs.append(CheckDefinition(id: "\(key).\(name).\(r)", rule: "\(rule) (\(r))",
                                                lhs: sum.parts.map { path(r, $0) }, rhs: [path(r, sum.total)]))
                }
            case let .groupSum(groups, parts, total, rule):
                for g in groups {
                    defs.append(CheckDefinition(id: "\(key).\(g).sum", rule: "\(rule) (\(g))",
                                                lhs: parts.map { "\(key).\(g).\($0)" }, rhs: ["\(key).\(g).\(total)"]))
                }
            }
        }
        return defs
    }
}
