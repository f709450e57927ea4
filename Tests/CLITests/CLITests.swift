import Foundation
import TestSupport
import Testing
import PDFExtraction

/// End-to-end tests of the built `nianbao` binary: exit codes, stdout and stderr.
@Suite struct CLITests {
    static let root = Repository.root
    static let binary = Products.url("nianbao")

    func run(_ args: [String], in dir: URL? = nil, environment: [String: String] = [:]) throws -> ProcessRun {
        try runProcess(Self.binary, args, in: dir, environment: environment)
    }

    let seed = "Samples/seed/000_fbc53eca3484a611.txt"

    func temp(_ name: String, _ bytes: [UInt8]) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("nianbao-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let url = dir.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    @Test func convertOneFilePrintsOneJSONObject() throws {
        let r = try run(["convert", seed])
        #expect(r.status == 0)
        #expect(r.stderr.isEmpty)
        let obj = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
        #expect((obj?["metadata"] as? [String: Any])?["agency"] as? String == "友谊县兴隆镇人民政府")
    }

    @Test func convertSeveralFilesPrintsJSONLines() throws {
        let r = try run(["convert", seed, "Samples/synthetic-11/plumber.txt"])
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        for l in lines { #expect((try? JSONSerialization.jsonObject(with: Data(l.utf8))) != nil) }
    }

    @Test func badInputsGiveOneLineOnStderrNothingOnStdoutAndTheirExitCode() throws {
        let cases: [(String, Int32, String)] = [
            ("/nonexistent/report.txt", 3, "no such file"),
            (Self.root.appendingPathComponent("Samples").path, 3, "is a directory"),
            (try temp("empty.txt", []), 4, "empty file"),
            (try temp("junk.txt", (0..<2048).map { UInt8(truncatingIfNeeded: $0 &* 7919 &+ 13) }), 4, "binary"),
            (try temp("latin1.txt", [0x63, 0x61, 0x66, 0xE9, 0x20, 0x63, 0x72, 0xE8, 0x6D, 0x65]), 4, "unknown text encoding"),
            (try temp("novel.txt", Array("今天天气很好，我们去公园散步。\nThe weather is nice.\n".utf8)), 6, "not a government"),
        ]
        defer {
            // Only the folders `temp` made (a clone under /tmp holds `Samples/` too).
            for (path, _, _) in cases {
                let folder = (path as NSString).deletingLastPathComponent
                if (folder as NSString).lastPathComponent.hasPrefix("nianbao-cli-") { try? FileManager.default.removeItem(atPath: folder) }
            }
        }
        for (path, code, message) in cases {
            let r = try run(["convert", path])
            #expect(r.status == code, "\(path)")
            #expect(r.stdout.isEmpty, "\(path)")
            let lines = r.stderr.split(separator: "\n")
            #expect(lines.count == 1 && lines[0].contains(path) && lines[0].contains(message), "\(r.stderr)")
        }
    }

    @Test func oneBadFileDoesNotCostTheOthers() throws {
        let r = try run(["convert", "/nonexistent/a.txt", seed])
        #expect(r.status == 3)
        #expect(r.stdout.split(separator: "\n").count == 1)
        #expect(r.stderr.split(separator: "\n").count == 1)
    }

    @Test func outputFileIsWrittenWholeAndNotOnFailure() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("nianbao-out-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("r.json").path
        let ok = try run(["convert", seed, "-o", out])
        #expect(ok.status == 0 && ok.stdout.isEmpty)
        #expect((try? JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out)))) != nil)
        let failed = dir.appendingPathComponent("f.json").path
        let bad = try run(["convert", "/nonexistent/a.txt", "-o", failed])
        #expect(bad.status == 3)
        #expect(!FileManager.default.fileExists(atPath: failed))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == ["r.json"])
    }

    @Test func checkExitsOneWhenAnIdentityFails() throws {
        let good = try run(["check", seed])
        #expect(good.status == 0)
        #expect(good.stdout.contains("0 failed checks"))
        #expect(good.stdout.contains("MISSING requests.total"))
        let bad = try run(["check", "Samples/generated/t2021-mixed-serif/plumber.txt"])
        #expect(bad.status == 1)
        #expect(bad.stdout.contains("FAIL requests.balance.commercial"))
        // Each operand with its printed labels and where it was read.
        #expect(bad.stdout.contains("    一、本年新收政府信息公开申请数量 / 商业企业 = "))
        #expect(bad.stdout.range(of: #"商业企业 = \d+ at \d+:\d+"#, options: .regularExpression) != nil)
    }

    /// `check --json` for programs, `--strict` to fail on missing cells too.
    @Test func checkSpeaksJSONAndCanBeStrict() throws {
        let json = try run(["check", "--json", "Samples/generated/t2021-mixed-serif/plumber.txt", seed])
        #expect(json.status == 1)
        let lines = json.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        let first = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        let failed = try #require(first["failed_checks"] as? [[String: Any]])
        let balance = try #require(failed.first { $0["id"] as? String == "requests.balance.commercial" })
        let operands = try #require(balance["operands"] as? [[String: Any]])
        #expect(operands.first?["row_label"] as? String == "一、本年新收政府信息公开申请数量")
        #expect(operands.first?["column_label"] as? String == "商业企业")
        #expect(operands.allSatisfy { $0["page"] is Int && $0["line"] is Int })
        let second = try #require(try JSONSerialization.jsonObject(with: Data(lines[1].utf8)) as? [String: Any])
        #expect((second["missing"] as? [[String: Any]])?.contains { $0["path"] as? String == "requests.total.total" } == true)
        // The seed passes its checks but misses cells: strict fails it.
        #expect(try run(["check", seed]).status == 0)
        #expect(try run(["check", "--strict", seed]).status == 1)
        #expect(try run(["check", "--strict", "Samples/synthetic-11/plumber.txt"]).status == 0)
    }

    @Test func textPrintsTablesAsTabsOrMarkdown() throws {
        let tsv = try run(["text", seed])
        #expect(tsv.status == 0)
        #expect(tsv.stdout.contains("规章\t0\t0\t0"))
        #expect(tsv.stdout.contains("2022年友谊县兴隆镇认真贯彻落实") || tsv.stdout.contains("2022年，友谊县兴隆镇"))
        let md = try run(["text", "--markdown", seed])
        #expect(md.stdout.contains("| 规章 | 0 | 0 | 0 |"))
    }

    @Test func encryptedPDFsAndPasswords() throws {
        let pdf = "Tests/NianbaoKitTests/Fixtures/pdf/encrypted.pdf"
        let none = try run(["convert", pdf])
        #expect(none.status == 5 && none.stdout.isEmpty && none.stderr.contains("--password"))
        let wrong = try run(["convert", "--password", "nope", pdf])
        #expect(wrong.status == 5 && wrong.stderr.contains("password given is wrong"))
        let right = try run(["convert", "--password", "secret", pdf])
        #expect(right.status == 0)
    }

    @Test func pdfReportConvertsAndItsTablesPrint() throws {
        let r = try run(["text", "Samples/synthetic-11/report.pdf"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("规章\t8\t256\t20"))
    }

    /// Images named one after another are the pages of one report; other inputs stay reports of
    /// their own. The images are two JPEG pages taken out of a scanned sample.
    @Test(.enabled(if: OCRAvailability.languageDataInstalled, "tesseract chi_sim and eng data not installed"))
    func imagesInARowAreOneReport() throws {
        let pdf = [UInt8](try Data(contentsOf: Self.root.appendingPathComponent("Samples/scans/t2019-ukai-200dpi/scanned.pdf")))
        var jpegs: [[UInt8]] = []
        var i = 0
        // Each JPEG starts FF D8 FF right after a `stream` line and ends FF D9 before `endstream`.
        while jpegs.count < 2, i + 3 < pdf.count {
            if pdf[i] == 0xFF, pdf[i + 1] == 0xD8, pdf[i + 2] == 0xFF, i > 0, pdf[i - 1] == 0x0A {
                var j = i + 3
                while j + 9 < pdf.count, !(pdf[j] == 0xFF && pdf[j + 1] == 0xD9 && pdf[j + 2...j + 2].allSatisfy { $0 == 0x0A || $0 == 0x0D || $0 == 0x65 }) { j += 1 }
                jpegs.append(Array(pdf[i...j + 1]))
                i = j
            }
            i += 1
        }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("nianbao-images-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        for (k, jpeg) in jpegs.enumerated() { try Data(jpeg).write(to: dir.appendingPathComponent("p\(k + 1).jpg")) }
        let r = try run(["convert", dir.appendingPathComponent("p1.jpg").path, dir.appendingPathComponent("p2.jpg").path, seed])
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        let first = try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any]
        let source = first?["source"] as? [String: Any]
        #expect(source?["kind"] as? String == "image" && source?["page_count"] as? Int == 2)
    }

    @Test func helpAndUsageErrors() throws {
        for args in [["--help"], ["convert", "--help"], ["check", "--help"], ["text", "--help"], ["batch", "--help"], ["merge", "--help"],
                     ["help", "batch"], ["help", "merge"], ["help", "convert"]] {
            let r = try run(args)
            #expect(r.status == 0, "\(args)")
            #expect(r.stdout.contains("USAGE"), "\(args)")
            // Every help has examples that use the command it documents.
            #expect(r.stdout.contains("Examples:\n  nianbao "), "\(args)")
        }
        // Caught: `nianbao help batch` gave a stub with no options (batch lives in nianbao-batch).
        #expect(try run(["help", "batch"]).stdout.contains("--retry-failed"))
        let r = try run(["convert", "--no-such-option", seed])
        #expect(r.status == 64)
        #expect(try run(["convert", "--template", "2030", seed]).status == 64)
    }

    /// A report with a text layer and a page that needs OCR (an image page, or a page in English)
    /// is read where OCR cannot run: that page says why, the report is not lost for it.
    @Test func aReportWithTextIsReadWhereOCRCannotRun() throws {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("nianbao-tessdata-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: empty) }
        let r = try run(["convert", "Samples/real-pingtan-2020/report-libreoffice.pdf"], environment: ["TESSDATA_PREFIX": empty.path])
        #expect(r.status == 0, "\(r.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let pages = try #require(json["pages"] as? [[String: Any]])
        #expect((pages[0]["problem"] as? String)?.contains("tesseract-ocr-chi-sim") == true)
        #expect(pages.dropFirst().allSatisfy { $0["text_source"] as? String == "text-layer" })
    }

    /// `--lang` with a language whose data is not installed: one line naming the package.
    @Test func aMissingLanguageNamesItsPackage() throws {
        let r = try run(["convert", "Samples/scans/t2019-ukai-200dpi/scanned.pdf", "--lang", "nianbao_none"])
        #expect(r.status == 7 && r.stdout.isEmpty)
        #expect(r.stderr.contains("nianbao_none.traineddata") && r.stderr.contains("tesseract-ocr-nianbao-none"))
        #expect(r.stderr.split(separator: "\n").count == 1)
    }

    /// Regression: with TESSDATA_PREFIX pointing at a folder without the data, the check looked in
    /// Debian's folders too, found it there, and tesseract then failed with no package named.
    @Test func missingLanguageDataNamesThePackage() throws {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("nianbao-tessdata-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: empty) }
        let r = try run(["convert", "Samples/scans/t2019-ukai-200dpi/scanned.pdf"], environment: ["TESSDATA_PREFIX": empty.path])
        #expect(r.status == 7)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains("scanned.pdf") && r.stderr.contains("tesseract-ocr-chi-sim"))
        #expect(r.stderr.split(separator: "\n").count == 1)
    }

    @Test func pageTimeLimitEndsInAClearError() throws {
        let r = try run(["convert", "--page-time-limit", "0.05", "Samples/scans/t2019-ukai-200dpi/scanned.pdf"])
        #expect(r.status == 7)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains("page time limit (0.05 s)"))
    }

    @Test func ocrNeverOnAScanSaysItNeedsOCR() throws {
        let r = try run(["convert", "--ocr", "never", "Samples/scans/t2019-ukai-200dpi/scanned.pdf"])
        #expect(r.status == 4)
        #expect(r.stderr.contains("--ocr auto"))
    }
}
