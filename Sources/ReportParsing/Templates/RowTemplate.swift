/// A row of a template table: its key, how it is printed, and the phrases that identify it.
public struct RowTemplate: Hashable, Sendable {
    /// Key path of the row inside its table (`denied.state_secret`); empty for a table of one row.
    public let key: String
    /// The label as the national template prints it.
    public let label: String
    /// Match keys (see ``MatchKey``) any of which identifies the row in printed text.
    public let phrases: [String]
    /// The row's value columns.
    public let columns: [ColumnTemplate]
    /// Rows with the same `alternative` are printed one way or the other (the single 2019
    /// `（六）其他处理` row or the three 2021 sub-rows); `variant` names this way.
    public let alternative: String?
    public let variant: String?
    /// A bare phrase (such as `总计`) that identifies the row only right after the rows listed here.
    public let looseAfter: [String]

    public init(_ key: String, label: String, phrases: [String], columns: [ColumnTemplate],
                alternative: String? = nil, variant: String? = nil, looseAfter: [String] = []) {
        self.key = key
        self.label = label
        self.phrases = phrases
        self.columns = columns
        self.alternative = alternative
        self.variant = variant
        self.looseAfter = looseAfter
    }
}
