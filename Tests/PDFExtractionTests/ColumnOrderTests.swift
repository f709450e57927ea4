import Testing
import DocumentModel
@testable import PDFExtraction

@Suite struct ColumnOrderTests {
    func line(_ spans: [(String, Double, Double)], _ n: Int) -> Line {
        Line(spans: spans.map { Span(text: $0.0, x0: $0.1, x1: $0.2) }, ref: SourceRef(page: 1, line: n))
    }

    @Test func twoColumnProseIsReadLeftColumnFirst() {
        let lines = (1...8).map { i in
            line([("左栏第\(i)行政府信息公开工作正文", 60, 280), ("右栏第\(i)行政府信息公开工作正文", 315, 535)], i)
        }
        let out = ColumnOrder().reorder(lines, pageWidth: 595)
        #expect(out.count == 16)
        #expect(out[0].spans[0].text.hasPrefix("左栏第1"))
        #expect(out[7].spans[0].text.hasPrefix("左栏第8"))
        #expect(out[8].spans[0].text.hasPrefix("右栏第1"))
        #expect(out.map(\.ref.line) == Array(1...16))
    }

    @Test func tablesAreLeftAlone() {
        let lines = (1...8).map { i in line([("行政许可", 60, 120), ("\(i)", 300, 306), ("\(i + 1)", 400, 406)], i) }
        #expect(ColumnOrder().reorder(lines, pageWidth: 595) == lines)
    }
}
