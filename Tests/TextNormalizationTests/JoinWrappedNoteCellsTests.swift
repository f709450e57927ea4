import Testing
import DocumentModel
import TextNormalization

@Suite struct JoinWrappedNoteCellsTests {
    let rule = JoinWrappedNoteCells(matcher: ColumnMatcher(tolerance: 1.5))

    /// generated/t2021-narrow-wqy: the in-force count and its note print above and below the row.
    @Test func noteWrappedAroundItsRow() {
        let t = Table(rows: [
            row([cell("54（其中修订 2", x: 33, line: 1)]),
            row([cell("规章", x: 2, line: 2), cell("8", x: 12, line: 2), cell("36", x: 21, line: 2)]),
            row([cell("件）", x: 38, line: 3)]),
        ])
        let repair = rule.apply(t)
        let (out, joins) = (repair.table, repair.repairs)
        #expect(texts(out) == [["规章", "8", "36", "54（其中修订 2件）"]])
        #expect(joins == 1)
    }

    @Test func aValueAboveARowIsNotMovedWithoutAnOpenNote() {
        let t = Table(rows: [
            row([cell("54", x: 33, line: 1)]),
            row([cell("规章", x: 2, line: 2), cell("8", x: 12, line: 2)]),
        ])
        #expect(rule.apply(t).repairs == 0)
    }
}
