import Foundation
import TestSupport
import Testing

/// The README's library example (Examples/nianbao-example) builds and does what it says.
@Suite struct LibraryExampleTests {
    @Test func theLibraryExampleRuns() throws {
        let binary = Products.url("nianbao-example")
        let r = try runProcess(binary, ["Samples/synthetic-11/report.pdf"])
        let text = r.stdout
        #expect(r.status == 0)
        #expect(text.contains("title: 阆中市住房和城乡建设局2024年政府信息公开工作年度报告"), "\(text)")
        #expect(text.contains("requests.new_received.total 233 value"), "\(text)")
        #expect(text.contains("failed checks: []"))
        #expect(try runProcess(binary, ["no-such-file.pdf"]).status == 3)
    }
}
