/// Why a report's template was chosen (the JSON's `metadata.template_evidence`).
public enum TemplateEvidence: String, Hashable, Sendable {
    /// `--template` named it.
    case forced
    /// Section 二 prints column headers or row labels only this template has.
    case tableHeaders = "table-headers"
    /// The tables do not show it; the report's year does (``ReportTemplate/years``).
    case year
    /// Neither the tables nor a year show it: ``Templates/fallback``.
    case `default`
}
