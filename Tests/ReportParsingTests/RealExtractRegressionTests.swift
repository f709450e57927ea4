import Foundation
import Testing
@testable import ReportParsing

/// Wrong numbers that real extracts (Samples/real-*) gave, each named after what it caught.
@Suite struct RealExtractRegressionTests {
    /// pdfplumber writes a row under a two-column group label with one field more than the row's
    /// columns (`⇥（一）予以公开⇥⇥258⇥12⇥⇥⇥1⇥1⇥`): the trailing empty field is the blank total,
    /// not a merged cell; dropping it first put every value one column right (commercial 258).
    @Test func aRowWithABlankTotalIsNotShiftedByItsLabelColumns() throws {
        let r = try parse(try sample("Samples/real-shanghai-office-2019/plumber.txt"))
        #expect(r.value("requests.granted.natural_person") == 258)
        #expect(r.value("requests.granted.commercial") == 12)
        #expect(r.value("requests.granted.research") == nil)
        #expect(r.value("requests.granted.legal_service") == 1)
        #expect(r.value("requests.granted.other_org") == 1)
        #expect(r.value("requests.granted.total") == nil && r.status("requests.granted.total") == .blank)
        let s = try parse(try sample("Samples/real-shanghai-science-2024/plumber.txt"))
        #expect(s.value("requests.carried_forward.natural_person") == 1)
        #expect(s.value("requests.carried_forward.commercial") == 0)
        #expect(s.value("requests.carried_forward.total") == nil)
    }

    /// A tab row whose fields are all empty is its row printed blank; it used to lend its label
    /// to the next row's values, and rows after it were read as a column-ordered block.
    @Test func aRowOfEmptyTabFieldsIsABlankRow() throws {
        let r = try parse(try sample("Samples/real-shanghai-office-2019/plumber.txt"))
        for c in ReportText.applicants {
            #expect(r.status("requests.denied.prohibited_by_law.\(c)") == .blank, "\(c)")
        }
        #expect(r.value("requests.denied.internal_affairs.natural_person") == 5)
        #expect(r.value("requests.total.natural_person") == 767)
        #expect(!r.warnings.contains { $0.code == "rows-values-unplaced" })
    }

    /// With empty fields at both ends, a row of tab fields can be read two ways. Without another
    /// row of the same width showing where values start, it is left null and both readings named.
    @Test func twoPlacementsOfATabRowLeaveItNullAndNameBoth() throws {
        var text = ReportText.make(["requests.granted.natural_person": "5", "requests.granted.commercial": "1"])
        let row = "三、本年度办理结果\t（一）予以公开\t\t5\t1\t0\t0\t0\t0\t0"
        #expect(text.contains(row))
        text = text.replacingOccurrences(of: row, with: "三、本年度办理结果\t（一）予以公开\t\t\t5\t1\t0\t0\t0\t0\t")
        let r = try parse(text)
        for c in ReportText.applicants { #expect(r.value("requests.granted.\(c)") == nil, "\(c)") }
        let w = try #require(r.warnings.first { $0.code == "row-values-unplaced" && $0.paths.contains("requests.granted.total") })
        #expect(w.message.contains("_ 5 1 0 0 0 0") && w.message.contains("5 1 0 0 0 0 _"), "\(w.message)")
        // The rows around it are read.
        #expect(r.value("requests.new_received.natural_person") == 0)
    }

    /// pdftotext's default order printed the values of `2.没有现成信息需要另行制作` before the label
    /// of `1.本机关不掌握相关政府信息` (a vertical group label between them): the values after a
    /// label are then this row's or the next row's. They went to the wrong row (6 for 4).
    @Test func valuesPrintedBeforeTheirLabelLeaveTheRowNull() throws {
        let r = try parse(try sample("Samples/real-shanghai-science-2024/pdftotext-raw.txt"))
        for c in ReportText.applicants {
            #expect(r.value("requests.unavailable.not_held.\(c)") == nil, "\(c)")
        }
        let w = try #require(r.warnings.first { $0.code == "row-values-ambiguous" })
        #expect(w.paths.contains("requests.unavailable.not_held.natural_person"))
        #expect(w.message.contains("4 0 0 0 0 0 4") && w.message.contains("6 0 0 0 0 0 6"), "\(w.message)")
        // Where both readings agree (the last of two labels before one run), the row is read.
        #expect(r.value("requests.unavailable.unclear_after_correction.natural_person") == 0)
    }
}
