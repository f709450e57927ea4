import DocumentModel

/// One of the report's six sections.
public struct Section: Hashable, Sendable {
    /// 1...6.
    public var number: Int
    /// Stable key: `overview`, `active_disclosure`, `requests`, `review_litigation`, `problems`, `other_matters`.
    public var key: String
    /// The heading as printed, nil when the source has none (lost or never printed).
    public var heading: String?
    /// True when the heading was found; false when the section was identified by its content or not at all.
    public var headingFound: Bool
    /// True when the section's heading or its table was found.
    public var found: Bool
    /// The section's prose, cleaned, paragraphs separated by newlines.
    public var text: String
    public var ref: SourceRef?

    public init(number: Int, key: String, heading: String?, headingFound: Bool, found: Bool, text: String, ref: SourceRef?) {
        self.number = number
        self.key = key
        self.heading = heading
        self.headingFound = headingFound
        self.found = found
        self.text = text
        self.ref = ref
    }
}
