import Foundation
import Testing
@testable import NianbaoKit
import PDFExtraction
import ReportParsing

/// `nianbao review`'s page: self-contained, every template cell present with its `data-path`,
/// page images and cell boxes where the source has pages.
@Suite struct ReviewPageTests {
    func review(_ input: String) throws -> (Conversion, String) {
        let r = try Nianbao.review(files: [repoRoot.appendingPathComponent(input).path])
        return (r.conversion, r.html)
    }

    func occurrences(_ needle: String, in html: String) -> Int { html.components(separatedBy: needle).count - 1 }

    /// Every cell of the printed template tables appears once as a table cell with its path, and
    /// as a box on the page where it has one; every page has its image; nothing is fetched.
    func checkStructure(_ c: Conversion, _ html: String, pageImages: Bool) throws {
        #expect(html.hasPrefix("<!doctype html>"))
        for key in ["active_disclosure", "requests", "review_litigation"] {
            let blocks = try #require(TemplateTables.blocks(c.report, table: key))
            for path in blocks.flatMap({ $0.rows.flatMap(\.paths) }) {
                #expect(html.contains("data-path=\"\(path)\" tabindex=\"0\""), "\(path) has no table cell")
            }
        }
        let cellsInTables = occurrences("tabindex=\"0\"", in: html)
        #expect(cellsInTables == c.report.cells.count, "\(cellsInTables) table cells for \(c.report.cells.count) report cells")
        let boxes = occurrences("<a class=\"box ", in: html)
        #expect(boxes == (pageImages ? c.report.cells.filter { $0.bbox != nil }.count : 0))
        #expect(occurrences("<img ", in: html) == (pageImages ? c.clean.pages.count : 0))
        if pageImages { #expect(boxes > 0) }
        // Self-contained: no external image, style sheet, script or font.
        for external in ["src=\"http", "href=\"http", "<link", "url(", "@import", "<script src"] {
            #expect(!html.contains(external), "\(external)")
        }
        // Each failed check lists its cells.
        for check in c.report.checks where check.status == .fail {
            #expect(html.contains("data-paths=\"\(check.values.map(\.path).joined(separator: " "))\""))
        }
    }

    @Test func aBornDigitalPDFShowsItsPagesAndBoxes() throws {
        let (c, html) = try review("Samples/real-shanghai-office-2019/report-chromium.pdf")
        try checkStructure(c, html, pageImages: true)
        #expect(occurrences("src=\"data:image/png;base64,", in: html) == c.clean.pages.count)
        // A printed value in its table cell, with its status.
        #expect(html.contains("<td class=\"cell read\" data-path=\"requests.new_received.natural_person\""))
        #expect(html.contains(">821</td>"))
    }

    @Test(.enabled(if: OCRAvailability.languageDataInstalled, "tesseract chi_sim and eng data not installed"))
    func aScanShowsUncertainAndFailedCells() throws {
        let (c, html) = try review("Samples/scans/t2021-narrow-seal/scanned.pdf")
        try checkStructure(c, html, pageImages: true)
        #expect(c.report.cells.contains { $0.uncertain })
        #expect(html.contains("<a class=\"box read uncertain"))
        #expect(html.contains(" failed\" data-path="))
    }

    /// Regression: a scan fed sideways was shown as scanned while its boxes are in the page as
    /// read (upright), so no box lay on its cell. The image is now turned the way it was read.
    @Test(.enabled(if: OCRAvailability.languageDataInstalled, "tesseract chi_sim and eng data not installed"))
    func aScanFedSidewaysIsShownTheWayItWasRead() throws {
        let (c, html) = try review("Samples/scans/synthetic-22-sideways/scanned.pdf")
        let turns = Set(c.clean.pages.map(\.quarterTurns))
        #expect(turns.count == 1 && [1, 3].contains(turns.first!))
        #expect(occurrences("class=\"quarter\" style=\"width: ", in: html) == c.clean.pages.count)
        #expect(html.contains("rotate(\(turns.first! * 90)deg)"))
    }

    @Test func aTextExtractHasNoPagesButEveryCellAndItsSourceLine() throws {
        let (c, html) = try review("Samples/synthetic-11/plumber.txt")
        try checkStructure(c, html, pageImages: false)
        let cell = try #require(c.report.cell("requests.new_received.natural_person"))
        let ref = try #require(cell.ref)
        #expect(html.contains("第\(ref.page)页 第\(ref.line)行"))
    }

    @Test func markupInTheSourceIsEscaped() {
        #expect(ReviewPage.escape("<b>\"x\" & 'y'</b>") == "&lt;b&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/b&gt;")
    }
}
