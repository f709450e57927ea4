import Testing
import DocumentModel
@testable import ReportParsing

/// Two table rows printed onto one line.
@Suite struct RowsRunTogetherTests {
    static let paths = ["natural_person", "commercial", "research", "social_welfare", "legal_service", "other_org", "total"]
        .map { "requests.denied.internal_affairs.\($0)" }

    func row(_ raws: [String]) -> [String: CellRecord] {
        var cells: [String: CellRecord] = [:]
        for (p, raw) in zip(Self.paths, raws) {
            if let n = NumberText.valueNumber(raw), !raw.contains(" ") {
                cells[p] = CellRecord(path: p, value: NumberValue(text: n.number, value: n.value), raw: raw, status: .value)
            } else {
                cells[p] = CellRecord(path: p, value: nil, raw: raw, status: .text)
            }
        }
        return cells
    }

    /// Regression (the real 上海市科委 2024 web page printed by Chromium with `line-height:1` and a
    /// CJK font whose lines are taller than that): the rows 5.属于三类内部事务信息 and 6.属于四类过程性
    /// 信息 overlapped, their labels interleaved (`属属于于三四类类…`) and their values shared the
    /// fields, `1 1`, `0 0`, … and `11` in the total column for the `1` of each row. The row took
    /// `11` as its total: a wrong number. With fields holding two numbers, the row's values are null.
    @Test func aRowWhoseFieldsHoldTwoNumbersKeepsNoValue() throws {
        var cells = row(["1 1", "0 0", "0 0", "0 0", "0 0", "0 0", "11"])
        let warning = try #require(RowsRunTogether.apply(&cells, paths: Self.paths, label: "5.属于三类内部事务信息", table: "requests"))
        #expect(warning.code == .rowValuesAmbiguous && warning.paths == [Self.paths[6]])
        #expect(cells[Self.paths[6]]?.value == nil && cells[Self.paths[6]]?.status == .unplaced && cells[Self.paths[6]]?.raw == "11")
        // The fields that hold two numbers stay text, with what was printed.
        #expect(cells[Self.paths[0]]?.status == .text && cells[Self.paths[0]]?.raw == "1 1")
    }

    /// One field with a number printed with a space (`1 107`) is an odd cell, not two rows: the
    /// other values keep theirs.
    @Test func oneFieldWithASpacedNumberIsNotTwoRows() {
        var cells = row(["1 107", "0", "0", "0", "0", "0", "1107"])
        #expect(RowsRunTogether.apply(&cells, paths: Self.paths, label: "5.属于三类内部事务信息", table: "requests") == nil)
        #expect(cells[Self.paths[6]]?.value?.value == 1107)
    }

    @Test func severalNumbersAreNumbersSeparatedBySpaces() {
        #expect(RowsRunTogether.holdsSeveralNumbers("1 1") && RowsRunTogether.holdsSeveralNumbers("0\t12"))
        #expect(!RowsRunTogether.holdsSeveralNumbers("11") && !RowsRunTogether.holdsSeveralNumbers("5 件") && !RowsRunTogether.holdsSeveralNumbers(""))
    }

    /// The same through the parser: a row of the synthetic report's extract replaced by a line of
    /// two rows' values; the glued total (`11`) is not printed.
    @Test func twoRowsOnOneLineOfAnExtractGiveNoNumber() throws {
        let text = try sample("Samples/synthetic-11/plumber.txt")
        #expect(text.contains(OddCellTests.row))
        let report = try parse(text.replacingOccurrences(of: OddCellTests.row,
                                                         with: "一、本年新收政府信息公开申请数量\t\t\t1 1\t0 0\t0 0\t0 0\t0 0\t0 0\t11"))
        #expect(report.cell("requests.new_received.total")?.value == nil)
        #expect(report.cell("requests.new_received.total")?.status == .unplaced)
        #expect(report.warnings.contains { $0.code == .rowValuesAmbiguous && $0.paths.contains("requests.new_received.total") })
    }

    /// Regression (平潭's 2020 web page printed the same way): two rows' totals touching read `03`
    /// (the `0` of 1.信访举报投诉类申请 and the `3` of 2.重复申请), and the row took 3. No count is
    /// printed with a leading zero: the cell is text, null.
    @Test func aNumberWithALeadingZeroIsTwoValuesRunTogether() throws {
        #expect(NumberText.hasLeadingZero("03") && NumberText.hasLeadingZero("007") && NumberText.hasLeadingZero("-03"))
        #expect(!NumberText.hasLeadingZero("0") && !NumberText.hasLeadingZero("0.5") && !NumberText.hasLeadingZero("30"))
        let text = try sample("Samples/synthetic-11/plumber.txt")
        let report = try parse(text.replacingOccurrences(of: OddCellTests.row,
                                                         with: "一、本年新收政府信息公开申请数量\t\t\t0\t20\t0\t75\t31\t107\t0233"))
        #expect(report.cell("requests.new_received.total")?.value == nil)
        #expect(report.cell("requests.new_received.total")?.status == .text && report.cell("requests.new_received.total")?.raw == "0233")
        #expect(report.cell("requests.new_received.other_org")?.value?.value == 107)
    }
}
