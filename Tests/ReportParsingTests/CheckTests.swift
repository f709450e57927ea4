import Testing
@testable import ReportParsing

@Suite struct CheckTests {
    @Test func consistentTablePassesEveryCheck() throws {
        var v: [String: String] = [:]
        for c in ReportText.applicants.dropLast() {
            v["requests.new_received.\(c)"] = "3"
            v["requests.carried_over.\(c)"] = "1"
            v["requests.granted.\(c)"] = "2"
            v["requests.total.\(c)"] = "2"
            v["requests.carried_forward.\(c)"] = "2"
        }
        for r in ["new_received": "18", "carried_over": "6", "granted": "12", "total": "12", "carried_forward": "12"] {
            v["requests.\(r.key).total"] = r.value
        }
        v["review_litigation.review.upheld"] = "1"
        v["review_litigation.review.total"] = "1"
        let report = try parse(ReportText.make(v))
        #expect(report.checks.count == 7 + 7 + 25 + 3)
        #expect(report.checks.allSatisfy { $0.status == .pass })
    }

    @Test func failedIdentityIsAFindingAndNumbersStayAsPrinted() throws {
        let report = try parse(ReportText.make(["requests.new_received.natural_person": "5", "requests.new_received.total": "5"]))
        let failed = report.checks.filter { $0.status == .fail }.map(\.id)
        #expect(failed.contains("requests.balance.natural_person"))
        #expect(report.value("requests.new_received.natural_person") == 5)
        let balance = try #require(report.checks.first { $0.id == "requests.balance.natural_person" })
        #expect(balance.difference == 5)
        #expect(balance.values.map(\.path) == ["requests.new_received.natural_person", "requests.carried_over.natural_person",
                                               "requests.total.natural_person", "requests.carried_forward.natural_person"])
    }

    @Test func nullOperandMakesACheckNotAssessable() throws {
        let report = try parse(ReportText.make(["requests.total.research": "—"]))
        #expect(report.checks.first { $0.id == "requests.balance.research" }?.status == .notAssessable)
        #expect(report.checks.first { $0.id == "requests.row_sum.total" }?.status == .notAssessable)
    }
}
