import Testing
import DocumentModel
@testable import ReportParsing

/// Rows of the applications table as OCR reads a table ruled only horizontally.
@Suite struct SharedLabelLineTests {
    /// Regression (a scan of 平潭's print ruled only horizontally, 240 dpi): OCR read
    /// `（一）予以公开` as `(—) *UAH` on the line of `（二）部分公开`'s wrapped label, with （一）'s
    /// values; they were placed in （二）'s row, and its `1` went under 其他组织 (0 is printed),
    /// marked certain (placed by the words' positions; here, in tab fields, the row's five values
    /// for seven columns were already left null, and the warning now names why). A label line
    /// holding two item numbers may carry either row's values: null, and not offered to the
    /// identities.
    @Test func aLabelLineWithTwoItemNumbersPlacesNoValues() throws {
        let text = ReportText.make(["requests.granted.natural_person": "6", "requests.granted.other_org": "1", "requests.granted.total": "7",
                                    "requests.partially_granted.natural_person": "6", "requests.partially_granted.total": "6"])
        var lines = text.components(separatedBy: "\n")
        let first = try #require(lines.firstIndex { $0.hasPrefix("三、本年度办理结果") })
        lines[first] = "(—) *UAH (=)部分公开（区分处理的，只计这一\t0\t0\t0\t0\t1"
        lines[first + 1] = "情形，不计其他情形）"
        let report = try parseAsScan(lines.joined(separator: "\n"))
        #expect(report.value("requests.partially_granted.other_org") == nil)
        #expect(report.value("requests.partially_granted.total") == nil)
        #expect(report.warnings.contains { $0.code == .rowValuesUnplaced && $0.message.contains("(—) *UAH") })
        // One item number on the line is the row's own: its values are placed.
        lines[first] = "(=)部分公开（区分处理的，只计这一\t6\t0\t0\t0\t0\t0\t6"
        #expect(try parseAsScan(lines.joined(separator: "\n")).value("requests.partially_granted.total") == 6)
    }

    /// Regression (上海市政府办公厅's 2019 page printed without rules, values set right, scanned
    /// at 200 dpi): the total row's label, read `(+t) Sit`, ran into （六）其他处理's line with
    /// its values (`767` with the label; `1805` once parted `1 805`), and （六） got them, each
    /// under its column's header: four wrong numbers, three certain. `(+t)` is an item number
    /// too (two characters, not Chinese, in brackets): the line holds two, and its values are
    /// placed in neither row.
    @Test func aMisreadItemNumberOfTwoCharactersIsAnotherRowsToo() throws {
        var values: [String: String] = [:]
        for (k, a) in ReportText.applicants.enumerated() { values["requests.total.\(a)"] = ["767", "35", "", "", "2", "1", "805"][k] }
        let x = HeaderColumnsTests.x
        let report = try HeaderColumnsTests.scannedRequests(header: ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"],
                                                            values: values) { fields in
            if fields.contains("（七）总计") { return [] }
            guard fields.contains("（六）其他处理") else { return nil }
            let cells = ["", "35", "", "", "2", "1", "805"]
            return [Span(text: "（六）其他处理(+t) Sit 767", x0: 40, x1: 330, confidence: 90)]
                + cells.indices.filter { !cells[$0].isEmpty }.map { k in Span(text: cells[k], x0: x(k) + 15, x1: x(k) + 25, confidence: 90) }
        }
        // The rows above, as read.
        #expect(report.value("requests.new_received.total") == 0)
        for a in ReportText.applicants { #expect(report.value("requests.other.\(a)") == nil, "\(a)") }
        #expect(report.warnings.contains { $0.code == .rowValuesUnplaced && $0.message.contains("(+t)") })
    }
}
