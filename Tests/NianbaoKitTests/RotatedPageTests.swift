import Foundation
import Testing
@testable import NianbaoKit

/// Pages given a `/Rotate` (a landscape table page in an upright report, a whole report turned,
/// a page upside down) are read in the direction their text runs. Made from the samples by an
/// incremental update that adds `/Rotate` to page dictionaries (`rotated(_:by:pages:)`).
@Suite struct RotatedPageTests {
    /// The PDF with `/Rotate angle` added to its pages (all, or those at the given 0-based
    /// indices): each page object is written again after the file's end with the entry added, and
    /// a cross-reference section pointing at the new objects (PDF 1.7, 7.5.6). Only for PDFs
    /// whose page objects are not in object streams, as the samples'.
    static func rotated(_ pdf: [UInt8], by angle: Int, pages: Set<Int>? = nil) throws -> [UInt8] {
        // Latin-1: one scalar per byte, so the file's bytes come back from any piece of it.
        let text = String(String.UnicodeScalarView(pdf.map { Unicode.Scalar($0) }))
        func latin1(_ s: some StringProtocol) -> [UInt8] { s.unicodeScalars.map { UInt8($0.value) } }
        let pageObject = try Regex(#"(\d+) 0 obj\s*<<\s*/Type\s*/Page(?![s\w])"#)
        let root = try #require(text.matches(of: try Regex(#"/Root\s+(\d+ \d+ R)"#)).last?.output[1].substring)
        let size = try #require(text.matches(of: try Regex(#"/Size\s+(\d+)"#)).last?.output[1].substring)
        let previous = try #require(text.matches(of: try Regex(#"startxref\s+(\d+)"#)).last?.output[1].substring)
        var out = pdf
        if out.last != 10 { out.append(10) }
        var entries: [(Int, Int)] = []
        for (index, match) in text.matches(of: pageObject).enumerated() where pages?.contains(index) ?? true {
            let digits = try #require(match.output[1].substring)
            let number = try #require(Int(digits))
            let end = try #require(text[match.range.lowerBound...].range(of: "endobj")).lowerBound
            var body = String(text[match.range.lowerBound..<end])
            body = body.replacing(try Regex(#"/Rotate\s+\d+"#), with: "")
            let open = try #require(body.range(of: "<<"))
            body.insert(contentsOf: "/Rotate \(angle) ", at: open.upperBound)
            entries.append((number, out.count))
            out += latin1(body + "endobj\n")
        }
        let xref = out.count
        var tail = "xref\n"
        for (number, offset) in entries { tail += "\(number) 1\n" + String(format: "%010d 00000 n \n", offset) }
        tail += "trailer\n<< /Size \(size) /Root \(root) /Prev \(previous) >>\nstartxref\n\(xref)\n%%EOF\n"
        return out + Array(tail.utf8)
    }

    static let samples = ["Samples/synthetic-11/report.pdf", "Samples/real-pingtan-2020/report-libreoffice.pdf",
                          "Samples/real-shanghai-office-2019/report-libreoffice.pdf"]

    func score(_ sample: String, _ pdf: [UInt8]) throws -> (exact: Int, wrong: [String], missing: Int, total: Int) {
        let report = try Nianbao.convert(bytes: pdf, path: sample, options: ConvertOptions()).report
        let expected = try #require(try truth(for: sample))
        return SampleAccuracyTests.score(report, against: expected)
    }

    /// Caught: a report turned a quarter (or upside down) lost every cell or was refused as
    /// "not a report"; a single turned page lost its table.
    @Test(arguments: samples)
    func turnedPagesReadAsUpright(_ sample: String) throws {
        let pdf = [UInt8](try Data(contentsOf: repoRoot.appendingPathComponent(sample)))
        for angle in [90, 180, 270] {
            let s = try score(sample, try Self.rotated(pdf, by: angle))
            #expect(s.wrong.isEmpty && s.missing == 0, "\(sample) turned \(angle): \(s.missing) missing, \(s.wrong.prefix(3))")
        }
        let s = try score(sample, try Self.rotated(pdf, by: 90, pages: [1]))
        #expect(s.wrong.isEmpty && s.missing == 0, "\(sample), second page turned: \(s.missing) missing, \(s.wrong.prefix(3))")
    }

    /// Chromium draws text through a flipped matrix; turned, poppler reads its lines backwards and
    /// sets each glyph's box on the wrong side of its baseline. Those pages are read without their
    /// rules (some cells lost, Docs/reliability.md), and no number may land in another cell.
    @Test func turnedChromiumPrintGivesNoWrongNumber() throws {
        let sample = "Samples/real-pingtan-2020/report-chromium.pdf"
        let pdf = [UInt8](try Data(contentsOf: repoRoot.appendingPathComponent(sample)))
        for angle in [90, 180, 270] {
            let s = try score(sample, try Self.rotated(pdf, by: angle))
            #expect(s.wrong.isEmpty, "\(sample) turned \(angle): \(s.wrong.prefix(3))")
            #expect(s.exact >= 180, "\(sample) turned \(angle): only \(s.exact) exact")
        }
    }
}
