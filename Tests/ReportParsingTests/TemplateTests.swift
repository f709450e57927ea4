import Testing
@testable import ReportParsing

/// Each template and the mixed variants real agencies print, as data through one parser.
@Suite struct TemplateTests {
    /// Distinct printed values for every cell of a template, so a misplaced value cannot pass.
    static func values(_ template: ReportTemplate, otherSingle: Bool) -> [String: String] {
        var out: [String: String] = [:]
        var variants = template.defaultVariants
        if otherSingle { variants["other"] = "single" }
        for (i, p) in template.tables.flatMap({ $0.paths(variants: variants) }).enumerated() { out[p] = String(i + 1) }
        return out
    }

    func expectAll(_ report: Report, _ values: [String: String]) {
        for (path, text) in values {
            #expect(report.cell(path)?.value?.text == text, "\(path)")
        }
    }

    @Test func template2021() throws {
        let values = Self.values(Template2021.template, otherSingle: false)
        let report = try parse(ReportText.make(values, template: "2021"))
        #expect(report.metadata.template == "2021")
        #expect(report.metadata.templateEvidence == .tableHeaders)
        #expect(report.cells.count == 10 + 26 * 7 - 7 + 15)
        expectAll(report, values)
        #expect(!report.warnings.contains { $0.code.rawValue.hasPrefix("row-") })
    }

    @Test func template2019() throws {
        var values = Self.values(Template2019.template, otherSingle: true)
        values["active_disclosure.licensing.change"] = "-18"
        values["active_disclosure.procurement.amount"] = "75394432.52元"
        let report = try parse(ReportText.make(values, template: "2019"))
        #expect(report.metadata.template == "2019")
        #expect(report.cell("requests.other.total") != nil)
        #expect(report.cell("requests.other.other.total") == nil)
        #expect(report.cell("active_disclosure.licensing.change")?.value?.value == -18)
        let amount = report.cell("active_disclosure.procurement.amount")
        #expect(amount?.value?.text == "75394432.52")
        #expect(amount?.status == .note)
        #expect(amount?.raw == "75394432.52元")
        values["active_disclosure.licensing.change"] = nil
        values["active_disclosure.procurement.amount"] = nil
        expectAll(report, values)
    }

    @Test func report2021WithASingleOtherRow() throws {
        let values = Self.values(Template2021.template, otherSingle: true)
        let report = try parse(ReportText.make(values, template: "2021", otherSingle: true))
        #expect(report.metadata.template == "2021")
        #expect(report.cell("requests.other.commercial")?.value != nil)
        #expect(report.cell("requests.other.no_correction.commercial") == nil)
        expectAll(report, values)
    }

    @Test func normativeDocumentsAndMisprintedRowLabels() throws {
        let values = Self.values(Template2021.template, otherSingle: false)
        let report = try parse(ReportText.make(values, labels: ["normative_documents": "规范性文件",
                                                                "prohibited_by_law": "2.其他法律行政止公开"]))
        expectAll(report, values)
    }

    @Test func templateFromTheYearWhenTheTablesDoNotShowIt() throws {
        let report = try parse("某某局2020年政府信息公开工作年度报告\n\n一、总体情况\n\n全年主动公开信息。\n\n五、存在的主要问题及改进情况\n\n无。\n")
        #expect(report.metadata.template == "2019")
        #expect(report.metadata.templateEvidence == .year)
        #expect(report.warnings.contains { $0.code == .tableMissing })
    }
}
