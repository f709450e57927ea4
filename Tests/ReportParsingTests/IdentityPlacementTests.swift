import Foundation
import Testing
@testable import ReportParsing

/// Rows printed with fewer values than columns, where nothing but the table's identities can say
/// which cells are blank (``TableReader/placeByIdentities(_:into:)``).
@Suite struct IdentityPlacementTests {
    /// A report whose new applications and carried-forward rows hold `carried` natural persons
    /// (`new` new ones), every other cell 0, with the carried-forward row printed without its total.
    func parseWithoutCarriedForwardTotal(new: Int, carried: Int) throws -> Report {
        var text = ReportText.make(["requests.new_received.natural_person": "\(new)", "requests.new_received.total": "\(new)",
                                    "requests.carried_forward.natural_person": "\(carried)",
                                    "requests.carried_forward.total": "\(carried)"])
        let row = "四、结转下年度继续办理\t\t\t\(carried)\t0\t0\t0\t0\t0\t\(carried)"
        #expect(text.contains(row))
        text = text.replacingOccurrences(of: row, with: "四、结转下年度继续办理\t\t\t\(carried)\t0\t0\t0\t0\t0")
        return try parse(text)
    }

    /// A row of six values for seven columns: only leaving the total out lets every column's
    /// balance (new + carried over = total + carried forward) hold.
    @Test func aRowMissingOneValueIsPlacedWhereOnlyItsPlacementBalances() throws {
        let r = try parseWithoutCarriedForwardTotal(new: 3, carried: 3)
        #expect(r.value("requests.carried_forward.natural_person") == 3)
        for c in ReportText.applicants.dropFirst().dropLast() {
            #expect(r.value("requests.carried_forward.\(c)") == 0, "\(c)")
        }
        #expect(r.value("requests.carried_forward.total") == nil)
        #expect(r.status("requests.carried_forward.total") == .unplaced)
        let w = try #require(r.warnings.first { $0.code == .rowPlacedByIdentities })
        #expect(w.paths.contains("requests.carried_forward.total"))
        #expect(w.message.contains("requests.balance"), "\(w.message)")
        #expect(!r.warnings.contains { $0.code == .rowValuesUnplaced })
    }

    /// Six zeros for seven columns where every column balances at zero: each placement holds, so
    /// the row stays null with its warning.
    @Test func aShortRowThatBalancesInSeveralPlacementsStaysNull() throws {
        var text = ReportText.make([:])
        let row = "四、结转下年度继续办理\t\t\t0\t0\t0\t0\t0\t0\t0"
        #expect(text.contains(row))
        text = text.replacingOccurrences(of: row, with: "四、结转下年度继续办理\t\t\t0\t0\t0\t0\t0\t0")
        let r = try parse(text)
        for c in ReportText.applicants { #expect(r.value("requests.carried_forward.\(c)") == nil, "\(c)") }
        #expect(r.warnings.contains { $0.code == .rowValuesUnplaced && $0.paths.contains("requests.carried_forward.total") })
        #expect(!r.warnings.contains { $0.code == .rowPlacedByIdentities })
    }

    /// A short row in a table whose identities fail wherever it goes (the report's own arithmetic
    /// is off) is not placed: no placement holds.
    @Test func aShortRowInATableThatDoesNotBalanceStaysNull() throws {
        let r = try parseWithoutCarriedForwardTotal(new: 3, carried: 2)
        for c in ReportText.applicants { #expect(r.value("requests.carried_forward.\(c)") == nil, "\(c)") }
        #expect(!r.warnings.contains { $0.code == .rowPlacedByIdentities })
    }

    /// Real: PyMuPDF and pdftotext's default order give the 2024 report's last row as six values
    /// (its total is printed blank), one per line with no positions; the row was null.
    @Test func aRealRowWithABlankTotalIsPlacedByTheBalances() throws {
        for file in ["pymupdf.txt", "pdftotext-raw.txt"] {
            let r = try parse(try sample("Samples/real-shanghai-science-2024/\(file)"))
            #expect(r.value("requests.carried_forward.natural_person") == 1, "\(file)")
            for c in ReportText.applicants.dropFirst().dropLast() {
                #expect(r.value("requests.carried_forward.\(c)") == 0, "\(file) \(c)")
            }
            #expect(r.value("requests.carried_forward.total") == nil, "\(file)")
            #expect(r.warnings.contains { $0.code == .rowPlacedByIdentities }, "\(file)")
        }
    }
}
