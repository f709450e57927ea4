import Foundation
import Testing
@testable import PDFExtraction
import DocumentModel

/// How much of a page its pictures cover: the pages a PDF's conversion reads by OCR when its text
/// leaves template cells open (a table pasted in as a picture).
@Suite struct PictureShareTests {
    /// `Samples/prints/real-science-2024-picture-table` (`make_picture_tables.py`): 上海市科委's page
    /// printed with its applications table pasted in as a screenshot, on page 2.
    @Test func aTablePastedAsAPictureCoversMuchOfItsPage() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Samples/prints/real-science-2024-picture-table/report-chromium.pdf")
        let document = try PopplerDocumentHandle(path: url.path, password: nil)
        let shares = (0..<document.pageCount).map { i -> Double in
            guard let page = document.page(i) else { return -1 }
            return PicturePages.share(page.pictures(), width: page.size.width, height: page.size.height)
        }
        #expect(shares[1] >= 0.2, "\(shares)")
        #expect(shares.enumerated().allSatisfy { $0.offset == 1 || $0.element == 0 }, "\(shares)")
    }
}

/// A page read by OCR for its pictures keeps its text layer outside them.
@Suite struct PicturePagesMergeTests {
    func line(_ text: String, y: Double, x0: Double = 50, x1: Double = 500, confidence: Double? = nil) -> Line {
        Line(spans: [Span(text: text, x0: x0, x1: x1, confidence: confidence)], ref: SourceRef(page: 2, line: 0), y0: y, y1: y + 12)
    }

    /// Regression (上海市政府办公厅's page printed with its applications table pasted in as a
    /// picture at screen resolution): the page was read whole by OCR, and the review table below
    /// the picture, exact in the text layer, lost 6 of its 15 cells to the OCR reading. Lines
    /// outside the pictures are the text layer's, lines inside them the recognised ones.
    @Test func theTextLayerStandsOutsideThePictures() {
        let text = Page(number: 2, lines: [line("三、收到和处理政府信息公开申请情况", y: 40), line("（被盖住的文字）", y: 200),
                                           line("四、政府信息公开行政复议、行政诉讼情况", y: 700), line("5\t0\t2\t7", y: 730)],
                        width: 612, height: 792, origin: .textLayer)
        let recognised = Page(number: 2, lines: [line("三、收到和处埋政府信息公开申请情况", y: 41, confidence: 90),
                                                 line("一、本年新收政府信息公开申请数量\t821", y: 300, confidence: 92),
                                                 line("5\t0\t2\t1", y: 731, confidence: 80)],
                              width: 612, height: 792, origin: .ocr)
        let merged = PicturePages.merge(text: text, recognised: recognised, pictures: [PictureBox(x0: 33, y0: 100, x1: 546, y1: 650)])
        #expect(merged.lines.map(\.text) == ["三、收到和处理政府信息公开申请情况", "一、本年新收政府信息公开申请数量\t821",
                                             "四、政府信息公开行政复议、行政诉讼情况", "5\t0\t2\t7"])
        #expect(merged.lines.map(\.ref.line) == [1, 2, 3, 4] && merged.origin == .ocr)
        // A page the recognition turned is taken as recognised.
        var turned = recognised
        turned.quarterTurns = 1
        #expect(PicturePages.merge(text: text, recognised: turned, pictures: [PictureBox(x0: 33, y0: 100, x1: 546, y1: 650)]).lines.count == 3)
    }
}
