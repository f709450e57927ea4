import Foundation
import Testing
@testable import NianbaoKit
import PDFExtraction
import ReportParsing

/// A number the page's model cannot read at all, read by the Latin model alone.
@Suite struct LatinDigitsTests {
    static let scan = "Samples/scans/real-office-2019-chromium-200dpi/scanned.pdf"

    /// Regression (the 2019 report's Chromium print scanned at 200 dpi, a probe of seed 20, kept
    /// as this scan): the `1` of 予以公开's legal-service organisations, a `1` with a foot alone in
    /// a wide cell, read `i` as prose and nothing as digits (line, word, character; stretched too)
    /// with chi_sim+eng, so the cell stood for an unreadable number and stayed null. The Latin
    /// model alone reads `1`; a number found only so is in doubt. Since cells' grey paper is made
    /// white the page's model reads this `1` itself; the Latin model's reading is tested on the
    /// cell as it was found, its paper left grey.
    @Test(.enabled(if: OCRAvailability.languageDataInstalled, "tesseract chi_sim and eng data not installed"))
    func aOneWithAFootAloneInAWideCellIsReadByTheLatinModelInDoubt() throws {
        let path = "requests.granted.legal_service"
        var grey = ConvertOptions()
        grey.ocr.tuning.cellPaperWhitened = false
        grey.pages = PageSelection("5")
        let cell = try #require(try convertSample(Self.scan, options: grey).report.cells.first { $0.path == path })
        #expect(cell.value?.value == 1 && cell.uncertain, "\(cell.raw) \(cell.status) uncertain \(cell.uncertain)")
        // The case it guards: without the Latin model's reading the cell is not read.
        var without = grey
        without.ocr.tuning.latinDigitsWhenUnread = false
        let unread = try #require(try convertSample(Self.scan, options: without).report.cells.first { $0.path == path })
        #expect(unread.value == nil, "read \(unread.raw) without the Latin model: the fixture no longer shows the confusion")
        // With its paper white, the page's model reads it.
        var white = ConvertOptions()
        white.pages = PageSelection("5")
        let read = try #require(try convertSample(Self.scan, options: white).report.cells.first { $0.path == path })
        #expect(read.value?.value == 1, "\(read.raw) \(read.status)")
    }
}
