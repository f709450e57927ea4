import Testing
import DocumentModel
import TextNormalization

@Suite struct JoinRowsSplitAcrossPagesTests {
    @Test func labelOnOnePageValuesOnTheNext() {
        let t = Table(rows: [
            row([cell("4.保护第三方合法权益", line: 9, page: 1)]),
            row([cell("0", line: 1, page: 2), cell("1", line: 1, page: 2)]),
        ])
        let repair = JoinRowsSplitAcrossPages().apply(t)
        let (out, joins) = (repair.table, repair.repairs)
        #expect(texts(out) == [["4.保护第三方合法权益", "0", "1"]])
        #expect(joins == 1)
    }

    @Test func rowsOnTheSamePageStay() {
        let t = Table(rows: [row([cell("规章", line: 1)]), row([cell("0", line: 2)])])
        #expect(JoinRowsSplitAcrossPages().apply(t).repairs == 0)
    }
}
