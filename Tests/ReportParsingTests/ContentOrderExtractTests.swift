import Foundation
import Testing
@testable import ReportParsing

/// `pdftotext` in content order (Samples/generated/*/pdftotext-raw.txt): every cell on its own line
/// with a blank line after it, and runs of rows printed as values first, their labels elsewhere.
@Suite struct ContentOrderExtractTests {
    static let fivePages = "Samples/generated/t2021-five-pages/pdftotext-raw.txt"

    /// Every cell followed by a blank line: the blank lines separate nothing, so a row's values are
    /// the values up to the next label. Before, each value was a run of its own and the tables
    /// were lost (196 of 200 cells).
    @Test func cellsEachFollowedByABlankLineAreOneRow() throws {
        let r = try parse(try sample(Self.fivePages))
        #expect(r.value("active_disclosure.regulations.issued") == 50)
        #expect(r.value("active_disclosure.regulations.in_force") == 52)
        #expect(r.value("requests.new_received.total") == 569)
    }

    /// The values of rows （一） to 5. follow row 二's with no label between (their labels come
    /// after, as one block): 49 values for the 7 rows no label named there, each adding up.
    @Test func valuesWithoutLabelsFillTheRowsNoLabelNamed() throws {
        let r = try parse(try sample(Self.fivePages))
        #expect(r.value("requests.granted.natural_person") == 8)
        #expect(r.value("requests.granted.total") == 27)
        #expect(r.value("requests.denied.internal_affairs.natural_person") == 15)
        #expect(r.value("requests.denied.internal_affairs.total") == 18)
        let w = try #require(r.warnings.first { $0.code == .rowsWithoutLabels })
        #expect(w.paths.contains("requests.granted.natural_person") && w.paths.contains("requests.denied.internal_affairs.total"))
    }

    /// One value of that block lost: 48 values cannot fill 7 rows, so none of them is placed.
    @Test func aBlockOfValuesMissingOneIsNotPlaced() throws {
        var lines = try sample(Self.fivePages).components(separatedBy: "\n")
        #expect(lines[184] == "8")      // the first value of （一）予以公开 (line 185)
        lines.remove(at: 184)
        let r = try parse(lines.joined(separator: "\n"))
        for c in ReportText.applicants {
            #expect(r.value("requests.granted.\(c)") == nil, "\(c)")
            #expect(r.value("requests.denied.internal_affairs.\(c)") == nil, "\(c)")
        }
        #expect(r.value("requests.carried_over.total") == 18)
    }

    /// Regression: with the label `5.要求行政机关确认或` lost, the labels before its values end
    /// with group （五）'s label after row `3.补正后申请内容仍不明确`; that row took the values of
    /// row 5 (13 for 14). A row's values gathered across blank lines must follow its own label.
    @Test func valuesAfterAnotherGroupsLabelAreNotTheRowsBeforeIt() throws {
        var lines = try sample(Self.fivePages).components(separatedBy: "\n")
        #expect(lines[473] == "5.要求行政机关确认或")
        lines.remove(at: 473)
        let r = try parse(lines.joined(separator: "\n"))
        #expect(r.value("requests.unavailable.unclear_after_correction.natural_person") == nil)
        #expect(r.value("requests.not_processed.confirmation.natural_person") == nil)
    }

    /// Regression: a value lost from a row gathered across blank lines took the next row's first
    /// value (row 二 read `5 5 4 1 2 18 8`); where the table has a row identity, such a row must
    /// add up.
    @Test func aRowGatheredAcrossBlankLinesMustAddUp() throws {
        var lines = try sample(Self.fivePages).components(separatedBy: "\n")
        let start = try #require(lines.firstIndex(of: "二、上年结转政府信息公开申请数量"))
        let first = try #require(lines[(start + 1)...].firstIndex { !$0.isEmpty })
        #expect(lines[first] == "1")
        lines.remove(at: first)
        let r = try parse(lines.joined(separator: "\n"))
        for c in ReportText.applicants { #expect(r.value("requests.carried_over.\(c)") == nil, "\(c)") }
    }
}
