import Testing
@testable import ReportParsing

/// The acceptance criteria of the foundation issue, on the real 2022 town report extract.
@Suite struct SeedTests {
    let report: Report

    init() throws {
        report = try parse(try sample("Samples/seed/000_fbc53eca3484a611.txt"))
    }

    @Test func metadata() {
        let m = report.metadata
        #expect(m.agency == "友谊县兴隆镇人民政府")
        #expect(m.year == 2022)
        #expect(m.template == "2021")
        #expect(m.periodStart == "2022-01-01")
        #expect(m.periodEnd == "2022-12-31")
        #expect(m.contact.phone == "0469-5872206")
        #expect(m.contact.postcode == "155811")
        #expect(m.contact.person == "李珊珊")
        #expect(m.contact.address == "黑龙江省友谊县兴隆镇")
        #expect(m.contact.url == "http://www.hljyy.gov.cn/zwgk/zfxxgknb/")
    }

    @Test func everyPrintedCellHasItsValue() {
        let printed = report.cells.filter { $0.status == .value }
        // 10 active disclosure cells, 16 rows × 7 application cells, 15 review cells.
        #expect(printed.count == 10 + 16 * 7 + 15)
        #expect(printed.allSatisfy { $0.value?.value == 0 && $0.raw == "0" && $0.ref != nil })
    }

    @Test func sectionFourNumbersBelongToIt() {
        for g in ["review", "litigation_direct", "litigation_after_review"] {
            for c in ["upheld", "corrected", "other", "pending", "total"] {
                #expect(report.status("review_litigation.\(g).\(c)") == .value)
            }
        }
        let four = report.sections[3]
        #expect(!four.headingFound && four.found)
        #expect(report.warnings.contains { $0.code == .sectionHeadingMissing && $0.paths == ["review_litigation"] })
    }

    @Test func lostRowsAreNullAndNamed() {
        let lost = ["not_processed.repeated", "not_processed.publications", "not_processed.excessive", "not_processed.confirmation",
                    "other.no_correction", "other.fee_unpaid", "other.other", "total", "carried_forward"]
        for row in lost {
            #expect(report.status("requests.\(row).natural_person") == .missing, "\(row)")
            #expect(report.cell("requests.\(row).total")?.value == nil)
            #expect(report.warnings.contains { $0.code == .rowMissing && $0.paths.contains("requests.\(row).total") }, "\(row)")
        }
        #expect(report.status("requests.not_processed.petition_complaint.total") == .value)
    }

    @Test func noCheckFailsAndLostRowsMakeChecksNotAssessable() {
        #expect(!report.checks.contains { $0.status == .fail })
        #expect(report.checks.first { $0.id == "requests.balance.total" }?.status == .notAssessable)
        #expect(report.checks.first { $0.id == "review_litigation.review.sum" }?.status == .pass)
    }

    @Test func sectionTextsAreCleaned() {
        #expect(report.sections[0].text.contains("也是实行依法行政，转变工作作风"))
        #expect(report.sections[0].text.contains("回映"))
        #expect(report.sections[5].text == "无其他需要报告的事项。")
    }
}
