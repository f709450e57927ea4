import Foundation
import TestSupport
import Testing
@testable import NianbaoKit
import PDFExtraction

/// Outputs that behave as Unix users expect.
@Suite struct UnixMannersTests {
    let cli = CLITests()

    /// Regression: reading a scan fed sideways, leptonica wrote `Warning in pixScaleSmooth:
    /// ridiculously small scaling factor` on standard error (a box of the sideways page read again
    /// as a line of text). A conversion that succeeds says nothing there.
    @Test(.enabled(if: OCRAvailability.languageDataInstalled, "tesseract chi_sim and eng data not installed"))
    func aScanFedSidewaysConvertsSilently() throws {
        let scan = CLITests.root.appendingPathComponent("Samples/scans/real-office-2019-sideways/scanned.pdf").path
        let r = try cli.run(["convert", scan, "--compact"])
        #expect(r.status == 0)
        #expect(r.stderr.isEmpty, "\(r.stderr)")
    }

    /// Regression: `-o -` created a file named `-`.
    @Test func dashAsOutputIsStandardOutput() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("nianbao-dash-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let seed = CLITests.root.appendingPathComponent(cli.seed).path
        let r = try cli.run(["convert", seed, "-o", "-"], in: dir)
        #expect(r.status == 0)
        #expect(r.stdout.contains("\"schema_version\""))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("-").path))
    }

    /// Regression: temporary files had predictable names (`.NAME.tmp-PID`) and were opened
    /// through symbolic links, so a planted link made the tool overwrite another file. They are
    /// made by mkstemp: new, unguessable, never a link.
    @Test func temporaryFilesAreNewAndUnguessable() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("nianbao-tmp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let target = dir.appendingPathComponent("out.json").path
        let a = try #require(TemporaryFile.create(beside: target)), b = try #require(TemporaryFile.create(beside: target))
        defer { close(a.fd); close(b.fd) }
        #expect(a.path != b.path)
        #expect(a.path.hasPrefix(dir.path + "/.out.json.tmp-") && !a.path.hasSuffix("\(getpid())"))
        let attributes = try FileManager.default.attributesOfItem(atPath: a.path)
        #expect(attributes[.type] as? FileAttributeType == .typeRegular)
        // The old names, planted as links to a file the user owns for the process ids the next
        // processes get, are left alone by a conversion.
        let victim = dir.appendingPathComponent("victim.txt")
        try Data("keep me".utf8).write(to: victim)
        let last = Int((try? String(contentsOfFile: "/proc/sys/kernel/ns_last_pid", encoding: .utf8))?
            .trimmingCharacters(in: .whitespacesAndNewlines) ?? "") ?? Int(getpid())
        for pid in (last + 1)...(last + 300) {
            try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent(".out.json.tmp-\(pid)").path,
                                                       withDestinationPath: victim.path)
        }
        let seed = CLITests.root.appendingPathComponent(cli.seed).path
        #expect(try cli.run(["convert", seed, "-o", target]).status == 0)
        #expect(try String(contentsOf: victim, encoding: .utf8) == "keep me")
        #expect(try String(contentsOfFile: target, encoding: .utf8).contains("\"schema_version\""))
    }

    /// Regression: `-` and pipes were refused ("not a regular file"). `-` reads standard input; a
    /// PDF, a web page or an extract comes through a pipe as from a file.
    @Test(arguments: ["Samples/seed/000_fbc53eca3484a611.txt", "Samples/synthetic-11/report.pdf", "Samples/real-pingtan-2020/source.html"])
    func standardInputIsAnInput(_ sample: String) throws {
        let bytes = try Data(contentsOf: CLITests.root.appendingPathComponent(sample))
        let r = try runProcess(CLITests.binary, ["convert", "-", "--compact"], input: bytes)
        #expect(r.status == 0, "\(sample)")
        let json = try JSONSerialization.jsonObject(with: r.output) as? [String: Any]
        #expect((json?["source"] as? [String: Any])?["path"] as? String == "-")
        #expect(((json?["summary"] as? [String: Any])?["cells_value"] as? Int ?? 0) > 100, "\(sample)")
    }
}
