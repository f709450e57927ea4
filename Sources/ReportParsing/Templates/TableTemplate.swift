/// A template table: its key in the output and its rows in printed order.
public struct TableTemplate: Hashable, Sendable {
    /// `active_disclosure`, `requests` or `review_litigation`.
    public let key: String
    public let rows: [RowTemplate]
    /// Other printed terms of the table (headers, group labels, notes), for the lexicon.
    public let terms: [String]

    /// Cell paths of each row, in column order (computed once).
    public let rowPaths: [[String]]
    /// The identity each row obeys, when the table has one: these columns add up to `total`.
    public let rowSum: RowSum?
    /// The printed label of each group of rows, by the first part of their keys (`denied` →
    /// `（三）不予公开`).
    public let groupLabels: [String: String]
    /// The printed label of each group of columns, by the first part of their keys (`review` →
    /// `行政复议`).
    public let columnGroupLabels: [String: String]
    /// The identities the table's numbers obey (the report's checks derive from them).
    public let identities: [Identity]

    /// Columns of a row that add up to another column of the same row.
    public struct RowSum: Hashable, Sendable {
        public let parts: [String]
        public let total: String
    }

    public init(key: String, rows: [RowTemplate], terms: [String], rowSum: RowSum? = nil, groupLabels: [String: String] = [:],
                columnGroupLabels: [String: String] = [:], identities: [Identity] = []) {
        self.key = key
        self.groupLabels = groupLabels
        self.columnGroupLabels = columnGroupLabels
        self.rows = rows
        self.terms = terms
        self.rowSum = rowSum
        self.identities = identities
        self.rowPaths = rows.map { row in row.columns.map { MatchKey.join(key, row.key, $0.key) } }
    }

    /// Every cell path of the table for a choice of alternatives (`variant` per alternative).
    public func paths(variants: [String: String]) -> [String] {
        rows.indices.filter { i in
            guard let alt = rows[i].alternative else { return true }
            return variants[alt] == rows[i].variant
        }.flatMap { rowPaths[$0] }
    }
}
