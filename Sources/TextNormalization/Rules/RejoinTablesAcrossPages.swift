import DocumentModel

/// Joins a table that continues on the next page: two table blocks with nothing between them,
/// the second starting on a later page, become one table.
public struct RejoinTablesAcrossPages: Sendable {
    public static let name = "rejoin-tables-across-pages"

    public init() {}

    public func apply(_ blocks: [Block]) -> (blocks: [Block], joins: Int) {
        var out: [Block] = []
        var joins = 0
        for block in blocks {
            if case .table(let next) = block, case .table(var previous)? = out.last,
               let end = previous.rows.last?.ref.page, let start = next.rows.first?.ref.page, start > end {
                previous.rows += next.rows
                out[out.count - 1] = .table(previous)
                joins += 1
            } else {
                out.append(block)
            }
        }
        return (out, joins)
    }
}
