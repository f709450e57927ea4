import Foundation
import Testing
import DocumentModel
@testable import NianbaoKit
import ReportParsing
import TextInput

/// A PDF read by its lines and read as the grid its rules draw, the two readings giving other
/// numbers for some cells. The line reading used to be kept as it was: on the real 上海市科委 page
/// printed on A5 (Samples/prints) it had put （一）予以公开's values in （二）部分公开's row, two
/// wrong numbers printed while the grid read every cell right. Now one of the readings is wrong
/// and neither is printed, unless the grid's reading is settled (every cell placed, every identity
/// holding).
@Suite struct ReadingsDifferTests {
    /// A report as the reading gives it: the shared synthetic report's pdfplumber extract with its
    /// lines edited, presented as a PDF's text layer.
    func document(_ edit: (String) -> String) throws -> Document {
        let text = try String(contentsOf: repoRoot.appendingPathComponent("Samples/synthetic-11/plumber.txt"), encoding: .utf8)
        let edited = edit(text)
        #expect(edited != text || edit("x") == "x", "the edit changed nothing")
        var doc = try ExtractReader.read(edited, path: "r.pdf", encoding: .utf8)
        doc.source.kind = .pdf
        for p in doc.pages.indices { doc.pages[p].origin = .textLayer }
        return doc
    }

    /// （一）予以公开's values moved down one row, as line geometry did: （一） lost, （二） wrong.
    func shifted(_ text: String) -> String {
        text.replacingOccurrences(of: "三、本年\t（一）予以公开\t\t0\t0\t0\t1\t0\t12\t13\n\t（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t\t0\t12\t0\t0\t0\t2\t14",
                                  with: "三、本年\t（一）予以公开\n\t（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t\t0\t0\t0\t1\t0\t12\t13")
    }

    func convert(lines: Document, grid: Document) throws -> Conversion {
        try Nianbao.convertPDF(options: ConvertOptions(), path: "r.pdf") { useGrid, _ in useGrid ? grid : lines }
    }

    @Test func theGridsReadingIsKeptWhenItIsSettled() throws {
        let lines = try document(shifted)
        let grid = try document { $0 }
        let c = try convert(lines: lines, grid: grid)
        #expect(c.report.cell("requests.partially_granted.total")?.value?.value == 14)
        #expect(c.report.cell("requests.granted.total")?.value?.value == 13)
        let warning = try #require(c.report.warnings.first { $0.code == .readingsDiffer })
        #expect(warning.paths.contains("requests.partially_granted.total"))
        #expect(warning.message.contains("requests.partially_granted.total (lines 13, grid 14)"))
        #expect(warning.message.contains("the grid's reading is kept"))
    }

    @Test func neitherNumberIsPrintedWhenTheGridIsNotSettled() throws {
        let lines = try document(shifted)
        // The grid loses a row of the first table: not settled.
        let grid = try document { $0.replacingOccurrences(of: "规章", with: "") }
        let c = try convert(lines: lines, grid: grid)
        let cell = try #require(c.report.cell("requests.partially_granted.total"))
        #expect(cell.value == nil && cell.status == .unplaced)
        #expect(c.report.cell("requests.granted.total")?.value == nil)
        let warning = try #require(c.report.warnings.first { $0.code == .readingsDiffer })
        #expect(warning.message.contains("requests.partially_granted.total (lines 13, grid 14)"))
        #expect(warning.message.contains("neither is printed"))
        // The identities the withdrawn cells take part in are not assessed.
        let checks = c.report.checks.filter { $0.values.contains { $0.path == "requests.partially_granted.total" } }
        #expect(!checks.isEmpty && checks.allSatisfy { $0.status == .notAssessable })
    }
}
