import Testing
@testable import ReportParsing

@Suite struct SectionFinderTests {
    @Test func headingsByMeaning() {
        #expect(SectionFinder.sectionNumber(of: "一、总体情况") == 1)
        #expect(SectionFinder.sectionNumber(of: "二、主动公开政府信息情况") == 2)
        #expect(SectionFinder.sectionNumber(of: "三、收到和处理政府信息公开申请情况") == 3)
        #expect(SectionFinder.sectionNumber(of: "四、因政府信息公开工作被申请行政复议、提起行政诉讼情况") == 4)
        #expect(SectionFinder.sectionNumber(of: "五、存在的主要问题及改进情况") == 5)
        #expect(SectionFinder.sectionNumber(of: "六、其他需要报告的事项") == 6)
        #expect(SectionFinder.sectionNumber(of: "（五）存在的主要问题及改进情况") == 5)
    }

    @Test func rowLabelsAndProseAreNotHeadings() {
        #expect(SectionFinder.sectionNumber(of: "一、本年新收政府信息公开申请数量") == nil)
        #expect(SectionFinder.sectionNumber(of: "四、结转下年度继续办理") == nil)
        #expect(SectionFinder.sectionNumber(of: "（一）主动公开。全年通过政府网站主动公开政府信息191条。") == nil)
    }

    @Test func missingHeadingIsReportedAndTheOthersFound() throws {
        let text = ReportText.make([:]).replacingOccurrences(of: "五、存在的主要问题及改进情况\n", with: "")
        let report = try parse(text)
        #expect(report.sections.filter(\.headingFound).map(\.number) == [1, 2, 3, 4, 6])
        #expect(report.warnings.contains { $0.code == .sectionMissing && $0.paths == ["problems"] })
    }
}
