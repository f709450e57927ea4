/// Decodes tables from extracts that print the labels of several rows first and then their values
/// in blocks (`pdftotext` in its default reading order). Placeholder: places nothing.
enum ColumnOrderedDecoder {
    struct Decoded {
        /// Per row, per column: the stream index of the value, or nil when not placed.
        var cells: [[Int?]]
        var warnings: [ReportWarning]
    }

    static func decode(rows: [RowTemplate], match: RowMatch, stream: [StreamItem]) -> Decoded {
        let cells = rows.map { Array(repeating: Int?.none, count: $0.columns.count) }
        let labels = rows.map(\.label).joined(separator: "、")
        return Decoded(cells: cells, warnings: [ReportWarning(
            code: "rows-values-unplaced",
            message: "the labels of rows \(labels) come before all their values (a column-ordered extract); values not placed",
            paths: [])])
    }
}
