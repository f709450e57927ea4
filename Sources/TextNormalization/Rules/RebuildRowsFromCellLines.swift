import DocumentModel

/// Rebuilds table rows from extracts that print one cell per line (`pdftotext`, PyMuPDF):
/// label lines followed by value lines form one row (`规章` / `8` / `256` / `20` → one row).
/// A label after a value, a blank line or a page break starts a new row; a line that already holds
/// several cells, or whose cell has a position (aligned text, PDF), is a row of its own.
public struct RebuildRowsFromCellLines: Sendable {
    public static let name = "rebuild-rows-from-cell-lines"

    /// One input line of a table region, or a gap (blank line, page break).
    public enum Item: Hashable, Sendable {
        case cells([Cell], multiCell: Bool)
        case gap
    }

    public init() {}

    public func apply(_ items: [Item]) -> (rows: [TableRow], repairs: Int) {
        var rows: [TableRow] = []
        var current: [Cell] = []
        var currentHasValue = false
        var currentLines = 0
        var repairs = 0

        func flush() {
            if !current.isEmpty {
                rows.append(TableRow(cells: current, ref: current[0].ref))
                if currentLines > 1 { repairs += 1 }
            }
            current = []
            currentHasValue = false
            currentLines = 0
        }

        for item in items {
            switch item {
            case .gap:
                flush()
            case .cells(let cells, let multi):
                // A line with positions is a row of its own: its place on the page says which cells
                // it belongs with, and the wrapped-label rules use that.
                if multi || cells.contains(where: { $0.x0 != nil || $0.field != nil }) {
                    flush()
                    if let first = cells.first { rows.append(TableRow(cells: cells, ref: first.ref)) }
                    continue
                }
                guard let cell = cells.first else { continue }
                let isValue = NumberText.isValueLike(cell.text)
                if !isValue && currentHasValue { flush() }
                current.append(cell)
                currentLines += 1
                if isValue { currentHasValue = true }
            }
        }
        flush()
        return (rows, repairs)
    }
}
