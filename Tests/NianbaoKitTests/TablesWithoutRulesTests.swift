import Foundation
import Testing
@testable import NianbaoKit
@testable import ReportParsing

/// The real 2019 report of 上海市政府办公厅 printed with no rules (Samples/prints): read by line
/// geometry alone. No row of its applications table is complete (135 blank cells), and eleven of
/// its rows are printed wholly blank.
@Suite struct TablesWithoutRulesTests {
    func report() throws -> Report {
        try convertSample("Samples/prints/real-office-2019-no-rules/report-chromium.pdf").report
    }

    /// With no complete row to measure the columns on, values were left unplaced; the header words
    /// above the rows give the columns (`HeaderColumns.swift`).
    @Test func valuesGoUnderTheHeaderTheyOverlap() throws {
        let r = try report()
        #expect(r.cell("requests.new_received.natural_person")?.value?.value == 821)
        #expect(r.cell("requests.new_received.commercial")?.value?.value == 35)
        #expect(r.cell("requests.new_received.research")?.value == nil)
        #expect(r.cell("requests.new_received.legal_service")?.value?.value == 2)
        #expect(r.cell("requests.new_received.other_org")?.value?.value == 1)
        #expect(r.cell("requests.new_received.total")?.value?.value == 859)
    }

    /// Rows printed with nothing after their labels gathered with the next row's label, as in a
    /// column-ordered extract, and the block was left null (（七）总计 with it). On a page a value
    /// belongs with the label on its line: the rows before are printed blank.
    @Test func rowsWithNothingAfterTheirLabelsArePrintedBlank() throws {
        let r = try report()
        for c in ["natural_person", "commercial", "total"] {
            #expect(r.cell("requests.other.\(c)")?.status == .blank, "\(c)")
            #expect(r.cell("requests.denied.prohibited_by_law.\(c)")?.status == .blank, "\(c)")
        }
        #expect(r.cell("requests.total.natural_person")?.value?.value == 767)
        #expect(r.cell("requests.total.total")?.value?.value == 805)
        #expect(!r.warnings.contains { $0.code == .rowsValuesUnplaced })
    }
}

/// The same report printed with lines as tall as the type and no cell padding
/// (Samples/prints/real-office-2019-tight). Regression: the header words of neighbouring columns
/// stand half a character apart on one line (`自然 商业`, one cell) and every column's header wraps
/// (`自然` over `人`, `法律服` over `务机构`): no column's header was one label, so the applications
/// table, which has no complete row, was lost (41 cells). Labels are split at their spaces and a
/// header's pieces read down its column.
@Suite struct WrappedHeaderWordsTests {
    @Test func theHeaderPiecesDownEachColumnGiveTheColumns() throws {
        let r = try convertSample("Samples/prints/real-office-2019-tight/report-chromium.pdf").report
        let expected: [String: Double?] = ["natural_person": 821, "commercial": 35, "research": nil, "social_welfare": nil,
                                           "legal_service": 2, "other_org": 1, "total": 859]
        for (column, value) in expected {
            #expect(r.cell("requests.new_received.\(column)")?.value?.value == value, "\(column)")
        }
        #expect(r.cell("requests.total.natural_person")?.value?.value == 767)
        #expect(r.cell("requests.carried_forward.total")?.value?.value == 72)
    }

    @Test func aLabelIsSplitAtItsSpacesByItsCharactersWidths() {
        // `自然 商业`: 自然 at 335.3–359.3 and 商业 at 366.2–390.2 (12-point type).
        let pieces = HeaderPiece.words(of: "自然 商业", x0: 335.3, x1: 390.2, line: 4)
        #expect(pieces.map(\.text) == ["自然", "商业"])
        #expect(abs(pieces[0].x0 - 335.3) < 1e-9 && abs(pieces[1].x1 - 390.2) < 1e-9)
        #expect(abs(pieces[0].x1 - 359.3) < 1.5 && abs(pieces[1].x0 - 366.2) < 1.5, "\(pieces.map { ($0.x0, $0.x1) })")
        #expect(HeaderPiece.words(of: "法人或其他组织", x0: 366.2, x1: 450.2, line: 3).count == 1)
    }
}
