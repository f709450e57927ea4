import Testing
import DocumentModel
import TextNormalization

@Suite struct JoinVerticalLabelsTests {
    @Test func unknownVerticalLabelIsJoined() {
        let chars = ["办", "理", "情", "况"]
        let t = Table(rows: chars.enumerated().map { i, c in row([cell(c, x: 0, line: i + 1), cell("项目\(i)", x: 4, line: i + 1)]) })
        let repair = JoinVerticalLabels(matcher: ColumnMatcher(tolerance: 1.5)).apply(t)
        let (out, joins) = (repair.table, repair.repairs)
        #expect(out.rows[0].cells[0].text == "办理情况")
        #expect(joins == 3)
    }

    @Test func twoShortLabelsAreNotAVerticalLabel() {
        let t = Table(rows: [row([cell("规章", x: 0, line: 1)]), row([cell("其他", x: 0, line: 2)])])
        #expect(JoinVerticalLabels(matcher: ColumnMatcher(tolerance: 1.5)).apply(t).repairs == 0)
    }
}
