/// Identities between the reports of one agency in consecutive years:
///
/// - requests: last year's `carried_forward` = this year's `carried_over`, per applicant column;
/// - active disclosure (2021 template, both years): last year's `in_force` + this year's `issued`
///   − this year's `repealed` = this year's `in_force`, for regulations and normative documents.
///
/// Like a report's own checks, a failed one is a finding about the sources, not an error.
public struct CrossYearCheck: Sendable, Hashable {
    public var id: String
    public var agency: String
    public var yearFrom: Int
    public var yearTo: Int
    public var pathFrom: String
    public var pathTo: String
    public var rule: String
    /// Operands as (year, cell path, value).
    public var values: [Operand]
    public var difference: Double?
    public var status: String

    public struct Operand: Sendable, Hashable {
        public var year: Int
        public var path: String
        public var value: Double?
    }
}

public enum CrossYearChecks {
    static let applicants = ["natural_person", "commercial", "research", "social_welfare", "legal_service", "other_org", "total"]
    static let documentRows = ["regulations", "normative_documents"]

    static let neededPaths: Set<String> = {
        var s = Set<String>()
        for a in applicants { s.insert("requests.carried_forward.\(a)"); s.insert("requests.carried_over.\(a)") }
        for r in documentRows { for c in ["issued", "repealed", "in_force"] { s.insert("active_disclosure.\(r).\(c)") } }
        return s
    }()

    /// Checks over converted reports with an agency and a year. An agency-year held by several
    /// inputs (copies) is represented by the first by path.
    public static func run(_ entries: [IndexEntry]) -> [CrossYearCheck] {
        var byAgency: [String: [Int: IndexEntry]] = [:]
        for e in entries.sorted(by: { $0.path < $1.path }) where !e.failed {
            guard let agency = e.agency, !agency.isEmpty, let year = e.year else { continue }
            if byAgency[agency]?[year] == nil { byAgency[agency, default: [:]][year] = e }
        }
        var out: [CrossYearCheck] = []
        for agency in byAgency.keys.sorted() {
            let years = byAgency[agency]!
            for year in years.keys.sorted() {
                guard let last = years[year - 1], let this = years[year] else { continue }
                out += checks(agency: agency, last: last, this: this)
            }
        }
        return out
    }

    static func checks(agency: String, last: IndexEntry, this: IndexEntry) -> [CrossYearCheck] {
        let from = this.year! - 1, to = this.year!
        func make(_ id: String, _ rule: String, _ ops: [CrossYearCheck.Operand], lhs: Int) -> CrossYearCheck {
            var difference: Double? = nil
            var status = "not_assessable"
            if ops.allSatisfy({ $0.value != nil }) {
                var d = 0.0
                for (k, op) in ops.enumerated() {
                    // The last operand of each side is added; an operand named `repealed` is subtracted.
                    let sign: Double = op.path.hasSuffix(".repealed") ? -1 : 1
                    d += (k < lhs ? sign : -sign) * op.value!
                }
                difference = d
                status = abs(d) < 1e-9 ? "pass" : "fail"
            }
            return CrossYearCheck(id: id, agency: agency, yearFrom: from, yearTo: to, pathFrom: last.path, pathTo: this.path,
                                  rule: rule, values: ops, difference: difference, status: status)
        }
        var out: [CrossYearCheck] = []
        for a in applicants {
            let ops = [CrossYearCheck.Operand(year: from, path: "requests.carried_forward.\(a)", value: last.values["requests.carried_forward.\(a)"]),
                       CrossYearCheck.Operand(year: to, path: "requests.carried_over.\(a)", value: this.values["requests.carried_over.\(a)"])]
            out.append(make("cross_year.requests.carried.\(a)", "carried_forward (\(from)) = carried_over (\(to)) (\(a))", ops, lhs: 1))
        }
        if last.template == "2021" && this.template == "2021" {
            for r in documentRows {
                let p = "active_disclosure.\(r)"
                let ops = [CrossYearCheck.Operand(year: from, path: "\(p).in_force", value: last.values["\(p).in_force"]),
                           CrossYearCheck.Operand(year: to, path: "\(p).issued", value: this.values["\(p).issued"]),
                           CrossYearCheck.Operand(year: to, path: "\(p).repealed", value: this.values["\(p).repealed"]),
                           CrossYearCheck.Operand(year: to, path: "\(p).in_force", value: this.values["\(p).in_force"])]
                out.append(make("cross_year.\(p).in_force", "in_force (\(from)) + issued (\(to)) - repealed (\(to)) = in_force (\(to))", ops, lhs: 3))
            }
        }
        return out
    }
}
