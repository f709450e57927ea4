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
/// holding); the grid's other cells are kept when it places more and the lines' numbers mend none
/// of the identities it fails.
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
        try Nianbao.convertPDF(options: ConvertOptions(), path: "r.pdf") { useGrid, _, _ in useGrid ? grid : lines }
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
        // The lines' numbers mend no identity the grid's reading fails (it fails none; it lost a
        // row): its other cells are kept, （一）'s among them, which the lines lost.
        #expect(c.report.cell("requests.granted.total")?.value?.value == 13)
        let warning = try #require(c.report.warnings.first { $0.code == .readingsDiffer })
        #expect(warning.message.contains("requests.partially_granted.total (lines 13, grid 14)"))
        #expect(warning.message.contains("neither is printed"))
        // The identities the withdrawn cells take part in are not assessed.
        let checks = c.report.checks.filter { $0.values.contains { $0.path == "requests.partially_granted.total" } }
        #expect(!checks.isEmpty && checks.allSatisfy { $0.status == .notAssessable })
    }

    /// Regression (found reading the pictures' reading over): a PDF whose two readings disputed a
    /// cell, left null, and which has a page mostly covered by a picture was read once more with
    /// that page recognised; that reading reads the text by its lines again and placed the
    /// disputed cell with the lines' number, no warning left. The disputed cells stay null.
    @Test func cellsTheReadingsDisputedStayNullWhenPicturesAreRead() throws {
        let lines = try document(shifted)
        let grid = try document { $0.replacingOccurrences(of: "规章", with: "") }
        // Read with the picture page recognised: every row, （二）'s total as the lines read it.
        let row = "（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t\t0\t12\t0\t0\t0\t2\t14"
        var pictures = try document { $0.replacingOccurrences(of: row, with: row.dropLast(2) + "13") }
        pictures.pages[0].ocrReason = .picture
        pictures.pages[0].origin = .ocr
        let c = try Nianbao.convertPDF(options: ConvertOptions(), path: "r.pdf") { useGrid, _, usePictures in
            usePictures ? pictures : useGrid ? grid : lines
        }
        let cell = try #require(c.report.cell("requests.partially_granted.total"))
        #expect(cell.value == nil && cell.status == .unplaced)
        #expect(c.report.warnings.contains { $0.code == .readingsDiffer && $0.paths.contains("requests.partially_granted.total") })
        // The pictures' reading was used: it places the first table's row, which the grid lost.
        #expect(c.document.pages[0].ocrReason == .picture)
        #expect(c.report.cell("active_disclosure.regulations.issued")?.value != nil)
    }

    /// Where the lines' number mends an identity the grid's reading fails, the grid may have
    /// misread the table: the lines' reading is kept (the grid's other cells are not used), the
    /// disputed cell null.
    @Test func theLinesAreKeptWhenTheirNumberMendsTheGridsFailure() throws {
        let row = "（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t\t0\t12\t0\t0\t0\t2\t14"
        let lines = try document { $0.replacingOccurrences(of: "规章", with: "") }
        let grid = try document { $0.replacingOccurrences(of: row, with: row.dropLast(2) + "15") }
        let c = try convert(lines: lines, grid: grid)
        #expect(c.report.cell("requests.partially_granted.total")?.value == nil)
        #expect(c.report.cells.contains { $0.path.hasPrefix("active_disclosure.regulations") && $0.status == .missing })
        #expect(c.report.warnings.contains { $0.code == .readingsDiffer && $0.message.contains("(lines 14, grid 15)") })
    }
}

/// When the lines' reading and the grid's disagree and the grid's reading fails an identity.
@Suite struct ReadingsDisagreeTests {
    func report(partial: Double, total: Double) -> Report {
        func cell(_ p: String, _ v: Double) -> CellRecord {
            CellRecord(path: p, value: NumberValue(text: String(Int(v)), value: v), raw: String(Int(v)), status: .value)
        }
        let cells = [cell("requests.total.total", total), cell("requests.granted.total", 34), cell("requests.partially_granted.total", partial)]
        let l = total, r = 34 + partial
        let check = Check(id: "requests.results_sum.total", rule: "total = granted + partially_granted",
                          values: cells.map { ($0.path, $0.value) }, difference: l - r, status: l == r ? .pass : .fail, lhsCount: 1)
        return Report(metadata: ReportMetadata(), sections: [], cells: cells, checks: [check], warnings: [], tablesFound: [:])
    }

    /// Regression (平潭's 2020 web page printed on A5 with separate borders): the grid read every
    /// cell, the lines' reading lost 75 to wrapped, interleaved labels, and the two disagreed on
    /// two cells (lines 7, grid 6). The grid's reading fails an identity by 6 because 平潭's own
    /// table does; the lines' 7 does not make it hold, so the failure is not the grid's misreading
    /// and its reading is kept (the two disputed cells null): 123 → 196 of 198 cells.
    @Test func aFailureTheLinesNumbersDoNotMendDoesNotRejectTheGrid() {
        let grid = report(partial: 6, total: 46)        // 46 ≠ 34 + 6: the source's own failure
        let lines = report(partial: 7, total: 46)
        #expect(!Nianbao.linesExplainAFailure(grid: grid, lines: lines, disputed: ["requests.partially_granted.total"]))
    }

    /// Where the lines' number makes the grid's failed identity hold, the grid may have misread the
    /// table: its reading is not kept.
    @Test func aFailureTheLinesNumbersMendRejectsTheGrid() {
        let grid = report(partial: 6, total: 46)
        let lines = report(partial: 12, total: 46)
        #expect(Nianbao.linesExplainAFailure(grid: grid, lines: lines, disputed: ["requests.partially_granted.total"]))
    }
}
