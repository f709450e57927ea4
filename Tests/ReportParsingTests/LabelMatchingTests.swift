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

    /// A label cut by a page break before its distinctive words (`1.属于国家秘` / `密`).
    @Test func labelCutShortByAPageBreak() throws {
        var text = ReportText.make(["requests.denied.state_secret.research": "4", "requests.denied.state_secret.total": "4"])
        text = text.replacingOccurrences(of: "\t（三）不予公开\t1.属于国家秘密\t", with: "\t（三）不予公开\t1.属于国家秘\t")
        let report = try parse(text)
        #expect(report.value("requests.denied.state_secret.research") == 4)
    }
}
