import Foundation
import Testing
import DocumentModel
@testable import NianbaoKit
import PDFExtraction
import ReportParsing
import TextInput

/// A searchable scan: its text layer was made by another program's OCR and lies, invisible, over
/// the scanned page. Read as a text layer, its numbers were printed as certain, misreadings and
/// all: on `Samples/scans/real-science-2024-searchable` (its layer reading 97 as 91 and 35 as 85)
/// two wrong numbers marked certain. The scanned pages are now read by our OCR, which is the
/// report; where the two readings differ neither number is printed.
@Suite struct ScanTextLayerTests {
    /// The shared synthetic report's pdfplumber extract, edited, as a reading of a PDF: its text
    /// layer over scans (`ocr` false) or our OCR of the scans (`ocr` true).
    func document(ocr: Bool, _ edit: (String) -> String = { $0 }) throws -> Document {
        let text = try String(contentsOf: repoRoot.appendingPathComponent("Samples/synthetic-11/plumber.txt"), encoding: .utf8)
        let edited = edit(text)
        #expect(edited != text || edit("x") == "x", "the edit changed nothing")
        var doc = try ExtractReader.read(edited, path: "r.pdf", encoding: .utf8)
        doc.source.kind = .pdf
        for p in doc.pages.indices {
            doc.pages[p].origin = ocr ? .ocr : .textLayer
            doc.pages[p].ocrReason = ocr ? .scanTextLayer : nil
            doc.pages[p].textLayerOverScan = true
        }
        return doc
    }

    static let row = "（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t\t0\t12\t0\t0\t0\t2\t14"

    /// The text layer misread （二）'s total 14 as 41.
    func misread(_ text: String) -> String { text.replacingOccurrences(of: Self.row, with: Self.row.dropLast(2) + "41") }

    func convert(layer: Document, ocr: Document, options: ConvertOptions = ConvertOptions()) throws -> Conversion {
        try Nianbao.convertPDF(options: options, path: "r.pdf") { _, _, pictures in pictures ? ocr : layer }
    }

    @Test func aNumberTheTextLayerMisreadIsNotPrinted() throws {
        let c = try convert(layer: try document(ocr: false, misread), ocr: try document(ocr: true))
        let cell = try #require(c.report.cell("requests.partially_granted.total"))
        #expect(cell.value == nil && cell.status == .unplaced)
        let warning = try #require(c.report.warnings.first { $0.code == .readingsDiffer })
        #expect(warning.paths == ["requests.partially_granted.total"])
        #expect(warning.message.contains("requests.partially_granted.total (text layer 41, OCR 14)"))
        // The rest is the OCR reading, as it read it.
        #expect(c.document.pages.allSatisfy { $0.ocrReason == .scanTextLayer })
        #expect(c.report.cell("requests.granted.total")?.value?.value == 13)
        #expect(!c.report.cells.contains { $0.uncertain })
    }

    /// With `--ruled-tables always` or `never` the PDF is read once, not twice, and a searchable
    /// scan is still read again by OCR.
    @Test(arguments: [RuledTablesMode.always, .never])
    func aScanIsReadAgainWhateverTheRuledTablesMode(_ mode: RuledTablesMode) throws {
        var options = ConvertOptions()
        options.ruledTables = mode
        let c = try convert(layer: try document(ocr: false, misread), ocr: try document(ocr: true), options: options)
        #expect(c.report.cell("requests.partially_granted.total")?.value == nil)
        #expect(c.document.pages.allSatisfy { $0.ocrReason == .scanTextLayer })
        #expect(c.report.warnings.contains { $0.code == .readingsDiffer && $0.message.contains("(text layer 41, OCR 14)") })
    }

    @Test func aNumberOnlyTheTextLayerGivesIsNamedNotPrinted() throws {
        // Our OCR lost the row 规章 of the first table; the text layer has it.
        let c = try convert(layer: try document(ocr: false), ocr: try document(ocr: true) { $0.replacingOccurrences(of: "规章", with: "") })
        let lost = c.report.cells.filter { $0.path.hasPrefix("active_disclosure.regulations.") }
        #expect(!lost.isEmpty && lost.allSatisfy { $0.value == nil })
        let warning = try #require(c.report.warnings.first { $0.code == .scanTextLayer })
        #expect(Set(warning.paths) == Set(lost.map(\.path)))
        #expect(warning.message.contains("they are not printed"))
        #expect(!c.report.warnings.contains { $0.code == .readingsDiffer })
    }

    @Test func readingsThatAgreeGiveTheOCRReadingWithoutWarnings() throws {
        let c = try convert(layer: try document(ocr: false), ocr: try document(ocr: true))
        #expect(!c.report.warnings.contains { $0.code == .scanTextLayer || $0.code == .readingsDiffer })
        #expect(c.report.cell("requests.partially_granted.total")?.value?.value == 14)
    }

    /// Where OCR cannot check the text layer (here `--ocr never`), its numbers are printed, each
    /// marked uncertain, and a warning says why.
    @Test func withoutOCRTheTextLayersNumbersAreUncertain() throws {
        var options = ConvertOptions()
        options.ocr.mode = .never
        let c = try convert(layer: try document(ocr: false, misread), ocr: try document(ocr: true), options: options)
        let placed = c.report.cells.filter { $0.value != nil }
        #expect(placed.count > 100 && placed.allSatisfy(\.uncertain))
        #expect(c.report.cell("requests.partially_granted.total")?.value?.value == 41)
        let warning = try #require(c.report.warnings.first { $0.code == .scanTextLayer })
        #expect(warning.message.contains("--ocr never") && warning.message.contains("marked uncertain"))
    }

    /// Regression (found on first trying `--ocr always`): pages OCR'd in the first reading kept
    /// the mark of their text layer, and their OCR numbers were then marked uncertain as if they
    /// were the text layer's.
    @Test func pagesOCRdAnywayAreNotCheckedAgain() throws {
        let ocr = try document(ocr: true)
        let c = try Nianbao.convertPDF(options: ConvertOptions(), path: "r.pdf") { _, _, pictures in
            #expect(!pictures, "read again though no page is a text layer")
            return ocr
        }
        #expect(!c.report.cells.contains { $0.uncertain })
        #expect(!c.report.warnings.contains { $0.code == .scanTextLayer })
    }

    /// End to end, on the kept searchable scan: neither misreading is printed.
    @Test(.enabled(if: OCRAvailability.languageDataInstalled, "tesseract chi_sim and eng data not installed"))
    func theKeptSearchableScansMisreadingsAreNotPrinted() throws {
        let c = try convertSample("Samples/scans/real-science-2024-searchable/scanned.pdf")
        #expect(c.document.pages.allSatisfy { $0.ocrReason == .scanTextLayer })
        for (path, misread) in [("active_disclosure.licensing.decisions", 91.0), ("requests.total.total", 85.0)] {
            #expect(c.report.cell(path)?.value?.value != misread, "\(path)")
        }
        #expect(c.report.warnings.contains { $0.code == .readingsDiffer && $0.paths.contains("requests.total.total") })
    }
}
