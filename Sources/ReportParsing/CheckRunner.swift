/// One identity: the paths on each side of `lhs = rhs`.
struct CheckDefinition: Sendable {
    let id: String
    let rule: String
    let lhs: [String]
    let rhs: [String]
}

/// The identity checks the templates imply, run over the report's cells. A failed check is a
/// finding; the printed numbers are never changed.
enum CheckRunner {
    static let applicantKeys = ["natural_person", "commercial", "research", "social_welfare", "legal_service", "other_org"]

    /// The checks for a set of application-table rows (which depend on the printed variant).
    static func definitions(requestResultRows: [String], requestRows: [String]) -> [CheckDefinition] {
        var defs: [CheckDefinition] = []
        for c in applicantKeys + ["total"] {
            defs.append(CheckDefinition(
                id: "requests.balance.\(c)",
                rule: "new_received + carried_over = total + carried_forward (\(c))",
                lhs: ["requests.new_received.\(c)", "requests.carried_over.\(c)"],
                rhs: ["requests.total.\(c)", "requests.carried_forward.\(c)"]))
        }
        for c in applicantKeys + ["total"] {
            defs.append(CheckDefinition(
                id: "requests.results_sum.\(c)", rule: "sum of result rows = total (\(c))",
                lhs: requestResultRows.map { "requests.\($0).\(c)" }, rhs: ["requests.total.\(c)"]))
        }
        for r in requestRows {
            defs.append(CheckDefinition(
                id: "requests.row_sum.\(r)", rule: "six applicant columns = total (\(r))",
                lhs: applicantKeys.map { "requests.\(r).\($0)" }, rhs: ["requests.\(r).total"]))
        }
        for g in ["review", "litigation_direct", "litigation_after_review"] {
            defs.append(CheckDefinition(
                id: "review_litigation.\(g).sum", rule: "upheld + corrected + other + pending = total (\(g))",
                lhs: ["upheld", "corrected", "other", "pending"].map { "review_litigation.\(g).\($0)" },
                rhs: ["review_litigation.\(g).total"]))
        }
        return defs
    }

    /// Evaluates the checks whose cells all exist in `values` (a nil value is a null cell).
    static func evaluate(_ defs: [CheckDefinition], values: [String: NumberValue?]) -> [Check] {
        evaluate(defs) { values[$0] }
    }

    /// Evaluates with a look-up: nil for a cell not present, `.some(nil)` for a null cell.
    static func evaluate(_ defs: [CheckDefinition], lookup: (String) -> NumberValue??) -> [Check] {
        var checks: [Check] = []
        checks.reserveCapacity(defs.count)
        outer: for d in defs {
            var operands: [(path: String, value: NumberValue?)] = []
            operands.reserveCapacity(d.lhs.count + d.rhs.count)
            var l = 0.0, r = 0.0, assessable = true
            for (side, paths) in [(0, d.lhs), (1, d.rhs)] {
                for p in paths {
                    guard let entry = lookup(p) else { continue outer }
                    operands.append((p, entry))
                    if let v = entry { if side == 0 { l += v.value } else { r += v.value } } else { assessable = false }
                }
            }
            if assessable {
                let difference = ((l - r) * 1e6).rounded() / 1e6
                checks.append(Check(id: d.id, rule: d.rule, values: operands, difference: difference,
                                    status: abs(l - r) < 1e-6 ? .pass : .fail, lhsCount: d.lhs.count))
            } else {
                checks.append(Check(id: d.id, rule: d.rule, values: operands, difference: nil, status: .notAssessable,
                                    lhsCount: d.lhs.count))
            }
        }
        return checks
    }

    static func run(values: [String: NumberValue?], requestResultRows: [String], requestRows: [String]) -> [Check] {
        evaluate(definitions(requestResultRows: requestResultRows, requestRows: requestRows), values: values)
    }
}
