import Testing
import DocumentModel
import TextNormalization

@Suite struct RejoinTablesAcrossPagesTests {
    @Test func tableContinuingOnTheNextPageIsOne() {
        let a = Table(rows: [row([cell("规章", line: 1, page: 1), cell("1", line: 1, page: 1)])])
        let b = Table(rows: [row([cell("行政许可", line: 1, page: 2), cell("2", line: 1, page: 2)])])
        let (blocks, joins) = RejoinTablesAcrossPages().apply([.table(a), .table(b)])
        #expect(blocks.count == 1)
        #expect(joins == 1)
    }

    @Test func tablesSeparatedByProseStay() {
        let a = Table(rows: [row([cell("规章", page: 1)])])
        let b = Table(rows: [row([cell("行政许可", page: 2)])])
        let p = Paragraph(text: "三、收到和处理政府信息公开申请情况", refs: [SourceRef(page: 2, line: 1)])
        #expect(RejoinTablesAcrossPages().apply([.table(a), .paragraph(p), .table(b)]).blocks.count == 3)
    }
}
