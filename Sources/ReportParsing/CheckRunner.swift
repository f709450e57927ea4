/// The identity checks the templates imply, run over the report's cells. A failed check is a
/// finding; the printed numbers are never changed.
enum CheckRunner {
    static let applicantKeys = ["natural_person", "commercial", "research", "social_welfare", "legal_service", "other_org"]

    static func run(values: [String: NumberValue?], requestResultRows: [String], requestRows: [String]) -> [Check] {
        var checks: [Check] = []
        func v(_ p: String) -> NumberValue? { values[p] ?? nil }
        func make(_ id: String, _ rule: String, lhs: [String], rhs: [String]) {
            guard lhs.allSatisfy({ values[$0] != nil }) && rhs.allSatisfy({ values[$0] != nil }) else { return }
            let operands = (lhs + rhs).map { (path: $0, value: v($0)) }
            let status: CheckStatus
            var difference: Double? = nil
            if operands.contains(where: { $0.value == nil }) {
                status = .notAssessable
            } else {
                let l = lhs.reduce(0.0) { $0 + v($1)!.value }
                let r = rhs.reduce(0.0) { $0 + v($1)!.value }
                difference = ((l - r) * 1e6).rounded() / 1e6
                status = abs(l - r) < 1e-6 ? .pass : .fail
            }
            checks.append(Check(id: id, rule: rule, values: operands, difference: difference, status: status))
        }
        // Per applicant column: new + carried over = total + carried forward.
        for c in applicantKeys + ["total"] {
            make("requests.balance.\(c)",
                 "new_received + carried_over = total + carried_forward (\(c))",
                 lhs: ["requests.new_received.\(c)", "requests.carried_over.\(c)"],
                 rhs: ["requests.total.\(c)", "requests.carried_forward.\(c)"])
        }
        // Per column: the result rows add up to the total row.
        for c in applicantKeys + ["total"] {
            make("requests.results_sum.\(c)",
                 "sum of result rows = total (\(c))",
                 lhs: requestResultRows.map { "requests.\($0).\(c)" },
                 rhs: ["requests.total.\(c)"])
        }
        // Per row: the six applicant columns add up to the total column.
        for r in requestRows {
            make("requests.row_sum.\(r)",
                 "six applicant columns = total (\(r))",
                 lhs: applicantKeys.map { "requests.\(r).\($0)" },
                 rhs: ["requests.\(r).total"])
        }
        // Section 四: per group, upheld + corrected + other + pending = total.
        for g in ["review", "litigation_direct", "litigation_after_review"] {
            make("review_litigation.\(g).sum",
                 "upheld + corrected + other + pending = total (\(g))",
                 lhs: ["upheld", "corrected", "other", "pending"].map { "review_litigation.\(g).\($0)" },
                 rhs: ["review_litigation.\(g).total"])
        }
        return checks
    }
}
