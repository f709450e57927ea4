import Testing
import DocumentModel
import TextNormalization

@Suite struct DropRepeatedHeaderRowsTests {
    @Test func headerRepeatedAtTheTopOfTheNextPageIsDropped() {
        let header = ["申请人情况", "自然人", "总计"]
        let t = Table(rows: [
            row(header.map { cell($0, line: 1, page: 1) }),
            row([cell("一、本年新收政府信息公开申请数量", line: 2, page: 1), cell("0", line: 2, page: 1)]),
            row(header.map { cell($0, line: 1, page: 2) }),
            row([cell("（七）总计", line: 2, page: 2), cell("0", line: 2, page: 2)]),
        ])
        let repair = DropRepeatedHeaderRows().apply(t)
        let (out, dropped) = (repair.table, repair.repairs)
        #expect(dropped == 1)
        #expect(out.rows.count == 3)
    }
}
