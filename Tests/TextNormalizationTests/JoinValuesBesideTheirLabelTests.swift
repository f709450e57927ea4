import Testing
import DocumentModel
import TextNormalization

@Suite struct JoinValuesBesideTheirLabelTests {
    /// Lines' vertical extents, by line number on page 1.
    func rule(_ extents: [Int: (Double, Double)]) -> JoinValuesBesideTheirLabel {
        var byRef: [SourceRef: LineExtent] = [:]
        for (line, e) in extents { byRef[SourceRef(page: 1, line: line)] = LineExtent(y0: e.0, y1: e.1) }
        return JoinValuesBesideTheirLabel(extents: byRef, matcher: ColumnMatcher(tolerance: 6))
    }

    let rows = Table(rows: [
        row([cell("8.属于行政查询事项", x: 160, line: 1)]),
        row([cell("4", x: 322, line: 2), cell("0", x: 386, line: 2), cell("0", x: 414, line: 2), cell("4", x: 558, line: 2)]),
        row([cell("（四）无1.本机关不掌握相关政府信息", x: 107, line: 3)]),
    ])

    /// Regression (a scan of 上海市科委's report printed with light grey rules, its rules not
    /// found): OCR read the values of （四）1.本机关不掌握相关政府信息 (`4 0 0 0 0 0 4`), set a little
    /// higher in their cells than the label, on a line before it. They went to the label before
    /// them, 8.属于行政查询事项: seven numbers in the wrong row, two of them wrong and marked certain.
    @Test func valuesReadBeforeTheLabelBesideThemJoinIt() {
        // The extents the scan gave (points).
        let repair = rule([1: (276.24, 292.32), 2: (293.52, 311.52), 3: (294.24, 318.72)]).apply(rows)
        #expect(texts(repair.table) == [["8.属于行政查询事项"], ["（四）无1.本机关不掌握相关政府信息", "4", "0", "0", "4"]])
        #expect(repair.repairs == 1)
        // The values keep their own line, the label its own.
        #expect(repair.table.rows[1].cells.map(\.ref.line) == [3, 2, 2, 2, 2])
    }

    @Test func valuesBesideTheRowBeforeStayWithIt() {
        // A tall row of values beside both label lines: the label's two lines, not two rows.
        let tall = rule([1: (100, 112), 2: (98, 130), 3: (116, 128)]).apply(rows)
        #expect(tall.repairs == 0)
        #expect(texts(tall.table) == texts(rows))
    }

    @Test func valuesBetweenTwoLabelsAreNotJoinedToEither() {
        // Centred between two label lines (a label wrapped over two lines): the later rules decide.
        let between = rule([1: (100, 112), 2: (108, 124), 3: (120, 132)]).apply(rows)
        #expect(between.repairs == 0)
    }

    @Test func aLabelWithValuesOfItsOwnBesideItAfterwardsTakesNone() {
        let own = Table(rows: rows.rows + [row([cell("6", x: 322, line: 4), cell("6", x: 558, line: 4)])])
        let repair = rule([1: (276, 292), 2: (293, 311), 3: (294, 318), 4: (296, 314)]).apply(own)
        #expect(repair.repairs == 0)
    }

    @Test func aLabelRightOfTheValuesIsNoRowLabel() {
        let right = Table(rows: [rows.rows[0], rows.rows[1], row([cell("注释", x: 600, line: 3)])])
        #expect(rule([1: (276, 292), 2: (293, 311), 3: (294, 318)]).apply(right).repairs == 0)
    }

    @Test func withoutExtentsNothingChanges() {
        #expect(rule([:]).apply(rows).repairs == 0)
        // Character columns of a text extract have no vertical extents either.
        #expect(rule([1: (276, 292), 3: (294, 318)]).apply(rows).repairs == 0)
    }
}
