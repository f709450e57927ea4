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
    /// model alone reads `1`; a number found only so is in doubt.
    @Test(.enabled(if: OCRAvailability.languageDataInstalled, "tesseract chi_sim and eng data not installed"))
    func aOneWithAFootAloneInAWideCellIsReadByTheLatinModelInDoubt() throws {
        let path = "requests.granted.legal_service"
        let cell = try #require(try convertSample(Self.scan).report.cells.first { $0.path == path })
        #expect(cell.value?.value == 1 && cell.uncertain, "\(cell.raw) \(cell.status) uncertain \(cell.uncertain)")
        // The case it guards: without the Latin model's reading the cell is not read.
        var options = ConvertOptions()
        options.ocr.tuning.latinDigitsWhenUnread = false
        options.pages = PageSelection("5")
        let without = try #require(try convertSample(Self.scan, options: options).report.cells.first { $0.path == path })
        #expect(without.value == nil, "read \(without.raw) without the Latin model: the fixture no longer shows the confusion")
    }
}
