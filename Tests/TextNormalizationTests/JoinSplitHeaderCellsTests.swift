import Testing
import DocumentModel
import TextNormalization

@Suite struct JoinSplitHeaderCellsTests {
    let rule = JoinSplitHeaderCells(lexicon: testLexicon, matcher: ColumnMatcher(tolerance: 1.5))

    @Test func headerCellWrappedOnTheNextLine() {
        let t = Table(rows: [
            row([cell("商业企业", x: 10, line: 1), cell("社会公", x: 20, line: 1), cell("法律服", x: 28, line: 1)]),
            row([cell("益组织", x: 20, line: 2), cell("务机构", x: 28, line: 2)]),
        ])
        let repair = rule.apply(t)
        let (out, joins) = (repair.table, repair.repairs)
        #expect(texts(out) == [["商业企业", "社会公益组织", "法律服务机构"]])
        #expect(joins == 2)
    }

    @Test func headerCellSplitAcrossPagesInTabFieldsThatShift() {
        // The seed: 社会公 (field 4) on one page, 益组织 (field 5) on the next.
        let t = Table(rows: [
            row(["", "", "商业企业", "科研机构", "社会公", "法律服", ""].enumerated().map { cell($1, field: $0, line: 1) }),
            row(["", "", "", "", "", "益组织", "务机构", "", "", ""].enumerated().map { cell($1, field: $0, line: 3, page: 2) }),
        ])
        #expect(texts(rule.apply(t).table) == [["商业企业", "科研机构", "社会公益组织", "法律服务机构"]])
    }

    @Test func resultHeadersStackedOverTwoLines() {
        let t = Table(rows: [
            row([cell("结果", x: 0, line: 1), cell("结果", x: 3, line: 1)]),
            row([cell("维持", x: 0, line: 2), cell("纠正", x: 3, line: 2)]),
        ])
        #expect(texts(rule.apply(t).table) == [["结果维持", "结果纠正"]])
    }

    @Test func verticalLabelOneCharacterPerLine() {
        let chars = ["三", "、", "本", "年", "度", "办", "理", "结", "果"]
        let t = Table(rows: chars.enumerated().map { i, c in row([cell(c, x: 0, line: i + 1), cell("\(i)", x: 30, line: i + 1)]) })
        let out = rule.apply(t).table
        #expect(out.rows[0].cells[0].text == "三、本年度办理结果")
        #expect(out.rows[1].cells.map(\.text) == ["", "1"])
    }

    @Test func fragmentsWithoutPositionsJoinAlongTheRow() {
        let t = Table(rows: [row([cell("自然"), cell("人"), cell("商业"), cell("企业"), cell("0")])])
        #expect(texts(rule.apply(t).table) == [["自然人", "商业企业", "0"]])
    }

    @Test func distinctLabelsAreNeverGlued() {
        let t = Table(rows: [row([cell("自然人", x: 0, line: 1)]), row([cell("商业企业", x: 0, line: 2)])])
        #expect(texts(rule.apply(t).table) == [["自然人"], ["商业企业"]])
    }
}
