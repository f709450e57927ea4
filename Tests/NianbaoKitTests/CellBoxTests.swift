import Foundation
import Testing
@testable import NianbaoKit
import PDFExtraction
import ReportParsing

/// Every cell read from a PDF (text layer or OCR) says where on its page it was read.
@Suite struct CellBoxTests {
    static var pdfs: [String] { sampleInputs(extensions: ["pdf"]).filter { (try? truth(for: $0)) != nil } }
    static var bornDigital: [String] { pdfs.filter { !$0.hasSuffix("scanned.pdf") } }
    static var scans: [String] { pdfs.filter { $0.hasSuffix("scanned.pdf") } }

    @Test(arguments: bornDigital)
    func everyCellReadFromATextLayerHasABoxInsideItsPage(_ input: String) throws {
        try everyReadCellHasABoxInsideItsPage(input)
    }

    @Test(.enabled(if: OCRAvailability.languageDataInstalled, "tesseract chi_sim and eng data not installed"), arguments: scans)
    func everyCellReadByOCRHasABoxInsideItsPage(_ input: String) throws {
        try everyReadCellHasABoxInsideItsPage(input)
    }

    /// `bbox` present and inside its page for every cell read (a value, a note or text), with the
    /// page's size in the report; the boxes of a row's values side by side on one line.
    func everyReadCellHasABoxInsideItsPage(_ input: String) throws {
        let c = try convertSample(input)
        let pages = Dictionary(uniqueKeysWithValues: c.clean.pages.map { ($0.number, $0) })
        var read = 0
        for cell in c.report.cells where [.value, .note, .text].contains(cell.status) {
            read += 1
            let box = try #require(cell.bbox, "\(input) \(cell.path): no bbox")
            let page = try #require(cell.ref.flatMap { pages[$0.page] })
            let width = try #require(page.width), height = try #require(page.height)
            #expect(box.count == 4)
            #expect(0 <= box[0] && box[0] < box[2] && box[2] <= width, "\(input) \(cell.path): \(box) in \(width) wide")
            #expect(0 <= box[1] && box[1] < box[3] && box[3] <= height, "\(input) \(cell.path): \(box) in \(height) high")
        }
        #expect(read > 0, "\(input): no cell read")
        // The first row of the requests table: its values side by side on one line.
        let row = c.report.cells.filter { $0.path.hasPrefix("requests.new_received.") && $0.bbox != nil }.compactMap(\.bbox)
        if row.count >= 2 {
            for (a, b) in zip(row, row.dropFirst()) {
                #expect(a[2] <= b[0] + 1, "\(input): \(a) not left of \(b)")
                #expect(abs((a[1] + a[3]) / 2 - (b[1] + b[3]) / 2) < 8, "\(input): \(a) and \(b) not on one line")
            }
        }
    }

    /// Text extracts and web pages have no positions in points: no box, and no page size.
    @Test func extractsAndWebPagesHaveNoBoxes() throws {
        for input in ["Samples/synthetic-11/plumber.txt", "Samples/real-pingtan-2020/source.html"] {
            let c = try convertSample(input)
            #expect(c.report.cells.allSatisfy { $0.bbox == nil }, "\(input)")
            #expect(c.clean.pages.allSatisfy { $0.width == nil && $0.height == nil }, "\(input)")
            #expect(c.report.cells.contains { $0.status == .value && $0.ref?.line != nil })
        }
    }
}
