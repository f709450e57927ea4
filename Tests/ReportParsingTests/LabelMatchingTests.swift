import Testing
@testable import ReportParsing

/// Regressions from the large-font sample: narrow label columns wrap labels and interleave them
/// with vertical group labels; page breaks cut them.
@Suite struct LabelMatchingTests {

    @Test func gappedPhraseSearch() {
        let text = Array("(六1申请人无正)其当理由逾期不他处补正行政机".unicodeScalars)
        #expect(PhraseSearch.lastGappedOffset(of: Array("申请人无正当".unicodeScalars), in: text) != nil)
        #expect(PhraseSearch.lastGappedOffset(of: Array("予以公开".unicodeScalars), in: Array("(三)不予公开".unicodeScalars)) == nil)
    }

    /// A one-cell-per-line extract where the group label `（六）其他处理` is printed in fragments
    /// between the lines of the first sub-row's label.
    @Test func labelInterleavedWithAVerticalGroupLabel() throws {
        var text = ReportText.make(["requests.other.no_correction.commercial": "9", "requests.other.no_correction.total": "9"])
        text = text.replacingOccurrences(of: "\t（六）其他处理\t1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请\t",
                                          with: "（六\n1.申请人无正\n）其\n当理由逾期不\n他处\n补正、行政机\n理\n关不再处理其\n")
        let report = try parse(text)
        #expect(report.value("requests.other.no_correction.commercial") == 9)
    }

    /// Regression (a scan of 上海市科委's 2024 page printed without rules and set tight, style
    /// probe of seed 1, read while the table's columns were being changed): the 2021 form's
    /// `1.申请人无正当理由…` read as nothing beside the group label `（六）其他处理`, its values after
    /// that label. The group label was taken for the 2019 form's one row: `requests.other` with
    /// the first sub-row's values, and the sub-rows found after it dropped. Once a row under the
    /// group label is found, that label names no row of its own: its values are not used.
    @Test func theGroupLabelOfRowsFoundIsNoRowOfItsOwn() throws {
        var text = ReportText.make(["requests.other.no_correction.natural_person": "8", "requests.other.no_correction.total": "8",
                                    "requests.other.fee_unpaid.natural_person": "0", "requests.other.other.natural_person": "4",
                                    "requests.other.other.total": "4"])
        text = text.replacingOccurrences(of: "\t1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请\t", with: "\t")
        let report = try parse(text)
        #expect(report.value("requests.other.other.natural_person") == 4)
        #expect(report.cell("requests.other.no_correction.natural_person")?.value == nil)
        #expect(report.cell("requests.other.natural_person") == nil)
        #expect(report.warnings.contains { $0.code == .valueWithoutRow && $0.message.contains("follow （六）其他处理, here the group label") })
    }

    /// Regression (the same page scanned at 240 dpi, kept as
    /// `scans/real-science-2024-centre-no-rules-tight-240dpi`): `2.申请人逾期未按收费…`'s lines
    /// read as junk run into the group label's `他处理` beside them (`7) 2.5 A SRA Be … Be他处理”用、
    /// 行政机关不再处理其政府信息公开申`); read as the group's label, 2019's one row, the row's seven
    /// zeros were not used although the row lay between two rows found. Past a row under the group
    /// label, that label names no row: such a label names its row by its place (with a warning).
    @Test func aLabelReadWithTheGroupLabelPastItsFirstRowIsNamedByItsPlace() throws {
        var text = ReportText.make(["requests.other.no_correction.natural_person": "8", "requests.other.no_correction.total": "8",
                                    "requests.other.fee_unpaid.natural_person": "3", "requests.other.fee_unpaid.total": "3",
                                    "requests.other.other.natural_person": "4", "requests.other.other.total": "4"])
        text = text.replacingOccurrences(of: "\t2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请\t",
                                         with: "\t2.5 A SRA Be AT SE IIE Be他处理”用、行政机关不再处理其政府信息公开申\t")
        for report in [try parseAsScan(text), try parse(text.replacingOccurrences(of: "Be他处理", with: "（六）其他处理"))] {
            #expect(report.value("requests.other.no_correction.natural_person") == 8)
            #expect(report.value("requests.other.fee_unpaid.natural_person") == 3)
            #expect(report.value("requests.other.fee_unpaid.total") == 3)
            #expect(report.value("requests.other.other.total") == 4)
            #expect(report.cell("requests.other.natural_person") == nil)
            #expect(report.warnings.contains { $0.code == .rowNamedByPosition && $0.message.contains("2.申请人逾期") })
        }
    }

    /// A label cut by a page break before its distinctive words (`1.属于国家秘` / `密`).
    @Test func labelCutShortByAPageBreak() throws {
        var text = ReportText.make(["requests.denied.state_secret.research": "4", "requests.denied.state_secret.total": "4"])
        text = text.replacingOccurrences(of: "\t（三）不予公开\t1.属于国家秘密\t", with: "\t（三）不予公开\t1.属于国家秘\t")
        let report = try parse(text)
        #expect(report.value("requests.denied.state_secret.research") == 4)
    }

    /// Regression (scan of the 2019 tight print): OCR read the first applications row's label as
    /// `一、本年狐收政府信息公玫申请数量`. The table was taken to start at its second row (the only
    /// label with a start word), and the misread label, after the long header above it, was too
    /// long a run to be matched with wrong characters: five cells lost. The table now starts at its
    /// header, and a misread label is looked for in the labels of the values' own row.
    @Test func aScansMisreadFirstRowLabelUnderTheHeaderIsRead() throws {
        var text = ReportText.make(["requests.new_received.natural_person": "821", "requests.new_received.commercial": "35",
                                    "requests.new_received.total": "856"])
        text = text.replacingOccurrences(of: "一、本年新收政府信息公开申请数量", with: "一、本年狐收政府信息公玫申请数量")
        let report = try parseAsScan(text)
        #expect(report.value("requests.new_received.natural_person") == 821)
        #expect(report.value("requests.new_received.commercial") == 35)
        #expect(report.value("requests.new_received.total") == 856)
        #expect(report.value("requests.carried_over.total") == 0)
        // The same text from an extract names no row: wrong characters are OCR's, not a text's.
        #expect(try parse(text).value("requests.new_received.total") == nil)
    }

    /// Regression (a scan of the 2019 tight print at 200 dpi): OCR misread both rows that start
    /// the applications table (`本年曾收`, `上年络转`) and the section's heading ran into the row
    /// above; with no row starting it the whole table was missing (47 cells). It now starts at its
    /// header (`申请人情况`, `本列数据`).
    @Test func aTableWhoseStartingRowsAreBothMisreadStartsAtItsHeader() throws {
        var text = ReportText.make(["requests.new_received.natural_person": "821", "requests.new_received.total": "821",
                                    "requests.carried_over.natural_person": "18", "requests.carried_over.total": "18"])
        text = text.replacingOccurrences(of: "一、本年新收政府信息公开申请数量", with: "一、本年曾收政府信息公开申请数量")
            .replacingOccurrences(of: "二、上年结转政府信息公开申请数量", with: "二、上年络转政府信息公开甲请数量")
            .replacingOccurrences(of: "三、收到和处理政府信息公开申请情况", with: "")
        let report = try parseAsScan(text)
        #expect(report.value("requests.new_received.natural_person") == 821)
        #expect(report.value("requests.carried_over.total") == 18)
        #expect(!report.warnings.contains { $0.code == .tableMissing })
        // From an extract, with no start and no misreading allowed, the rows stay unnamed.
        #expect(try parse(text).value("requests.new_received.natural_person") == nil)
    }

    /// The row 二、上年结转 printing 18 under 自然人 and 总计, its other cells blank.
    var carriedOverEighteen: [String: String] {
        var values: [String: String] = [:]
        for c in ReportText.applicants { values["requests.carried_over.\(c)"] = "" }
        values["requests.carried_over.natural_person"] = "18"
        values["requests.carried_over.total"] = "18"
        return values
    }

    /// Regression (scan of the 2019 tight print): a stray mark in the label cell made OCR cut it in
    /// two, `一、上年结转政府信息公玫` and `-申请数量`; the second piece was taken for a cell of the
    /// row, and the row's two values in nine fields for seven columns were left unplaced. A label
    /// cell right after the row's label that prints a piece of that label is part of it.
    @Test func aPieceOfTheRowsLabelInTheNextCellIsNotACell() throws {
        let values = carriedOverEighteen
        var text = ReportText.make(values)
        text = text.replacingOccurrences(of: "二、上年结转政府信息公开申请数量\t\t", with: "二、上年结转政府信息公玫\t-申请数量\t")
        let report = try parse(text)
        #expect(report.value("requests.carried_over.natural_person") == 18)
        #expect(report.value("requests.carried_over.commercial") == nil)
        #expect(report.value("requests.carried_over.total") == 18)
        // Text that is no piece of the label stays a cell of the row: nine fields for seven
        // columns, the first not empty, and the row is left null rather than guessed.
        var odd = ReportText.make(values)
        odd = odd.replacingOccurrences(of: "二、上年结转政府信息公开申请数量\t\t", with: "二、上年结转政府信息公玫\t-其他事项\t")
        #expect(try parse(odd).value("requests.carried_over.natural_person") == nil)
    }

    /// Regression (the tight print's scan at 240 dpi): a piece of the label cut off by a stray mark
    /// and misread, `-甲请数量`, stood in the first field after the label, and the row had lost the
    /// rule between its first two value columns: seven fields for seven columns, the piece taken
    /// for the first cell and `18` put under 商业企业, a wrong number, certain. Words right after the
    /// label may be the label's end or a cell: the row is not placed, and the warning says why.
    @Test func wordsRightAfterTheLabelLeaveTheRowUnplaced() throws {
        let values = carriedOverEighteen
        let text = ReportText.make(values).replacingOccurrences(of: "二、上年结转政府信息公开申请数量\t\t\t18\t\t\t\t\t\t18",
                                                                with: "二、上年结转政府信息公玫\t-甲请数量\t18\t\t\t\t\t18")
        let report = try parseAsScan(text)
        #expect(report.value("requests.carried_over.commercial") == nil)
        #expect(report.value("requests.carried_over.natural_person") == nil)
        #expect(report.warnings.contains { $0.code == .rowValuesUnplaced && $0.message.contains("-甲请数量") })
        // A mark in that field (`〇`, one character) is still the row's first cell.
        let odd = ReportText.make(values).replacingOccurrences(of: "二、上年结转政府信息公开申请数量\t\t\t18\t",
                                                               with: "二、上年结转政府信息公开申请数量\t\t\t〇\t")
        let oddReport = try parse(odd)
        #expect(oddReport.value("requests.carried_over.natural_person") == nil)
        #expect(oddReport.value("requests.carried_over.total") == 18)
    }

    /// Regression (上海市科委 2024 printed without rules, centred and set tight, 240 dpi, seed-41
    /// probe 21): the header's last line was read into row 一's line, its values run into the
    /// header's words (`…申请数量32`, `企业2`, `机构0`), and row 二's label misread
    /// (`as of AF年结转政府信息公开申请数量`); row 二's values were taken for row 一's, the only row
    /// named before them: `2 0 0 0 0 0 2` for `32 2 0 0 0 0 34`, three wrong numbers marked
    /// certain. Labels on the values' own line that nearly spell the start of another row's label
    /// make the values that row's; row 一, with no values of its own, is null.
    @Test func aMisreadRowStartOnTheValuesLineIsNotTheRowAbove() throws {
        var values: [String: String] = [:]
        for (c, v) in zip(ReportText.applicants, ["32", "2", "0", "0", "0", "0", "34"]) { values["requests.new_received.\(c)"] = v }
        for (c, v) in zip(ReportText.applicants, ["2", "0", "0", "0", "0", "0", "2"]) { values["requests.carried_over.\(c)"] = v }
        let misread = ReportText.make(values)
            .replacingOccurrences(of: "一、本年新收政府信息公开申请数量\t\t\t32\t2\t0\t0\t0\t0\t34",
                                  with: "FARA人一、本年新收政府信息公开申请数量32\t企业2\t机构0\t组织\t务机构他0 0\t计34")
            .replacingOccurrences(of: "二、上年结转政府信息公开申请数量", with: "as of AF年结转政府信息公开申请数量")
        #expect(misread.contains("AF年结转") && misread.contains("企业2"))
        let report = try parseAsScan(misread)
        #expect(report.value("requests.carried_over.natural_person") == 2)
        #expect(report.value("requests.carried_over.total") == 2)
        #expect(report.value("requests.new_received.natural_person") == nil)
        #expect(report.value("requests.new_received.total") == nil)
        // Read correctly, both rows keep their values.
        let read = try parseAsScan(ReportText.make(values))
        #expect(read.value("requests.new_received.natural_person") == 32)
        #expect(read.value("requests.carried_over.natural_person") == 2)
    }
}
