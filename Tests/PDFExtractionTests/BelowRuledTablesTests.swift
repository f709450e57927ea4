import DocumentModel
import Testing
@testable import PDFExtraction

/// The line of prose right below a table drawn with rules starts a block of its own.
@Suite struct BelowRuledTablesTests {
    func grid(left: Int, right: Int, bottom: Int, ruledBottom: Bool = true) -> TableGrid {
        var g = TableGrid()
        g.left = left
        g.right = right
        g.top = 100
        g.bottom = bottom
        g.ruledBottom = ruledBottom
        return g
    }

    func line(_ text: String, top: Int, x0: Double, x1: Double) -> OCRPageReader.PixelLine {
        OCRPageReader.PixelLine(top: top, bottom: top + 45, spans: [Span(text: text, x0: x0, x1: x1)])
    }

    /// Regression (上海市科委 2024 printed with dashed rules, 300 dpi, seed-38 probe): the heading
    /// between the requests table and the review table read `言息公开行政复议、行政诉讼情况`, its
    /// `三、政府信` lost, and was joined to `四、结转下年度继续办理` as the tail of its label; the
    /// joined label was taken for the review table's row, and both tables' last rows were lost
    /// (21 cells). The line under the table's closing rule is under a rule: marked `ruledAbove`,
    /// it continues no cell. Only the first line below, over the table's columns; not below a
    /// table whose last row runs on to the page's end (no rule closes it).
    @Test func theLineUnderATablesClosingRuleIsUnderARule() {
        let table = grid(left: 140, right: 2410, bottom: 2463)
        var lines = [
            line("言息公开行政复议、行政诉讼情况", top: 2520, x0: 141, x1: 1000),
            line("（一）主要问题", top: 3000, x0: 141, x1: 500),
            line("第一页", top: 2470, x0: 2500, x1: 2600),   // beside the table, not over it
            line("标题", top: 50, x0: 141, x1: 500),          // above it
        ]
        OCRPageReader.markingLinesBelowRuledGrids(&lines, grids: [table])
        #expect(lines.map { $0.spans[0].ruledAbove } == [true, false, false, false])

        var open = lines.map { l in var l = l; l.spans[0].ruledAbove = false; return l }
        OCRPageReader.markingLinesBelowRuledGrids(&open, grids: [grid(left: 140, right: 2410, bottom: 2463, ruledBottom: false)])
        #expect(open.allSatisfy { !$0.spans[0].ruledAbove })
    }

    /// Spans of the line beside the table's columns are not under its rule.
    @Test func onlyTheSpansOverTheTableAreUnderItsRule() {
        var lines = [OCRPageReader.PixelLine(top: 520, bottom: 560, spans: [Span(text: "附件", x0: 100, x1: 400),
                                                                             Span(text: "页边注", x0: 1300, x1: 1500)])]
        OCRPageReader.markingLinesBelowRuledGrids(&lines, grids: [grid(left: 90, right: 1200, bottom: 500)])
        #expect(lines[0].spans.map(\.ruledAbove) == [true, false])
    }
}
