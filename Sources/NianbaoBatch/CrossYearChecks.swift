import ReportParsing

/// A check of an identity between the reports of one agency in consecutive years, as the
/// templates state them (``ReportTemplate/crossYear``):
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
    /// The identities of a template (by id); for a report whose template is unknown, those every
    /// template has.
    static func identities(template id: String?) -> [CrossYearIdentity] {
        if let id, let t = Templates.template(id: id) { return t.crossYear }
        let all = Templates.all.map { Set($0.crossYear.map(\.id)) }
        let common = all.dropFirst().reduce(all.first ?? []) { $0.intersection($1) }
        return Templates.fallback.crossYear.filter { common.contains($0.id) }
    }

    /// Every cell path a cross-year identity reads (the stores keep these values).
    static let neededPaths: Set<String> = Set(Templates.all.flatMap { t in t.crossYear.flatMap { ($0.lhs + $0.rhs).map(\.path) } })

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

    /// The identities both years' templates have, in the order of this year's.
    static func checks(agency: String, last: IndexEntry, this: IndexEntry) -> [CrossYearCheck] {
        let from = this.year! - 1, to = this.year!
        let lastIDs = Set(identities(template: last.template).map(\.id))
        return identities(template: this.template).filter { lastIDs.contains($0.id) }.map { identity in
            func operand(_ o: CrossYearIdentity.Operand) -> CrossYearCheck.Operand {
                let entry = o.lastYear ? last : this
                return CrossYearCheck.Operand(year: o.lastYear ? from : to, path: o.path, value: entry.values[o.path])
            }
            let ops = (identity.lhs + identity.rhs).map(operand)
            var difference: Double? = nil
            var status = "not_assessable"
            if ops.allSatisfy({ $0.value != nil }) {
                var d = 0.0
                for (k, o) in (identity.lhs + identity.rhs).enumerated() {
                    let sign: Double = o.subtracted ? -1 : 1
                    d += (k < identity.lhs.count ? sign : -sign) * ops[k].value!
                }
                difference = d
                status = abs(d) < 1e-9 ? "pass" : "fail"
            }
            let rule = identity.rule.replacing("{from}", with: String(from)).replacing("{to}", with: String(to))
            return CrossYearCheck(id: identity.id, agency: agency, yearFrom: from, yearTo: to, pathFrom: last.path, pathTo: this.path,
                                  rule: rule, values: ops, difference: difference, status: status)
        }
    }
}
