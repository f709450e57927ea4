import Testing
@testable import ReportParsing

/// A number we print is the number in its cell: a field holding something other than a number
/// keeps its column, and the values beside it keep theirs.
@Suite struct OddCellTests {
    static let row = "一、本年新收政府信息公开申请数量\t\t\t0\t20\t0\t75\t31\t107\t233"

    func parseRow(_ line: String) throws -> Report {
        let text = try sample("Samples/synthetic-11/plumber.txt")
        #expect(text.contains(Self.row))
        return try parse(text.replacingOccurrences(of: Self.row, with: line))
    }

    /// Regression (the shared synthetic-11 scan, read straighter): the first field of the row
    /// 3.危及“三安全一稳定”, a character of the group's upright label, read `2`; a number first on
    /// the line made the line's text cells of the row above, and the row's own label was never
    /// read: seven cells lost. Text in a values line that names a later row by itself names it.
    @Test func aRowLabelAfterAMisreadNumberInTheFirstFieldNamesItsRow() throws {
        var values: [String: String] = [:]
        for (k, c) in ["natural_person", "commercial", "research", "social_welfare", "legal_service", "other_org", "total"].enumerated() {
            values["requests.denied.security_stability.\(c)"] = String(k + 21)
            values["requests.denied.prohibited_by_law.\(c)"] = String(k + 11)
        }
        let text = ReportText.make(values)
        #expect(text.contains("\n\t\t3.危及“三安全一稳定”\t"))
        let report = try parseAsScan(text.replacingOccurrences(of: "\n\t\t3.危及“三安全一稳定”\t", with: "\n2\t开\t3.危及“三安全一稳定”\t"))
        #expect(report.value("requests.denied.security_stability.natural_person") == 21)
        #expect(report.value("requests.denied.security_stability.total") == 27)
        #expect(report.value("requests.denied.prohibited_by_law.natural_person") == 11)
        #expect(report.value("requests.denied.prohibited_by_law.total") == 17)
        // The `2` is no value of either row.
        #expect(!report.cells.contains { $0.path.hasPrefix("requests.denied.") && report.value($0.path) == 2 })
    }

    /// Regression: `…数量⇥⇥⇥5⇥〇⇥7⇥…` gave natural_person blank, commercial 5, research 7: every
    /// value one column off, none flagged.
    @Test(arguments: [("〇", CellStatus.text), ("一", .text), ("5*", .text), ("5①", .text), ("（3）", .text),
                      ("1 107", .text), ("—", .blank), ("-", .blank), ("－", .blank), ("/", .blank), ("无", .blank), ("", .blank)])
    func anOddCellKeepsItsColumn(_ token: String, _ status: CellStatus) throws {
        let r = try parseRow("一、本年新收政府信息公开申请数量\t\t\t5\t\(token)\t7\t75\t31\t107\t245")
        #expect(r.value("requests.new_received.natural_person") == 5, "\(token)")
        #expect(r.value("requests.new_received.commercial") == nil, "\(token)")
        #expect(r.status("requests.new_received.commercial") == status, "\(token)")
        #expect(r.cell("requests.new_received.commercial")?.raw == token, "\(token)")
        #expect(r.value("requests.new_received.research") == 7, "\(token)")
        #expect(r.value("requests.new_received.total") == 245, "\(token)")
    }

    @Test func anOddCellFirstOrLastKeepsItsColumn() throws {
        let first = try parseRow("一、本年新收政府信息公开申请数量\t\t\t〇\t20\t0\t75\t31\t107\t233")
        #expect(first.status("requests.new_received.natural_person") == .text)
        #expect(first.value("requests.new_received.commercial") == 20 && first.value("requests.new_received.total") == 233)
        let last = try parseRow("一、本年新收政府信息公开申请数量\t\t\t0\t20\t0\t75\t31\t107\t〇")
        #expect(last.value("requests.new_received.natural_person") == 0 && last.value("requests.new_received.other_org") == 107)
        #expect(last.status("requests.new_received.total") == .text)
    }

    /// Regression: a tab field dropped from a row (`⇥⇥0⇥20⇥75⇥…`, research lost) was read as a
    /// blank first cell: natural_person blank, commercial 0, research 20, every value after the
    /// lost one a column off, no warning. The table's other rows with the same label layout have
    /// one field more, so a cell is missing: the values are placed only where the table's
    /// identities prove it (here, in a table that balances, each in its own column and the lost
    /// one null), and never shifted.
    @Test(arguments: [3, 5, 8, 9])
    func aRowMissingAFieldIsNeverShifted(_ dropped: Int) throws {
        var fields = Self.row.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        let columns = ["natural_person", "commercial", "research", "social_welfare", "legal_service", "other_org", "total"]
        let printed = Array(fields[3...])
        fields.remove(at: dropped)
        let r = try parseRow(fields.joined(separator: "\t"))
        for (k, column) in columns.enumerated() {
            let expected: Double? = k == dropped - 3 ? nil : Double(printed[k])
            #expect(r.value("requests.new_received.\(column)") == expected, "field \(dropped) dropped: \(column)")
        }
        #expect(r.status("requests.new_received.\(columns[dropped - 3])") == .unplaced)
        #expect(r.warnings.contains { $0.code == .rowPlacedByIdentities && $0.paths.contains("requests.new_received.total") })

        // In a table whose identities cannot place it (nothing else in the table), the row is null.
        var text = ReportText.make(["requests.new_received.commercial": "20", "requests.new_received.social_welfare": "75",
                                    "requests.new_received.legal_service": "31", "requests.new_received.other_org": "107",
                                    "requests.new_received.total": "233"])
        let full = "一、本年新收政府信息公开申请数量\t\t\t0\t20\t0\t75\t31\t107\t233"
        #expect(text.contains(full))
        text = text.replacingOccurrences(of: full, with: fields.joined(separator: "\t"))
        let alone = try parse(text)
        for column in columns {
            #expect(alone.value("requests.new_received.\(column)") == nil, "field \(dropped) dropped: \(column)")
        }
        #expect(alone.warnings.contains { $0.code == .rowValuesUnplaced && $0.message.contains("a cell is missing") })
    }

    /// A row of exactly one field per column, first and last printed, is read as it stands: real
    /// pdfplumber extracts give a spanning label one field in some rows and three in others.
    @Test func aRowWithOneFieldPerColumnIsReadAsItStands() throws {
        let r = try parseRow("一、本年新收政府信息公开申请数量\t821\t35\t\t\t2\t1\t859")
        #expect(r.value("requests.new_received.natural_person") == 821)
        #expect(r.status("requests.new_received.research") == .blank)
        #expect(r.value("requests.new_received.total") == 859)
    }
}
