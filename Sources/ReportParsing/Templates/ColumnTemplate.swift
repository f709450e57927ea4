/// A value column of a template table.
public struct ColumnTemplate: Hashable, Sendable {
    /// Key of the column inside its row, e.g. `natural_person`, `issued`, `review.upheld`.
    public let key: String
    /// The header as the national template prints it.
    public let header: String
    /// Other printed forms of the header (for the lexicon and for header recognition).
    public let aliases: [String]

    public init(_ key: String, _ header: String, aliases: [String] = []) {
        self.key = key
        self.header = header
        self.aliases = aliases
    }
}
