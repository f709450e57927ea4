import Testing
@testable import ReportParsing

/// A template is one value: its checks, years, anchors and cross-year identities come from it.
@Suite struct TemplateDataTests {
    @Test func checksDeriveFromTheTablesIdentitiesForEachPrintedVariant() throws {
        for t in Templates.all {
            let split = t.checks(variants: ["other": "split"])
            let single = t.checks(variants: ["other": "single"])
            // 7 balance + 7 results_sum + one row_sum per row printed (25 split, 23 single) + 3 review sums.
            #expect(split.count == 7 + 7 + 25 + 3, "\(t.id)")
            #expect(single.count == 7 + 7 + 23 + 3, "\(t.id)")
            let found = split.first { $0.id == "requests.results_sum.total" }
            let results = try #require(found)
            #expect(results.lhs.count == 21)   // granted … other.other (split), never new_received/carried_over/carried_forward
            #expect(results.lhs.contains("requests.other.no_correction.total"))
            #expect(!results.lhs.contains("requests.new_received.total"))
            #expect(single.first { $0.id == "requests.results_sum.total" }?.lhs.contains("requests.other.total") == true)
            #expect(split.last?.id == "review_litigation.litigation_after_review.sum")
            #expect(split.last?.lhs == ["upheld", "corrected", "other", "pending"].map { "review_litigation.litigation_after_review.\($0)" })
            // A variant not given takes the template's default.
            #expect(t.checks(variants: [:]).map(\.id) == t.checks(variants: t.defaultVariants).map(\.id))
        }
    }

    @Test func eachYearHasOneTemplate() {
        #expect(Templates.template(forYear: 2020)?.id == "2019")
        #expect(Templates.template(forYear: 2019)?.id == "2019")
        #expect(Templates.template(forYear: 2021)?.id == "2021")
        #expect(Templates.template(forYear: 2030)?.id == "2021")
        for y in 1990...2100 { #expect(Templates.all.filter { $0.years.contains(y) }.count == 1, "\(y)") }
    }

    @Test func crossYearIdentitiesAreTheTemplatesOwn() {
        let ids2021 = Set(Template2021.template.crossYear.map(\.id))
        let ids2019 = Set(Template2019.template.crossYear.map(\.id))
        #expect(ids2019.isSubset(of: ids2021))
        #expect(ids2021.subtracting(ids2019) == ["cross_year.active_disclosure.regulations.in_force",
                                                  "cross_year.active_disclosure.normative_documents.in_force"])
        #expect(ids2019.count == 7)
    }

    @Test func theTemplateIsForcedOrFallsBackWhenNothingShowsIt() throws {
        let forced = try parse("某某局2020年政府信息公开工作年度报告\n\n一、总体情况\n\n全年主动公开信息。\n", template: "2021")
        #expect(forced.metadata.template == "2021")
        #expect(forced.metadata.templateEvidence == .forced)
        let nothing = try parse("某某局政府信息公开工作年度报告\n\n一、总体情况\n\n全年主动公开信息。\n")
        #expect(nothing.metadata.template == Templates.fallback.id)
        #expect(nothing.metadata.templateEvidence == .default)
    }
}
