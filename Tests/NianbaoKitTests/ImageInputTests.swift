import Foundation
import Testing
@testable import NianbaoKit
import PDFExtraction

/// Reports published as images of their pages: read by OCR as one report, in the order given.
/// The images are the JPEGs inside a scanned sample (`jpegs(in:)`), so no image is committed.
@Suite struct ImageInputTests {
    static let scan = "Samples/scans/t2019-ukai-200dpi/scanned.pdf"

    /// The data of every `/DCTDecode` stream of a PDF: the JPEG files it holds, in file order.
    static func jpegs(in relative: String) throws -> [[UInt8]] {
        let pdf = [UInt8](try Data(contentsOf: repoRoot.appendingPathComponent(relative)))
        let text = String(decoding: pdf.map { $0 < 0x80 ? $0 : 0x3F }, as: UTF8.self)   // one character per byte
        var out: [[UInt8]] = []
        var search = text.startIndex
        while let filter = text[search...].firstRange(of: "/DCTDecode") {
            guard let keyword = text[filter.upperBound...].firstRange(of: "stream") else { break }
            var start = text.utf8.distance(from: text.startIndex, to: keyword.upperBound)
            if pdf[start] == 0x0D { start += 1 }
            if pdf[start] == 0x0A { start += 1 }
            guard let end = text[keyword.upperBound...].firstRange(of: "endstream") else { break }
            let stop = text.utf8.distance(from: text.startIndex, to: end.lowerBound)
            out.append(Array(pdf[start..<stop]))
            search = end.upperBound
        }
        return out
    }

    @Test func imagesAreRecognisedByTheirFirstBytes() {
        #expect(ImageExtractor.looksLikeImage([0xFF, 0xD8, 0xFF, 0xE0]))
        #expect(ImageExtractor.looksLikeImage([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0]))
        #expect(ImageExtractor.looksLikeImage(Array("II*\u{0}xxxx".utf8)) && ImageExtractor.looksLikeImage(Array("MM\u{0}*xxxx".utf8)))
        #expect(ImageExtractor.looksLikeImage(Array("RIFF\u{0}\u{0}\u{0}\u{0}WEBPVP8 ".utf8)))
        #expect(!ImageExtractor.looksLikeImage(Array("%PDF-1.7".utf8)))
        #expect(!ImageExtractor.looksLikeImage(Array("BMW 报告".utf8)))
        #expect(!ImageExtractor.looksLikeImage(Array("一、总体情况".utf8)))
    }

    @Test(.enabled(if: OCRAvailability.languageDataInstalled, "tesseract chi_sim and eng data not installed"))
    func pageImagesInOrderAreOneReport() throws {
        let pages = try Self.jpegs(in: Self.scan)
        #expect(pages.count == 3)
        let c = try Nianbao.convert(images: pages.enumerated().map { ("page\($0.offset + 1).jpg", $0.element) })
        #expect(c.document.source.kind == .image)
        #expect(c.document.source.path == "page1.jpg + page2.jpg + page3.jpg")
        #expect(c.clean.pages.map(\.origin) == [.ocr, .ocr, .ocr])
        #expect(c.clean.pages.map(\.ocrReason) == [.noTextLayer, .noTextLayer, .noTextLayer])
        let truth = try #require(try truth(for: "Samples/generated/t2019-ukai/report.pdf"))
        let s = SampleAccuracyTests.score(c.report, against: truth)
        #expect(s.wrong.isEmpty, "\(s.wrong.prefix(3))")
        #expect(s.exact >= 196, "\(s.exact) of \(s.total)")
    }

    @Test(.enabled(if: OCRAvailability.languageDataInstalled, "tesseract chi_sim and eng data not installed"))
    func damagedImagesAreOneClearError() throws {
        let page = try #require(try Self.jpegs(in: Self.scan).first)
        let cases: [(String, [UInt8])] = [("truncated.jpg", Array(page.prefix(20_000))),
                                          ("header-only.jpg", [0xFF, 0xD8, 0xFF, 0xE0] + Array("garbage, not a JPEG".utf8))]
        for (name, bytes) in cases {
            do throws(InputError) {
                _ = try Nianbao.convert(bytes: bytes, path: name)
                Issue.record("\(name) converted")
            } catch {
                guard case .corruptImage = error.problem else { Issue.record("\(name): \(error)"); continue }
                #expect(error.exitCode == 4)
            }
        }
    }

    @Test func imagesWithoutOCRAreRefused() throws {
        var options = ConvertOptions()
        options.ocr.mode = .never
        let page = try #require(try Self.jpegs(in: Self.scan).first)
        #expect(throws: InputError.self) { try Nianbao.convert(images: [("page.jpg", page)], options: options) }
    }
}
