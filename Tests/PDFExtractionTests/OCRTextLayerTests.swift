import Foundation
import Testing
@testable import PDFExtraction
import DocumentModel

/// A text layer another program's OCR laid over a scan (a "searchable" scan) is told from one a
/// document was written in, so that its numbers are not printed as certain.
@Suite struct OCRTextLayerTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func theFontOCRProgramsSetInvisibleTextInIsKnownWithASubsetPrefix() {
        #expect(OCRTextLayer.isOCRFont("GlyphLessFont"))
        #expect(OCRTextLayer.isOCRFont("ABCDEF+GlyphLessFont"))
        #expect(!OCRTextLayer.isOCRFont("BAAAAA+NotoSerifCJKjp-Regular"))
        #expect(!OCRTextLayer.isOCRFont("Default"))
    }

    @Test func producersThatNameAnOCRProgram() {
        #expect(OCRTextLayer.madeByOCRProgram("ABBYY FineReader PDF 15\nABBYY FineReader"))
        #expect(OCRTextLayer.madeByOCRProgram("pikepdf 8.0\nocrmypdf 15.4.0 / Tesseract OCR-PDF 5.3.0"))
        #expect(OCRTextLayer.madeByOCRProgram("Tesseract 5.3.0"))
        #expect(OCRTextLayer.madeByOCRProgram("RICOH IM C3000"))
        #expect(OCRTextLayer.madeByOCRProgram("KONICA MINOLTA bizhub C300i"))
        for office in ["WPS 文字\nWPS Office", "Microsoft® Word 2016", "LibreOffice 7.4", "Skia/PDF m156\nMozilla/5.0 (X11; Linux x86_64) HeadlessChrome/156", ""] {
            #expect(!OCRTextLayer.madeByOCRProgram(office), "\(office)")
        }
    }

    /// `Samples/scans/real-science-2024-searchable` (`make_searchable_scans.py`): each page a scan
    /// with the words laid over it invisibly in `GlyphLessFont`.
    @Test func aSearchableScansPagesAreMarkedAndABornDigitalPrintsAreNot() throws {
        var options = PDFExtractionOptions()
        options.ocr.mode = .never
        let scan = try PDFExtractor.read(path: Self.root.appendingPathComponent("Samples/scans/real-science-2024-searchable/scanned.pdf").path,
                                         sha256: nil, options: options)
        #expect(scan.pages.count == 3)
        #expect(scan.pages.allSatisfy { $0.origin == .textLayer && $0.textLayerOverScan })
        let print = try PDFExtractor.read(path: Self.root.appendingPathComponent("Samples/real-shanghai-science-2024/report-chromium.pdf").path,
                                          sha256: nil, options: options)
        #expect(print.pages.allSatisfy { $0.origin == .textLayer && !$0.textLayerOverScan })
        // A picture print: a page mostly covered by a picture, but its text is the document's.
        let picture = try PDFExtractor.read(path: Self.root.appendingPathComponent("Samples/prints/real-science-2024-picture-table/report-chromium.pdf").path,
                                            sha256: nil, options: options)
        #expect(picture.pages.allSatisfy { !$0.textLayerOverScan })
    }
}
