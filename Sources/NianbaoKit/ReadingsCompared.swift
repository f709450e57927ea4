import ReportParsing

/// Two readings of one PDF compared cell by cell: by lines and by grids, the text layer and the
/// pictures read by OCR, a scan's foreign text layer and our OCR of it.
extension Nianbao {
    /// The cells both readings place with other numbers: each cell's path and both numbers as
    /// printed, in `a`'s order.
    static func differingCells(_ a: Report, _ b: Report) -> [(path: String, a: String, b: String)] {
        let theirs = Dictionary(b.cells.compactMap { c in c.value.map { (c.path, $0) } }, uniquingKeysWith: { first, _ in first })
        return a.cells.compactMap { cell in
            guard let x = cell.value, let y = theirs[cell.path], abs(x.value - y.value) > 1e-9 else { return nil }
            return (cell.path, x.text, y.text)
        }
    }

    /// Withdraws from `report` (a further reading) the cells the text's own two readings
    /// disputed, and adds the warnings that say why: the further reading reads the text again and
    /// would place one reading's number. Returns those cells.
    @discardableResult
    static func keepDisputes(of text: Report, in report: inout Report) -> Set<String> {
        let disputes = text.warnings.filter { $0.code == .readingsDiffer }
        let disputed = Set(disputes.flatMap(\.paths))
        guard !disputed.isEmpty else { return [] }
        report.withdraw(disputed)
        report.warnings += disputes
        return disputed
    }
}
