import Foundation
import TestSupport
import Testing
import PDFExtraction

/// The malformed-input corpus (Tests/Corpus/make_malformed.py, Docs/reliability.md): every file
/// ends in one clear error line with a documented exit code, or in valid report JSON; never a
/// crash, never a hang, never exit 0 without JSON.
@Suite struct MalformedCorpusTests {
    static let documentedErrors: Set<Int32> = [3, 4, 5, 6, 7]

    /// A conversion; one that hangs is killed after `limit` seconds (and fails the test).
    func convert(_ file: URL, _ extra: [String] = [], limit: Double = 60) throws -> ProcessRun {
        try runProcess(CLITests.binary, ["convert", file.path] + extra, timeLimit: limit)
    }

    func check(_ r: ProcessRun, _ name: String) {
        #expect(!r.signalled, "\(name): killed by a signal (crash or hang)")
        if r.status == 0 {
            let json = try? JSONSerialization.jsonObject(with: r.output) as? [String: Any]
            #expect(json?["schema_version"] != nil, "\(name): exit 0 without a report")
        } else {
            #expect(Self.documentedErrors.contains(r.status), "\(name): exit \(r.status)")
            #expect(r.output.isEmpty, "\(name): output with an error")
            let lines = r.stderr.split(separator: "\n")
            #expect(lines.count == 1 && lines[0].hasPrefix("nianbao: ") && lines[0].contains(name), "\(name): \(r.stderr)")
        }
    }

    @Test func everyMalformedInputEndsCleanly() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("nianbao-malformed-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let make = Process()
        make.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        make.arguments = ["python3", CLITests.root.appendingPathComponent("Tests/Corpus/make_malformed.py").path, dir.path]
        try make.run()
        make.waitUntilExit()
        #expect(make.terminationStatus == 0)
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
        #expect(files.count >= 60)
        var statuses: [String: Int32] = [:]
        for name in files {
            let r = try convert(dir.appendingPathComponent(name))
            check(r, name)
            statuses[name] = r.status
        }
        // Named outcomes: the limits and the refusals a user most often meets.
        #expect(statuses["thousands-of-pages.pdf"] == 4)
        #expect(statuses["one-line-3m-chars.txt"] == 4)
        #expect(statuses["encrypted.pdf"] == 5)
        #expect(statuses["html-error-page.pdf"] == 6)
        #expect(statuses["zero-bytes.pdf"] == 4)
        #expect(statuses["seed-gbk.txt"] == 0 && statuses["seed-utf16.txt"] == 0)
        #expect(statuses["truncated-at-9.pdf"] == 4)
        #expect(statuses["huge-page-no-text.pdf"] == 6)
        // Caught: a ToUnicode map inflating to gigabytes drove the process to 4.2 GB and, under a
        // memory limit, to SIGABRT. It is refused before poppler reads it.
        #expect(statuses["tounicode-inflates-to-1gib.pdf"] == 4)
        // Turned pages are read (RotatedPageTests scores them); fonts without a Unicode map are
        // read by OCR where its data is installed (exit 7 says it is not).
        for name in ["rotated-90-every-page.pdf", "rotated-180-every-page.pdf", "rotated-270-second-page.pdf"] {
            #expect(statuses[name] == 0, "\(name)")
        }
        #expect(statuses["fonts-without-unicode-maps.pdf"] == (OCRAvailability.languageDataInstalled ? 0 : 7))

        // Over the limits, raised: the 3000-page PDF is read (and is no report), quickly.
        let many = try convert(dir.appendingPathComponent("thousands-of-pages.pdf"), ["--max-pages", "5000", "--ocr", "never"])
        check(many, "thousands-of-pages.pdf")
        #expect(many.status == 6)
        // A file over --max-file-size is refused before it is read.
        let big = try convert(dir.appendingPathComponent("one-line-3m-chars.txt"), ["--max-file-size", "1"])
        check(big, "one-line-3m-chars.txt")
        #expect(big.status == 3 && big.stderr.contains("--max-file-size"))
    }
}
