import Testing
import DocumentModel
import TextNormalization

@Suite struct JoinWrappedRowLabelsTests {
    let rule = JoinWrappedRowLabels(matcher: ColumnMatcher(tolerance: 1.5))

    @Test func tailGoesToTheRowAbove() {
        let t = Table(rows: [
            row([cell("5.要求行政机关确认或重新出具已", x: 14, line: 1), cell("0", x: 40, line: 1), cell("35", x: 46, line: 1)]),
            row([cell("获取信息", x: 14, line: 2)]),
        ])
        let repair = rule.apply(t)
        let (out, joins) = (repair.table, repair.repairs)
        #expect(texts(out) == [["5.要求行政机关确认或重新出具已获取信息", "0", "35"]])
        #expect(joins == 1)
    }

    @Test func headStartingAnItemGoesToTheRowBelow() {
        let t = Table(rows: [
            row([cell("（一）予以公开", x: 12, line: 1), cell("0", x: 30, line: 1)]),
            row([cell("2.其他法律行政法规禁止", x: 13, line: 2)]),
            row([cell("4", x: 30, line: 3)]),
            row([cell("公开", x: 17, line: 4)]),
        ])
        #expect(texts(rule.apply(t).table) == [["（一）予以公开", "0"], ["2.其他法律行政法规禁止公开", "4"]])
    }

    @Test func headIsPrependedToTheLabelBelow() {
        let t = Table(rows: [
            row([cell("（二）部分公开（区分处理", x: 7, line: 1)]),
            row([cell("的，只计这一情形", x: 7, line: 2), cell("15", x: 30, line: 2)]),
        ])
        #expect(texts(rule.apply(t).table) == [["（二）部分公开（区分处理的，只计这一情形", "15"]])
    }

    @Test func titleAboveAHeaderRowStays() {
        let t = Table(rows: [
            row([cell("第二十条第（一）项", x: 12, line: 1)]),
            row([cell("信息内容", x: 1, line: 2), cell("本年制发件数", x: 11, line: 2)]),
        ])
        #expect(rule.apply(t).repairs == 0)
    }
}

/// Regression (t2019-chromium-web): a wrapped label without an item number above a label-less row
/// of values was taken for the tail of the row above (`行政许可其他对外管理服`).
@Suite struct HeadWithoutItemNumberTests {
    @Test func labelAboveALabelLessValueRowIsItsHead() {
        let rule = JoinWrappedRowLabels(matcher: ColumnMatcher(tolerance: 6))
        let t = Table(rows: [
            row([cell("行政许可", x: 60, line: 1), cell("43", x: 200, line: 1)]),
            row([cell("其他对外管理服", x: 60, line: 2)]),
            row([cell("259", x: 200, line: 3)]),
            row([cell("务事项", x: 66, line: 4)]),
        ])
        #expect(texts(rule.apply(t).table) == [["行政许可", "43"], ["其他对外管理服务事项", "259"]])
    }
}
