import Foundation
import Testing
@testable import PDFExtraction

/// How much of a page its pictures cover: the pages a PDF's conversion reads by OCR when its text
/// leaves template cells open (a table pasted in as a picture).
@Suite struct PictureShareTests {
    /// `Samples/prints/real-science-2024-picture-table` (`make_picture_tables.py`): 上海市科委's page
    /// printed with its applications table pasted in as a screenshot, on page 2.
    @Test func aTablePastedAsAPictureCoversMuchOfItsPage() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Samples/prints/real-science-2024-picture-table/report-chromium.pdf")
        let document = try PopplerDocumentHandle(path: url.path, password: nil)
        let shares = (0..<document.pageCount).map { document.page($0)?.pictureShare() ?? -1 }
        #expect(shares[1] >= 0.2, "\(shares)")
        #expect(shares.enumerated().allSatisfy { $0.offset == 1 || $0.element == 0 }, "\(shares)")
    }
}
