import Foundation
import Testing
@testable import NianbaoKit

/// End-to-end output for every sample, compared with Samples/expected/. Re-record deliberately with
/// `NIANBAO_RECORD=1 swift test --filter GoldenTests` (a recording run fails, so it is never silent).
@Suite struct GoldenTests {
    static let record = ProcessInfo.processInfo.environment["NIANBAO_RECORD"] == "1"

    static func expectedURL(_ input: String) -> URL {
        let rel = input.dropFirst("Samples/".count)
        return repoRoot.appendingPathComponent("Samples/expected").appendingPathComponent(String(rel) + ".json")
    }

    @Test(arguments: sampleInputs())
    func outputMatchesTheGoldenFile(_ input: String) throws {
        let c = try convertSample(input)
        let actual = ReportJSON.encode(c, pretty: true) + "\n"
        let url = Self.expectedURL(input)
        if Self.record {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try actual.write(to: url, atomically: true, encoding: .utf8)
            Issue.record("recorded \(url.path); rerun without NIANBAO_RECORD")
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        if actual != expected {
            let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let i = (0..<min(a.count, e.count)).first { a[$0] != e[$0] } ?? min(a.count, e.count)
            Issue.record("\(input) differs from \(url.lastPathComponent) at line \(i + 1): expected \(i < e.count ? String(e[i]) : "EOF") got \(i < a.count ? String(a[i]) : "EOF")")
        }
    }
}
