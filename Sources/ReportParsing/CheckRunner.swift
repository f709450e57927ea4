/// Runs a template's identity checks (``ReportTemplate/checks(variants:)``) over a report's
/// cells. A failed check is a finding; the printed numbers are never changed.
enum CheckRunner {
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
                let (difference, status) = outcome(l, r)
                checks.append(Check(id: d.id, rule: d.rule, values: operands, difference: difference,
                                    status: status, lhsCount: d.lhs.count))
            } else {
                checks.append(Check(id: d.id, rule: d.rule, values: operands, difference: nil, status: .notAssessable,
                                    lhsCount: d.lhs.count))
            }
        }
        return checks
    }

    /// An identity's sides compared: their difference (left minus right, to a millionth) and
    /// whether it holds.
    static func outcome(_ l: Double, _ r: Double) -> (difference: Double, status: CheckStatus) {
        (((l - r) * 1e6).rounded() / 1e6, abs(l - r) < 1e-6 ? .pass : .fail)
    }
}
