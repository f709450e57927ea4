/// What the report says about itself, where printed. Nothing here is guessed: a field the source
/// does not print is nil.
public struct ReportMetadata: Hashable, Sendable {
    public var title: String?
    public var agency: String?
    public var year: Int?
    /// `2021` or `2019`: the national template the tables follow.
    public var template: String?
    /// Why the template was chosen.
    public var templateEvidence: TemplateEvidence?
    /// Statistics period as ISO dates.
    public var periodStart: String?
    public var periodEnd: String?
    public var contact: Contact

    public init(title: String? = nil, agency: String? = nil, year: Int? = nil, template: String? = nil,
                templateEvidence: TemplateEvidence? = nil, periodStart: String? = nil, periodEnd: String? = nil,
                contact: Contact = Contact()) {
        self.title = title
        self.agency = agency
        self.year = year
        self.template = template
        self.templateEvidence = templateEvidence
        self.periodStart = periodStart
        self.periodEnd = periodEnd
        self.contact = contact
    }
}
