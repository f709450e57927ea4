import Testing
@testable import NianbaoKit

/// The batch's line protocol: what one side encodes, the other decodes to the same message.
@Suite struct WorkerMessageTests {
    func decoded(_ m: WorkerMessage) -> WorkerMessage? {
        let line = String(decoding: m.line, as: UTF8.self)
        #expect(line.hasSuffix("\n") && line.dropLast().firstIndex(of: "\n") == nil, "one line: \(line)")
        return WorkerMessage(line: String(line.dropLast()))
    }

    @Test func everyMessageRoundTrips() {
        for m: WorkerMessage in [.hash("ab12"), .hash(nil), .unchanged, .report("{\"a\":0,\"b\":[1]}"),
                                 .refused(code: "not-a-report", exitCode: 5, reason: "no tables")] {
            #expect(decoded(m) == m, "\(m)")
        }
    }

    /// A reason with a line break or a tab (an error message quoting the file) still travels on one
    /// line and keeps its three fields.
    @Test func aRefusalsReasonStaysOnItsLine() {
        let m = WorkerMessage.refused(code: "corrupt-pdf", exitCode: 4, reason: "bad xref\n\tat 12")
        #expect(decoded(m) == .refused(code: "corrupt-pdf", exitCode: 4, reason: "bad xref  at 12"))
    }

    @Test func aReportLineFromBytesIsTheSameAsFromText() {
        let json = "{\"schema_version\":\"1.3\"}"
        #expect(WorkerMessage.reportLine(json: Array(json.utf8)) == WorkerMessage.report(json).line)
        #expect(WorkerMessage.reportLine(json: Array((json + "\n").utf8)) == WorkerMessage.report(json).line)
    }

    @Test func requestsRoundTripAndAPathWithALineBreakCannotTravel() {
        for r in [WorkerRequest(path: "a b/报告.pdf", knownSHA256: nil), WorkerRequest(path: "x.pdf", knownSHA256: "ff00")] {
            #expect(WorkerRequest(line: r.line!) == r)
        }
        #expect(WorkerRequest(path: "a\nb.pdf", knownSHA256: nil).line == nil)
        #expect(WorkerMessage(line: "X what") == nil)
        #expect(WorkerMessage(line: "E only-a-code") == nil)
    }
}
