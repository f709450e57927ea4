import Foundation
import Testing
@testable import NianbaoKit
import ReportParsing

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
