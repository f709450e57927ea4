import Foundation
import Testing
@testable import NianbaoKit
import DocumentModel
import PDFExtraction

/// A table pasted into a born-digital report as a picture: its numbers are in no text layer, so the
/// page is read by OCR when the text leaves template cells open.
@Suite struct PicturePagesTests {
    /// `make_picture_tables.py`: 上海市科委's 2024 page printed by Chromium with its applications
    /// table pasted in as a screenshot (page 2).
    static let sample = "Samples/prints/real-science-2024-picture-table/report-chromium.pdf"

    /// Regression (the picture-table prints of the three real reports): the text layer has the
    /// prose and the other tables, and nothing where the applications table is drawn, so 170 of
    /// 200 cells were null (`table-missing`) although the page shows every number.
    @Test(.enabled(if: OCRAvailability.languageDataInstalled, "tesseract chi_sim and eng data not installed"))
    func aTablePastedAsAPictureIsReadByOCR() throws {
        let expected = try #require(try truth(for: Self.sample))
        let conversion = try convertSample(Self.sample)
        let s = SampleAccuracyTests.score(conversion.report, against: expected)
        #expect(s.wrong.isEmpty, "\(s.wrong.prefix(5))")
        #expect(s.missing == 0)
        let pages = conversion.document.pages
        #expect(pages.filter { $0.ocrReason == .picture }.map(\.number) == [2])
        #expect(pages.filter { $0.number != 2 }.allSatisfy { $0.origin == .textLayer })

        // Without the reading of pictures: the table is null, and no number is wrong.
        var options = ConvertOptions()
        options.picturePageShare = nil
        let text = try convertSample(Self.sample, options: options)
        let t = SampleAccuracyTests.score(text.report, against: expected)
        #expect(t.wrong.isEmpty && t.missing >= 150, "\(t.missing) missing, \(t.wrong.prefix(3))")
        #expect(text.document.pages.allSatisfy { $0.origin == .textLayer })
    }

    /// Regression (`make_picture_tables.py --table 2`: section 四's review table pasted in, a
    /// picture 513 by 97 points, 0.099 of the page, measured with `pdfimages -list`): with pictures
    /// looked for from a fifth of the page, its 15 cells stayed null on all three real pages. The
    /// share must let a table one row high in: a seal covers about 3 % of a page.
    @Test func aPictureOfSectionFoursTableIsLookedFor() {
        let share = ConvertOptions().picturePageShare
        #expect(share.map { $0 <= 0.099 && $0 > 0.03 } == true, "\(String(describing: share))")
    }
}
