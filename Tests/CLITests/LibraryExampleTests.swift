import Foundation
import Testing

/// The README's library example (Examples/nianbao-example) builds and does what it says.
@Suite struct LibraryExampleTests {
    @Test func theLibraryExampleRuns() throws {
        let binary = CLITests.binary.deletingLastPathComponent().appendingPathComponent("nianbao-example")
        let p = Process()
        p.executableURL = binary
        p.arguments = ["Samples/synthetic-11/report.pdf"]
        p.currentDirectoryURL = CLITests.root
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(p.terminationStatus == 0)
        #expect(text.contains("title: 阆中市住房和城乡建设局2024年政府信息公开工作年度报告"), "\(text)")
        #expect(text.contains("requests.new_received.total 233 value"), "\(text)")
        #expect(text.contains("failed checks: []"))
        let missing = Process()
        missing.executableURL = binary
        missing.arguments = ["no-such-file.pdf"]
        missing.standardOutput = FileHandle.nullDevice
        try missing.run()
        missing.waitUntilExit()
        #expect(missing.terminationStatus == 3)
    }
}
