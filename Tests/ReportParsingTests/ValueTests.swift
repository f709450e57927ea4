import Testing
import DocumentModel
@testable import ReportParsing

@Suite struct ValueTests {
    func report(_ overrides: [String: String]) throws -> Report {
        try parse(ReportText.make(overrides))
    }

    @Test func blanksAreNullWithTheirRawText() throws {
        let r = try report(["active_disclosure.regulations.issued": "—", "active_disclosure.regulations.repealed": "/",
                            "active_disclosure.regulations.in_force": "无", "requests.granted.research": ""])
        for (p, raw) in [("active_disclosure.regulations.issued", "—"), ("active_disclosure.regulations.repealed", "/"),
                         ("active_disclosure.regulations.in_force", "无"), ("requests.granted.research", "")] {
            #expect(r.cell(p)?.value == nil, "\(p)")
            #expect(r.status(p) == .blank, "\(p)")
            #expect(r.cell(p)?.raw == raw, "\(p)")
        }
        #expect(r.status("requests.granted.total") == .value)
    }

    @Test func notesAndUnitsKeepTheirTextAndYieldTheNumber() throws {
        let r = try report(["active_disclosure.regulations.in_force": "22（其中修订16件）",
                            "active_disclosure.fees.amount": "27.30"])
        #expect(r.cell("active_disclosure.regulations.in_force")?.value?.value == 22)
        #expect(r.status("active_disclosure.regulations.in_force") == .note)
        #expect(r.cell("active_disclosure.fees.amount")?.value?.text == "27.30")
    }

    @Test func fullWidthAndThousandsSeparatedNumbers() throws {
        let r = try report(["active_disclosure.licensing.decisions": "１２", "active_disclosure.penalties.decisions": "1,234"])
        #expect(r.value("active_disclosure.licensing.decisions") == 12)
        #expect(r.value("active_disclosure.penalties.decisions") == 1234)
    }

    @Test func cellsRecordWhereTheyCameFrom() throws {
        let r = try report(["requests.granted.natural_person": "7"])
        let c = try #require(r.cell("requests.granted.natural_person"))
        #expect(c.raw == "7")
        #expect(c.ref?.page == 1)
        #expect(c.ref?.line == 33)
        #expect(c.rowLabel?.contains("予以公开") == true)
    }
}
