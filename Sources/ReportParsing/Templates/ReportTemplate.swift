/// One national template as one value: the years it serves, its three tables (rows, columns,
/// group labels, printed variants, identities), where its tables start, the default choice for
/// printed alternatives, and the identities between consecutive years. The parser, the checks
/// and the cross-year checks all read it; adding a template is one file of data (see
/// Docs/architecture.md, "Adding a template").
public struct ReportTemplate: Hashable, Sendable {
    /// `2021` or `2019`.
    public let id: String
    /// The report years this template serves when the tables do not show which one they follow.
    public let years: ClosedRange<Int>
    public let activeDisclosure: TableTemplate
    public let requests: TableTemplate
    public let reviewLitigation: TableTemplate
    /// The variant each alternative takes when the source does not show it.
    public let defaultVariants: [String: String]
    /// Column headers of section 二 that only this template prints (evidence for detection).
    public let distinctiveHeaders: [String]
    /// The row labels where each table starts and stops.
    public let anchors: TableAnchors
    /// Identities between this year's report and last year's (checked by `nianbao batch`).
    public let crossYear: [CrossYearIdentity]
    /// The checks of each choice of printed variants, derived from the tables' identities once.
    let checkSets: [[String: String]: [CheckDefinition]]

    public init(id: String, years: ClosedRange<Int>, activeDisclosure: TableTemplate, requests: TableTemplate,
                reviewLitigation: TableTemplate, defaultVariants: [String: String], distinctiveHeaders: [String],
                anchors: TableAnchors, crossYear: [CrossYearIdentity]) {
        self.id = id
        self.years = years
        self.activeDisclosure = activeDisclosure
        self.requests = requests
        self.reviewLitigation = reviewLitigation
        self.defaultVariants = defaultVariants
        self.distinctiveHeaders = distinctiveHeaders
        self.anchors = anchors
        self.crossYear = crossYear
        let tables = [activeDisclosure, requests, reviewLitigation]
        var sets: [[String: String]: [CheckDefinition]] = [:]
        for variants in ReportTemplate.variantChoices(tables) {
            sets[variants] = tables.flatMap { $0.checkDefinitions(variants: variants) }
        }
        self.checkSets = sets
    }

    public var tables: [TableTemplate] { [activeDisclosure, requests, reviewLitigation] }

    /// The checks for the printed variants (a variant not given takes its default).
    func checks(variants: [String: String]) -> [CheckDefinition] {
        var all = defaultVariants
        for (k, v) in variants { all[k] = v }
        return checkSets[all] ?? checkSets[defaultVariants] ?? []
    }

    /// Every combination of the tables' alternatives (`other` → `single` or `split`).
    static func variantChoices(_ tables: [TableTemplate]) -> [[String: String]] {
        var options: [String: [String]] = [:]
        for row in tables.flatMap(\.rows) {
            if let alt = row.alternative, let v = row.variant, !(options[alt] ?? []).contains(v) { options[alt, default: []].append(v) }
        }
        var out: [[String: String]] = [[:]]
        for (alt, values) in options.sorted(by: { $0.key < $1.key }) {
            out = out.flatMap { partial in values.map { v in partial.merging([alt: v]) { a, _ in a } } }
        }
        return out
    }
}

/// Match keys of the printed row labels that start and end the tables.
public struct TableAnchors: Hashable, Sendable {
    /// A label with one of these starts the section 二 table (else its heading does).
    public var activeDisclosureStart: [String]
    /// The applications table starts at the first label with the first of these found (in order).
    public var requestsStart: [String]
    /// Labels of the applications table: section 二's table stops at the first.
    public var requestsWords: [String]
    /// Labels of the review and litigation table: the applications table stops at the first, and
    /// it starts there.
    public var reviewWords: [String]

    public init(activeDisclosureStart: [String], requestsStart: [String], requestsWords: [String], reviewWords: [String]) {
        self.activeDisclosureStart = activeDisclosureStart
        self.requestsStart = requestsStart
        self.requestsWords = requestsWords
        self.reviewWords = reviewWords
    }
}

/// An identity between an agency's reports of consecutive years: the operands of `lhs` add up to
/// those of `rhs` (an operand may be subtracted).
public struct CrossYearIdentity: Hashable, Sendable {
    public struct Operand: Hashable, Sendable {
        /// From last year's report (else this year's).
        public var lastYear: Bool
        public var path: String
        public var subtracted: Bool

        public init(lastYear: Bool, path: String, subtracted: Bool = false) {
            self.lastYear = lastYear
            self.path = path
            self.subtracted = subtracted
        }
    }

    /// `cross_year.requests.carried.total`.
    public var id: String
    /// The rule with `{from}` and `{to}` standing for the two years.
    public var rule: String
    public var lhs: [Operand]
    public var rhs: [Operand]

    public init(id: String, rule: String, lhs: [Operand], rhs: [Operand]) {
        self.id = id
        self.rule = rule
        self.lhs = lhs
        self.rhs = rhs
    }
}
