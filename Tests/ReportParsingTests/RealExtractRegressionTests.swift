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
        #expect(!r.warnings.contains { $0.code == .rowsValuesUnplaced })
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
        let w = try #require(r.warnings.first { $0.code == .rowValuesUnplaced && $0.paths.contains("requests.granted.total") })
        #expect(w.message.contains("_ 5 1 0 0 0 0") && w.message.contains("5 1 0 0 0 0 _"), "\(w.message)")
        // The rows around it are read.
        #expect(r.value("requests.new_received.natural_person") == 0)
    }

    /// pdftotext's default order printed the values of `2.没有现成信息需要另行制作` before the label
    /// of `1.本机关不掌握相关政府信息` (a vertical group label between them): the values after a
    /// label are then this row's or the next row's. They went to the wrong row (6 for 4). Without
    /// the rows that close the shift (here the label of `3.补正后申请内容仍不明确` is lost), the text
    /// proves neither: the row is null and both readings are named.
    @Test func valuesPrintedBeforeTheirLabelLeaveTheRowNull() throws {
        let text = try sample("Samples/real-shanghai-science-2024/pdftotext-raw.txt")
        #expect(text.contains("3.补正后申请内容仍不明确\n"))
        let r = try parse(text.replacingOccurrences(of: "3.补正后申请内容仍不明确\n", with: ""))
        for c in ReportText.applicants {
            #expect(r.value("requests.unavailable.not_held.\(c)") == nil, "\(c)")
        }
        let w = try #require(r.warnings.first { $0.code == .rowValuesAmbiguous })
        #expect(w.paths.contains("requests.unavailable.not_held.natural_person"))
        #expect(w.message.contains("4 0 0 0 0 0 4") && w.message.contains("6 0 0 0 0 0 6"), "\(w.message)")
    }

    /// The same extract as `pdftotext` printed it from the page with 5 mm margins (make_prints
    /// `--styles`): each row's values over three lines (`0 0 0 0`, `0`, `0 0`). Row `8.` had two
    /// rows of values after its label; the second, over three lines, was not taken for a row of
    /// values printed before its label, and `1.本机关不掌握相关政府信息` took the values after its own
    /// label, `2.`'s (6 for 4, twice). A whole row's worth over several lines is such a row too: the
    /// next row is null and both readings named.
    @Test func aRowOfValuesOverSeveralLinesBeforeALabelLeavesThatRowNull() throws {
        var text = try sample("Samples/real-shanghai-science-2024/pdftotext-raw.txt")
        let start = try #require(text.range(of: "三、收到和处理政府信息公开申请情况"))
        let end = try #require(text.range(of: "三、政府信息公开行政复议、行政诉讼情况"))
        let table = text[start.upperBound..<end.lowerBound].split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            let values = line.split(separator: " ")
            guard values.count == 7, values.allSatisfy({ Int($0) != nil }) else { return String(line) }
            return [values[0..<4].joined(separator: " "), String(values[4]), values[5..<7].joined(separator: " ")].joined(separator: "\n")
        }.joined(separator: "\n")
        text.replaceSubrange(start.upperBound..<end.lowerBound, with: table)
        #expect(text.contains("8.属于行政查询事项\n0 0 0 0\n0\n0 0\n4 0 0 0\n0\n0 4\n"))
        let r = try parse(text)
        for c in ReportText.applicants {
            #expect(r.value("requests.unavailable.not_held.\(c)") == nil, "\(c)")
            #expect(r.value("requests.denied.query_matters.\(c)") == 0, "\(c)")
        }
        let w = try #require(r.warnings.first { $0.code == .rowValuesAmbiguous })
        #expect(w.paths.contains("requests.unavailable.not_held.natural_person"))
        #expect(w.message.contains("4 0 0 0 0 0 4") && w.message.contains("6 0 0 0"), "\(w.message)")
    }

    /// `pdftotext` from the same page on A5: the applications table's last three columns came
    /// after its rows, eleven short lines of values (`0 0 0`) between section 四's heading and its
    /// header words. Five of those lines were gathered into section 四's fifteen values (all 0,
    /// where the review's `结果维持` and `总计` print 1). Lines of several values each are one row
    /// only where the values after it, up to the next label, are whole rows too.
    @Test func shortLinesOfAnotherTablesColumnsAreNotSectionFoursRow() throws {
        var text = try sample("Samples/real-shanghai-science-2024/pdftotext-raw.txt")
        let heading = "三、政府信息公开行政复议、行政诉讼情况\n行政复议\n行政诉讼\n"
        #expect(text.contains(heading))
        text = text.replacingOccurrences(of: heading, with: heading + Array(repeating: "0 0 0\n", count: 10).joined() + "0 0\n")
        let r = try parse(text)
        for c in ["upheld", "corrected", "other", "pending", "total"] {
            #expect(r.value("review_litigation.review.\(c)") == nil, "\(c)")
            #expect(r.status("review_litigation.review.\(c)") == .unplaced, "\(c)")
        }
        #expect(r.warnings.contains { $0.code == .rowValuesUnplaced && $0.paths.contains("review_litigation.review.upheld") })
        // Without the short lines, the one line of fifteen is read.
        let whole = try parse(try sample("Samples/real-shanghai-science-2024/pdftotext-raw.txt"))
        #expect(whole.value("review_litigation.review.upheld") == 1 && whole.value("review_litigation.review.total") == 1)
    }

    /// The same extract whole: after the unclaimed run, rows `1.`, `2.` and `3.` of （四） have two
    /// runs after their labels (`2.` and `3.` share one line of labels, then one run), so the three
    /// rows have exactly three runs and each takes its own, in order. Row `4.保护第三方合法权益`
    /// (labels `4.` and `5.` on consecutive lines after an unclaimed run) is read the same way;
    /// both were null before.
    @Test func aShiftClosedByTheFollowingRowsIsPlacedInOrder() throws {
        let r = try parse(try sample("Samples/real-shanghai-science-2024/pdftotext-raw.txt"))
        #expect(r.value("requests.unavailable.not_held.natural_person") == 4)
        #expect(r.value("requests.unavailable.not_held.total") == 4)
        #expect(r.value("requests.unavailable.needs_creation.natural_person") == 6)
        #expect(r.value("requests.unavailable.needs_creation.total") == 6)
        #expect(r.value("requests.unavailable.unclear_after_correction.natural_person") == 0)
        #expect(r.value("requests.denied.third_party_rights.natural_person") == 0)
        #expect(r.value("requests.denied.internal_affairs.natural_person") == 1)
        #expect(r.warnings.filter { $0.code == .rowValuesBeforeLabel }.count == 2)
        #expect(!r.warnings.contains { $0.code == .rowValuesAmbiguous })
    }

    /// A label with an unclosed bracket and a run of numbers after it
    /// (`（二）部分公开（区分处理的，只计这一 6 0 0 0`, its bracket closed on the next line) is a
    /// wrapped label and its row's values; only a single number after an open bracket stays in
    /// the cell (`54（其中修订 2`). The row was left null in pdftotext -layout extracts.
    @Test func aWrappedLabelWithAnOpenBracketKeepsItsValues() throws {
        let r = try parse(try sample("Samples/real-pingtan-2020/pdftotext-layout.txt"))
        #expect(r.value("requests.partially_granted.natural_person") == 6)
        #expect(r.value("requests.partially_granted.total") == 6)
        let s = try parse(try sample("Samples/real-shanghai-science-2024/pdftotext-layout.txt"))
        #expect(s.value("requests.partially_granted.natural_person") == 0)
        #expect(s.status("requests.partially_granted.total") == .value)
    }

    /// PyMuPDF prints a value the PDF draws against its label on the label's line
    /// (`其他对外管理服务事项10`): the row had two values for three columns and was left null.
    @Test func aValueGluedToItsLabelIsItsRowsFirstValue() throws {
        let r = try parse(try sample("Samples/real-pingtan-2020/pymupdf.txt"))
        #expect(r.value("active_disclosure.other_services.previous_items") == 10)
        #expect(r.value("active_disclosure.other_services.change") == 7)
        #expect(r.value("active_disclosure.other_services.decisions") == 105)
        let s = try parse(try sample("Samples/real-shanghai-science-2024/pymupdf.txt"))
        #expect(s.value("active_disclosure.fees.amount") == 0)
    }

    /// A long amount wrapped in its narrow cell (`2510` over `00元`, 251000元; a page that breaks a
    /// label with `<br>` also broke the number): `pdftotext -layout` prints the rest on the next
    /// line, with no label of another row there. The first line's `2510` was printed: a wrong
    /// number. Now the cell is null and the warning names both pieces. Found by printing the real
    /// 2019 web page with its cells' text broken over lines.
    @Test func aNumberWrappedInItsCellIsNotItsFirstLine() throws {
        let text = try sample("Samples/real-shanghai-office-2019/pdftotext-layout.txt")
        let line = "        政府集中采购     6       251000元"
        #expect(text.contains(line + "\n"))
        let head = "        政府集中采购     6       "
        let wrapped = head + "2510\n" + String(repeating: " ", count: head.unicodeScalars.count) + "00元"
        let r = try parse(text.replacingOccurrences(of: line, with: wrapped))
        #expect(r.value("active_disclosure.procurement.amount") == nil)
        #expect(r.value("active_disclosure.procurement.projects") == 6)
        let w = try #require(r.warnings.first { $0.code == .cellTextWrapped && $0.paths == ["active_disclosure.procurement.amount"] })
        #expect(w.message.contains("2510") && w.message.contains("00元"), "\(w.message)")
        // Unwrapped, the amount is read.
        #expect(try parse(text).value("active_disclosure.procurement.amount") == 251000)
    }
}
