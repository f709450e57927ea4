/// One national template: the three tables and the default choice for printed alternatives.
public struct ReportTemplate: Hashable, Sendable {
    /// `2021` or `2019`.
    public let id: String
    public let activeDisclosure: TableTemplate
    public let requests: TableTemplate
    public let reviewLitigation: TableTemplate
    /// The variant each alternative takes when the source does not show it.
    public let defaultVariants: [String: String]
    /// Column headers of section 二 that only this template prints (evidence for detection).
    public let distinctiveHeaders: [String]

    public init(id: String, activeDisclosure: TableTemplate, requests: TableTemplate, reviewLitigation: TableTemplate,
                defaultVariants: [String: String], distinctiveHeaders: [String]) {
        self.id = id
        self.activeDisclosure = activeDisclosure
        self.requests = requests
        self.reviewLitigation = reviewLitigation
        self.defaultVariants = defaultVariants
        self.distinctiveHeaders = distinctiveHeaders
    }

    public var tables: [TableTemplate] { [activeDisclosure, requests, reviewLitigation] }
}
