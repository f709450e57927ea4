/// A template table: its key in the output and its rows in printed order.
public struct TableTemplate: Hashable, Sendable {
    /// `active_disclosure`, `requests` or `review_litigation`.
    public let key: String
    public let rows: [RowTemplate]
    /// Other printed terms of the table (headers, group labels, notes), for the lexicon.
    public let terms: [String]

    public init(key: String, rows: [RowTemplate], terms: [String]) {
        self.key = key
        self.rows = rows
        self.terms = terms
    }

    /// Every cell path of the table for a choice of alternatives (`variant` per alternative).
    public func paths(variants: [String: String]) -> [String] {
        rows.filter { row in
            guard let alt = row.alternative else { return true }
            return variants[alt] == row.variant
        }.flatMap { row in row.columns.map { MatchKey.join(key, row.key, $0.key) } }
    }
}
