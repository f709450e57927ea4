import Testing
import DocumentModel
import TextNormalization

/// Regression: a label wrapped around its values (head above, tail below) followed by another such
/// label, as LibreOffice prints narrow label columns (generated/t2021-mixed-serif, page 3).
@Suite struct WrappedLabelRegressionTests {
    func c(_ t: String, _ x0: Double, _ x1: Double, _ line: Int) -> Cell {
        Cell(text: t, raw: t, ref: SourceRef(page: 3, line: line), x0: x0, x1: x1)
    }

    @Test func consecutiveWrappedLabelsStayWithTheirValues() {
        let values: [(Double, Double)] = [(281, 286), (323, 329), (363, 369), (398, 404), (443, 449), (483, 489), (508, 518)]
        func valueRow(_ v: [String], _ line: Int) -> TableRow {
            TableRow(cells: zip(v, values).map { c($0, $1.0, $1.1, line) }, ref: SourceRef(page: 3, line: line))
        }
        let table = Table(rows: [
            TableRow(cells: [c("2.其他法律行政止公", 168, 261, 1)], ref: SourceRef(page: 3, line: 1)),
            valueRow(["4", "0", "5", "0", "0", "2", "11"], 2),
            TableRow(cells: [c("开", 209, 220, 3)], ref: SourceRef(page: 3, line: 3)),
            TableRow(cells: [c("3.危及“三安全一稳", 168, 261, 4)], ref: SourceRef(page: 3, line: 4)),
            valueRow(["8", "0", "0", "0", "0", "1", "9"], 5),
            TableRow(cells: [c("定”", 204, 225, 6)], ref: SourceRef(page: 3, line: 6)),
        ])
        let lexicon = Lexicon(["3.危及“三安全一稳定”", "2.其他法律行政法规禁止公开"])
        let m = ColumnMatcher(tolerance: 6)
        var t = JoinSplitHeaderCells(lexicon: lexicon, matcher: m).apply(table).table
        t = JoinVerticalLabels(matcher: m).apply(t).table
        t = JoinWrappedRowLabels(matcher: m).apply(t).table
        #expect(texts(t) == [["2.其他法律行政止公开", "4", "0", "5", "0", "0", "2", "11"],
                             ["3.危及“三安全一稳定”", "8", "0", "0", "0", "0", "1", "9"]])
    }
}
