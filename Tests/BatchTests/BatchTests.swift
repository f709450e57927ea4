import Foundation
import TestSupport
import GRDB
import Testing
@testable import NianbaoBatch

/// `nianbao batch` and `nianbao merge` end to end, through the built binaries.
@Suite(.serialized) struct BatchTests {
    static let root = Repository.root
    /// `nianbao` (which runs `nianbao-batch`, built beside it).
    static let binary = Products.url("nianbao")

    @discardableResult
    func run(_ args: [String], in dir: URL) throws -> ProcessRun {
        try runProcess(Self.binary, args, in: dir)
    }

    func tempDir() throws -> URL { try temporaryFolder("nianbao-batch") }

    /// A corpus folder: `copies` copies of every text sample and born-digital PDF sample, and bad
    /// files (corrupt PDF, HTML named .pdf, empty, binary, not a report). Returns the input count.
    func makeCorpus(in dir: URL, copies: Int) throws -> Int {
        let fm = FileManager.default
        let samples = Self.root.appendingPathComponent("Samples")
        var sources: [URL] = []
        for folder in ["seed", "synthetic-11", "synthetic-22", "synthetic-33"] {
            for f in try fm.contentsOfDirectory(atPath: samples.appendingPathComponent(folder).path).sorted()
            where f.hasSuffix(".txt") || f.hasSuffix(".pdf") {
                sources.append(samples.appendingPathComponent(folder).appendingPathComponent(f))
            }
        }
        var count = 0
        for k in 0..<copies {
            let sub = dir.appendingPathComponent("corpus/part\(k % 7)/copy\(k)")
            try fm.createDirectory(at: sub, withIntermediateDirectories: true)
            for (i, s) in sources.enumerated() {
                try fm.copyItem(at: s, to: sub.appendingPathComponent("\(i)-\(s.lastPathComponent)"))
                count += 1
            }
        }
        let bad = dir.appendingPathComponent("corpus/bad")
        try fm.createDirectory(at: bad, withIntermediateDirectories: true)
        let pdf = try Data(contentsOf: samples.appendingPathComponent("synthetic-11/report.pdf"))
        let files: [(String, Data)] = [
            ("truncated.pdf", pdf.prefix(pdf.count / 3)),
            ("html.pdf", Data("<html><body>404 Not Found</body></html>".utf8)),
            ("empty.txt", Data()),
            ("binary.txt", Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7919) })),
            ("novel.txt", Data("从前有座山，山里有座庙。\n庙里有个老和尚。\n".utf8)),
        ]
        for (name, data) in files {
            try data.write(to: bad.appendingPathComponent(name))
            count += 1
        }
        return count
    }

    func jsonlRecords(_ url: URL) throws -> [[String: Any]] {
        try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map {
            try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any]
        }
    }

    func path(of record: [String: Any]) -> String {
        (record["source"] as? [String: Any])?["path"] as? String ?? record["path"] as! String
    }

    /// 500+ inputs into each format: exactly one record per input; the CSV has the expected
    /// columns; the documented SQLite queries count right; a second run converts nothing.
    @Test func aCorpusGivesOneRecordPerInputInEachFormat() throws {
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let n = try makeCorpus(in: dir, copies: 32)
        #expect(n >= 500)
        for out in ["out.jsonl", "out.csv", "out.sqlite"] {
            let r = try run(["batch", "corpus", "--out", out, "--jobs", "2"], in: dir)
            #expect(r.status == 1, "\(out): some inputs are bad: \(r.stderr)")
            #expect(r.stderr.contains("\(n) inputs: \(n - 5) converted"), "\(r.stderr)")
        }
        let records = try jsonlRecords(dir.appendingPathComponent("out.jsonl"))
        #expect(records.count == n)
        #expect(Set(records.map(path)).count == n)
        #expect(records.filter { $0["error"] != nil }.count == 5)

        let csv = try String(contentsOf: dir.appendingPathComponent("out.csv"), encoding: .utf8)
        let lines = csv.split(separator: "\n")
        #expect(lines.count == n + 1)
        let header = lines[0].split(separator: ",").map(String.init)
        #expect(header == CSVStore.columns)
        #expect(header.contains("requests.granted.natural_person") && header.contains("review_litigation.review.total"))

        let db = try SQLiteStore(path: dir.appendingPathComponent("out.sqlite").path)
        #expect(db.entries.count == n)
        #expect(db.entries.values.filter(\.failed).count == 5)
        // The queries of Docs/batch.md.
        let queue = try DatabaseQueue(path: dir.appendingPathComponent("out.sqlite").path)
        try queue.read { db in
            let row = try Row.fetchOne(db, sql: "SELECT (SELECT count(*) FROM reports) AS converted, (SELECT count(*) FROM errors) AS failed")!
            #expect(row["converted"] as Int == n - 5 && row["failed"] as Int == 5)
            let perYear = try Int.fetchAll(db, sql: "SELECT count(*) FROM reports GROUP BY year ORDER BY year")
            #expect(perYear.reduce(0, +) == n - 5)
            let codes = try Row.fetchAll(db, sql: "SELECT code, count(*) AS n FROM errors GROUP BY code ORDER BY count(*) DESC")
            #expect(codes.map { $0["n"] as Int }.reduce(0, +) == 5)
            let series = try Row.fetchAll(db, sql: """
                SELECT r.year, n.value AS new_received, g.value AS granted
                FROM reports r
                JOIN cells n ON n.report_id = r.id AND n.path = 'requests.new_received.total'
                JOIN cells g ON g.report_id = r.id AND g.path = 'requests.granted.total'
                WHERE r.agency = '阆中市住房和城乡建设局' ORDER BY r.year
                """)
            // synthetic-11 (this agency) as four extracts and a PDF, in each copy.
            #expect(series.count == 5 * 32)
            #expect(Set(series.map { $0["new_received"] as Double? }).count == 1)
            // The checks table holds each report's failed checks, as many as its summary counts
            // (a test that compared the count with 0 could not fail).
            let failing = try Int.fetchOne(db, sql: "SELECT count(*) FROM checks c JOIN reports r ON r.id = c.report_id WHERE c.status = 'fail'")!
            let summed = try Int.fetchOne(db, sql: "SELECT sum(checks_failed) FROM reports")!
            #expect(failing == summed)
            let passing = try Int.fetchOne(db, sql: "SELECT count(*) FROM checks WHERE status = 'pass'")!
            #expect(passing == (try Int.fetchOne(db, sql: "SELECT sum(checks_passed) FROM reports")!) && passing > 0)
        }

        // A rerun skips everything.
        let again = try run(["batch", "corpus", "--out", "out.jsonl", "--jobs", "2"], in: dir)
        #expect(again.stderr.contains("0 converted") && again.stderr.contains("\(n) already done"), "\(again.stderr)")
        // Regression: a resumed run whose summary said "0 failed" exited 1. The summary names the
        // inputs that failed in an earlier run, and the exit status follows it.
        #expect(again.status == 1 && again.stderr.contains("(5 of them failed in an earlier run"), "\(again.stderr)")
        #expect(try jsonlRecords(dir.appendingPathComponent("out.jsonl")).count == n)
    }

    /// Regression: CSV blanked every cell whose value was 0 or 1 (a JSON 0 or 1 read back through
    /// `JSONSerialization` on Linux passes `is Bool`), and SQLite stored counts as REAL (`233.0`).
    /// For every sample, every cell of CSV, SQLite and JSON Lines equals the single-file JSON of
    /// `nianbao convert`, zeros and ones included; counts are INTEGER in SQLite.
    @Test func everyCellOfEveryStoreEqualsTheSingleFileJSON() throws {
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let fm = FileManager.default
        let samples = Self.root.appendingPathComponent("Samples")
        var inputs: [String] = []
        for folder in try fm.contentsOfDirectory(atPath: samples.path).sorted() where folder != "scans" && folder != "expected" && folder != "tools" {
            let sub = samples.appendingPathComponent(folder)
            guard let files = fm.enumerator(atPath: sub.path) else { continue }
            for case let f as String in files where f.hasSuffix(".txt") || (f.hasSuffix(".pdf") && !f.hasSuffix("scanned.pdf")) {
                inputs.append("Samples/\(folder)/\(f)")
            }
        }
        #expect(inputs.count > 20)
        // The single-file JSON of each input, as `convert` writes it.
        var expected: [String: [String: CellNumber?]] = [:]
        var zeros = 0, ones = 0
        for input in inputs {
            let r = try runProcess(Self.binary, ["convert", input, "--compact"])
            guard r.status == 0, let d = ReportDigest(text: r.stdout) else { continue }
            var cells: [String: CellNumber?] = [:]
            for c in d.cells {
                cells[c.path] = c.value
                if c.value == .integer(0) { zeros += 1 }
                if c.value == .integer(1) { ones += 1 }
            }
            expected[input] = cells
        }
        #expect(expected.count == inputs.count, "every sample converts")
        #expect(zeros > 100 && ones > 10, "the samples hold zeros and ones: \(zeros), \(ones)")
        let list = dir.appendingPathComponent("inputs")
        try fm.createDirectory(at: list, withIntermediateDirectories: true)
        for out in ["o.jsonl", "o.csv", "o.sqlite"] {
            try runProcess(Self.binary, ["batch"] + inputs + ["--out", dir.appendingPathComponent(out).path, "--jobs", "2"])
        }
        // JSON Lines: each record is the single-file JSON.
        var fromJSONL: [String: [String: CellNumber?]] = [:]
        for line in try String(contentsOf: dir.appendingPathComponent("o.jsonl"), encoding: .utf8).split(separator: "\n") {
            guard let d = ReportDigest(text: String(line)) else { continue }
            fromJSONL[d.source.path] = Dictionary(uniqueKeysWithValues: d.cells.map { ($0.path, $0.value) })
        }
        #expect(fromJSONL == expected)
        // CSV: the field is the number's text, empty for null.
        let csv = try String(contentsOf: dir.appendingPathComponent("o.csv"), encoding: .utf8).split(separator: "\n").map { CSVStore.parse(String($0)) }
        var csvRows = 0
        for row in csv.dropFirst() {
            let path = row[CSVStore.columnIndex["path"]!]
            guard let cells = expected[path] else { continue }
            csvRows += 1
            for (cellPath, value) in cells {
                let field = row[CSVStore.columnIndex[cellPath]!]
                #expect(field == (value?.text ?? ""), "\(path) \(cellPath): CSV \(field), JSON \(String(describing: value))")
            }
        }
        #expect(csvRows == expected.count)
        // SQLite: the value with its storage class.
        let queue = try DatabaseQueue(path: dir.appendingPathComponent("o.sqlite").path)
        try queue.read { db in
            let rows = try Row.fetchAll(db, sql: "SELECT r.path AS file, c.path AS cell, c.value AS value, typeof(c.value) AS type FROM cells c JOIN reports r ON r.id = c.report_id")
            var seen = 0
            for r in rows {
                let file: String = r["file"], cell: String = r["cell"], type: String = r["type"]
                guard let want = expected[file]?[cell] else { continue }
                seen += 1
                switch want {
                case nil: #expect(type == "null", "\(file) \(cell)")
                case .integer(let i)?: #expect(type == "integer" && (r["value"] as Int64?) == i, "\(file) \(cell): \(type)")
                case .decimal(let d)?: #expect(type == "real" && (r["value"] as Double?) == d, "\(file) \(cell): \(type)")
                }
            }
            #expect(seen == expected.values.map(\.count).reduce(0, +))
        }
    }

    /// Each store reads the same record the same way: the digest of a report is typed, so a key
    /// of another type makes the line unreadable instead of emptying a column.
    @Test func aReportDigestKeepsZerosOnesAndAmountsApart() throws {
        let text = #"{"cells":[{"path":"a.zero","status":"value","value":0},{"path":"a.one","status":"value","value":1},"# +
            #"{"path":"a.amount","status":"value","value":27.31},{"path":"a.blank","status":"blank","value":null}],"checks":[],"# +
            #""metadata":{"year":2024},"source":{"path":"x.pdf","sha256":null},"summary":{"cells":4},"tool":{"version":"t"},"warnings":[]}"#
        let d = try #require(ReportDigest(text: text))
        let values = Dictionary(uniqueKeysWithValues: d.cells.map { ($0.path, $0.value) })
        #expect(values["a.zero"] == .integer(0) && values["a.one"] == .integer(1))
        #expect(values["a.amount"] == .decimal(27.31) && values["a.blank"] == .some(nil))
        #expect(ReportDigest(text: text.replacingOccurrences(of: #""value":0"#, with: #""value":false"#)) == nil)
        let row = CSVStore.row(.report(try #require(ReportLine(text: text))))
        #expect(row[CSVStore.columnIndex["year"]!] == "2024")
    }

    /// A batch killed with SIGKILL mid-run, then run again: every input once, none torn.
    @Test(arguments: ["out.jsonl", "out.csv", "out.sqlite"])
    func aBatchKilledMidRunCompletesWithoutDuplicates(_ out: String) throws {
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let n = try makeCorpus(in: dir, copies: 6)
        let p = Process()
        p.executableURL = Self.binary
        p.arguments = ["batch", "corpus", "--out", out, "--jobs", "2"]
        p.currentDirectoryURL = dir
        p.standardError = FileHandle.nullDevice
        try p.run()
        // Kill it once some records are written.
        let file = dir.appendingPathComponent(out)
        let start = Date()
        func size(_ path: String) -> Int { (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0 }
        // A few dozen records: CSV rows are small, SQLite writes to its WAL first.
        let threshold = out.hasSuffix(".csv") ? 30_000 : 300_000
        while Date().timeIntervalSince(start) < 60 {
            if size(file.path) + size(file.path + "-wal") > threshold || !p.isRunning { break }
            usleep(20_000)
        }
        let killedMidRun = p.isRunning
        kill(p.processIdentifier, SIGKILL)
        p.waitUntilExit()
        #expect(killedMidRun, "the batch ended before it could be killed")
        let rerun = try run(["batch", "corpus", "--out", out, "--jobs", "2"], in: dir)
        #expect(rerun.status == 1)
        #expect(rerun.stderr.contains("already done"), "\(rerun.stderr)")
        let store = try StoreFormat(path: out)!.open(file.path)
        #expect(store.entries.count == n)
        if out.hasSuffix(".jsonl") {
            let records = try jsonlRecords(file)
            #expect(records.count == n && Set(records.map(path)).count == n)
        } else if out.hasSuffix(".csv") {
            let lines = try String(contentsOf: file, encoding: .utf8).split(separator: "\n")
            #expect(lines.count == n + 1)
        }
    }

    /// The processes whose command line names `batch-worker`.
    func workerProcesses() -> Set<String> {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return Set(entries.filter { pid in
            pid.allSatisfy(\.isNumber)
                && ((try? String(contentsOfFile: "/proc/\(pid)/cmdline", encoding: .utf8)) ?? "").contains("batch-worker")
        })
    }

    /// Regression: SIGTERM or SIGINT to `batch` left its workers running as orphans and lost their
    /// results. The batch stops taking inputs, writes what finished, leaves no worker behind and
    /// exits 128 + the signal; a rerun completes the output, every input once.
    @Test(arguments: [SIGTERM, SIGINT])
    func aSignalStopsTheBatchCleanlyAndARerunResumes(_ sig: Int32) throws {
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let n = try makeCorpus(in: dir, copies: 6)
        let before = workerProcesses()
        let p = Process()
        p.executableURL = Self.binary
        p.arguments = ["batch", "corpus", "--out", "out.jsonl", "--jobs", "2"]
        p.currentDirectoryURL = dir
        let err = Pipe()
        p.standardError = err
        try p.run()
        let file = dir.appendingPathComponent("out.jsonl").path
        let start = Date()
        while Date().timeIntervalSince(start) < 60, p.isRunning {
            if ((try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0) > 200_000 { break }
            usleep(20_000)
        }
        let signalledMidRun = p.isRunning
        kill(p.processIdentifier, sig)
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        let stderr = String(decoding: e, as: UTF8.self)
        #expect(signalledMidRun, "the batch ended before the signal")
        #expect(p.terminationReason == .exit && p.terminationStatus == 128 + sig, "\(p.terminationStatus): \(stderr)")
        #expect(stderr.contains("stopped by \(sig == SIGINT ? "SIGINT" : "SIGTERM")"), "\(stderr)")
        // No worker left behind.
        var orphans = workerProcesses().subtracting(before)
        for _ in 0..<50 where !orphans.isEmpty {
            usleep(100_000)
            orphans = workerProcesses().subtracting(before)
        }
        #expect(orphans.isEmpty, "workers left running: \(orphans)")
        let written = try jsonlRecords(URL(fileURLWithPath: file)).count
        #expect(written > 0 && written < n)
        let rerun = try run(["batch", "corpus", "--out", "out.jsonl", "--jobs", "2"], in: dir)
        #expect(rerun.status == 1, "\(rerun.stderr)")
        let records = try jsonlRecords(URL(fileURLWithPath: file))
        #expect(records.count == n && Set(records.map(path)).count == n)
    }

    /// Shards split the inputs without overlap; merged, they hold every input once.
    @Test func shardsMergeIntoTheWhole() throws {
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let n = try makeCorpus(in: dir, copies: 2)
        for i in 0..<3 { try run(["batch", "corpus", "--out", "s\(i).jsonl", "--shard", "\(i)/3", "--jobs", "2"], in: dir) }
        let parts = try (0..<3).map { try jsonlRecords(dir.appendingPathComponent("s\($0).jsonl")).map(path) }
        #expect(parts.map(\.count).reduce(0, +) == n)
        #expect(parts.allSatisfy { !$0.isEmpty })
        #expect(Set(parts.joined()).count == n)
        let merged = try run(["merge", "s0.jsonl", "s1.jsonl", "s2.jsonl", "--out", "all.sqlite"], in: dir)
        #expect(merged.status == 0, "\(merged.stderr)")
        #expect(try SQLiteStore(path: dir.appendingPathComponent("all.sqlite").path).entries.count == n)
    }

    /// `--quiet` leaves stderr empty when all went well, and keeps the summary when an input
    /// failed (it explains the exit status); merge's summary goes too.
    @Test func quietIsQuiet() throws {
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("good"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.root.appendingPathComponent("Samples/synthetic-11/plumber.txt"),
                                         to: dir.appendingPathComponent("good/a.txt"))
        let loud = try run(["batch", "good", "--out", "loud.jsonl"], in: dir)
        #expect(loud.status == 0 && loud.stderr.contains("converted"))
        let quiet = try run(["batch", "good", "--out", "a.jsonl", "--quiet"], in: dir)
        #expect(quiet.status == 0)
        #expect(quiet.stderr.isEmpty, "\(quiet.stderr)")
        let merged = try run(["merge", "a.jsonl", "--out", "a.csv", "-q"], in: dir)
        #expect(merged.status == 0 && merged.stderr.isEmpty, "\(merged.stderr)")
        try Data("not a report at all".utf8).write(to: dir.appendingPathComponent("good/b.txt"))
        let failed = try run(["batch", "good", "--out", "a.jsonl", "--quiet"], in: dir)
        #expect(failed.status == 1 && failed.stderr.contains("1 failed"), "\(failed.stderr)")
    }

    /// The man page `make install` installs is made from the commands' own help: every command,
    /// its options (batch's too, which live in nianbao-batch) and its examples.
    /// `--labels zh`: the same columns, the cells named by their printed labels, each name once;
    /// a file begun either way is resumed, and the rows are the same.
    @Test func csvColumnsNamedByTheirChineseLabels() throws {
        let names = CSVStore.chineseHeader.split(separator: ",").map(String.init)
        #expect(names.count == CSVStore.columns.count)
        #expect(Set(names).count == names.count, "two cell columns have the same label")
        #expect(names.contains("三 / （三）不予公开 1.属于国家秘密 / 自然人"))
        #expect(names.contains("四 / 行政复议、行政诉讼 / 行政复议 结果维持"))
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("in"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.root.appendingPathComponent("Samples/synthetic-11/plumber.txt"),
                                         to: dir.appendingPathComponent("in/a.txt"))
        for (out, extra) in [("keys.csv", [String]()), ("zh.csv", ["--labels", "zh"])] {
            let r = try run(["batch", "in", "--out", out, "-q"] + extra, in: dir)
            #expect(r.status == 0, "\(r.stderr)")
        }
        let keys = try String(contentsOf: dir.appendingPathComponent("keys.csv"), encoding: .utf8).split(separator: "\n")
        let zh = try String(contentsOf: dir.appendingPathComponent("zh.csv"), encoding: .utf8).split(separator: "\n")
        #expect(String(zh[0]) == CSVStore.chineseHeader && String(keys[0]) == CSVStore.header)
        #expect(zh.count == 2 && zh[1] == keys[1])
        // Resumed: the file's header is accepted and nothing is converted again.
        let again = try run(["batch", "in", "--out", "zh.csv"], in: dir)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(try String(contentsOf: dir.appendingPathComponent("zh.csv"), encoding: .utf8).split(separator: "\n").count == 2)
    }

    @Test func theManualPageDescribesEveryCommand() throws {
        let p = Process()
        p.executableURL = Self.binary.deletingLastPathComponent().appendingPathComponent("nianbao-batch")
        p.arguments = ["manual"]
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        let page = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(p.terminationStatus == 0)
        #expect(page.hasPrefix(".TH NIANBAO 1"))
        for command in ["convert", "check", "text", "review", "batch", "merge"] { #expect(page.contains(".SS nianbao \(command)\n"), "\(command)") }
        for option in ["\\-\\-ruled\\-tables", "\\-\\-retry\\-failed", "\\-\\-markdown", "\\-q, \\-\\-quiet"] {
            #expect(page.contains(option), "\(option)")
        }
        #expect(!page.contains("batch-worker"))
        #expect(page.components(separatedBy: "Examples:").count - 1 == 7)   // the overview and the six commands
    }

    /// A per-file time limit records a slow file as failed and goes on.
    @Test func aFileOverTheTimeLimitIsRecordedAsFailed() throws {
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let fm = FileManager.default
        try fm.createDirectory(at: dir.appendingPathComponent("in"), withIntermediateDirectories: true)
        try fm.copyItem(at: Self.root.appendingPathComponent("Samples/scans/t2019-ukai-200dpi/scanned.pdf"),
                        to: dir.appendingPathComponent("in/scan.pdf"))
        try fm.copyItem(at: Self.root.appendingPathComponent("Samples/synthetic-11/plumber.txt"), to: dir.appendingPathComponent("in/a.txt"))
        let r = try run(["batch", "in", "--out", "o.jsonl", "--timeout", "1", "--jobs", "1"], in: dir)
        #expect(r.status == 1)
        let records = try jsonlRecords(dir.appendingPathComponent("o.jsonl"))
        #expect(records.count == 2)
        let failed = records.first { $0["error"] != nil }
        #expect((failed?["error"] as? [String: Any])?["code"] as? String == "timeout")
        #expect(records.contains { ($0["source"] as? [String: Any])?["path"] as? String == "in/a.txt" })
    }

    /// Regression: workers read PDFs from memory, where poppler-glib 22.12 crashed on a wrong
    /// password; the file is recorded as `wrong-password`, not `crashed`.
    @Test func aWrongPasswordIsRecordedAsSuchNotAsACrash() throws {
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.copyItem(at: Self.root.appendingPathComponent("Tests/NianbaoKitTests/Fixtures/pdf/encrypted.pdf"),
                                         to: dir.appendingPathComponent("encrypted.pdf"))
        let r = try run(["batch", "encrypted.pdf", "--out", "o.jsonl", "--password", "wrong", "--jobs", "1"], in: dir)
        #expect(r.status == 1)
        let records = try jsonlRecords(dir.appendingPathComponent("o.jsonl"))
        #expect(records.count == 1)
        #expect((records.first?["error"] as? [String: Any])?["code"] as? String == "wrong-password")
    }

    /// A worker that dies (here: every worker, on its first file) costs only that file: it is
    /// recorded as crashed and a new worker takes the next one.
    @Test func aWorkerThatDiesCostsOnlyItsFile() throws {
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("in"), withIntermediateDirectories: true)
        for name in ["a.txt", "b.txt", "c.txt"] {
            try Data("x".utf8).write(to: dir.appendingPathComponent("in/\(name)"))
        }
        let out = dir.appendingPathComponent("o.jsonl").path
        var options = BatchOptions(output: out, format: .jsonl, workerCommand: ["/bin/sh", "-c", "read line; kill -9 $$"])
        options.jobs = 2
        let summary = try BatchRunner.run([dir.appendingPathComponent("in").path], options: options)
        #expect(summary.progress.failed == 3 && summary.failedInputs == 3)
        let records = try jsonlRecords(URL(fileURLWithPath: out))
        #expect(records.count == 3)
        #expect(records.allSatisfy { ($0["error"] as? [String: Any])?["code"] as? String == "crashed" })
    }

    /// The same agency in consecutive years: carried over and in force roll forward.
    @Test func crossYearChecksCompareConsecutiveYears() {
        var last = IndexEntry(path: "a/2023.pdf", sha256: "x", toolVersion: "t", failed: false)
        last.agency = "某局"; last.year = 2023; last.template = "2021"
        last.values = ["requests.carried_forward.total": 8, "active_disclosure.regulations.in_force": 20]
        var this = IndexEntry(path: "a/2024.pdf", sha256: "y", toolVersion: "t", failed: false)
        this.agency = "某局"; this.year = 2024; this.template = "2021"
        this.values = ["requests.carried_over.total": 8, "active_disclosure.regulations.issued": 3,
                       "active_disclosure.regulations.repealed": 1, "active_disclosure.regulations.in_force": 23]
        var other = this
        other.path = "b/2025.pdf"; other.agency = "别的局"; other.year = 2025
        let checks = CrossYearChecks.run([this, last, other])
        #expect(checks.allSatisfy { $0.agency == "某局" && $0.yearFrom == 2023 && $0.yearTo == 2024 })
        #expect(checks.first { $0.id == "cross_year.requests.carried.total" }?.status == "pass")
        #expect(checks.first { $0.id == "cross_year.requests.carried.natural_person" }?.status == "not_assessable")
        let inForce = checks.first { $0.id == "cross_year.active_disclosure.regulations.in_force" }
        #expect(inForce?.status == "fail" && inForce?.difference == -1)
    }

    @Test func shardsArePartsOfTheWhole() {
        let paths = (0..<1000).map { "corpus/\($0).pdf" }
        let shards = (0..<4).map { Shard(index: $0, count: 4) }
        #expect(paths.allSatisfy { p in shards.filter { $0.contains(p) }.count == 1 })
        #expect(shards.allSatisfy { s in paths.filter(s.contains).count > 150 })
        #expect(Shard("2/8") == Shard(index: 2, count: 8))
        #expect(Shard("8/8") == nil && Shard("x") == nil && Shard("1/0") == nil)
    }

    /// Regression: two batch runs on the same output both exited 0 and records were lost. The
    /// second finds the output locked and stops, saying so.
    @Test func aSecondRunOnTheSameOutputIsRefused() throws {
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.copyItem(at: Self.root.appendingPathComponent("Samples/synthetic-11/plumber.txt"), to: dir.appendingPathComponent("a.txt"))
        #expect(try run(["batch", "a.txt", "--out", "m.jsonl"], in: dir).status == 0)
        for out in ["o.jsonl", "o.csv", "o.sqlite"] {
            do {
                let held = try OutputLock(output: dir.appendingPathComponent(out).path)
                let second = try run(["batch", "a.txt", "--out", out], in: dir)
                #expect(second.status == 3 && second.stderr.contains("in use by another nianbao batch"), "\(out): \(second.stderr)")
                let merge = try run(["merge", "m.jsonl", "--out", out], in: dir)
                #expect(merge.status == 3 && merge.stderr.contains("in use"), "\(out): \(merge.stderr)")
                withExtendedLifetime(held) {}
            }
            // Released, the output is written.
            #expect(try run(["batch", "a.txt", "--out", out], in: dir).status == 0)
        }
    }

    /// Convert once, export many: JSON Lines merge into CSV (they were refused), giving the rows a
    /// batch into CSV gives; a CSV into another format is a usage error (exit 64), not an I/O error.
    @Test func jsonLinesMergeIntoCSVAndCSVOnlyIntoCSV() throws {
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        for f in ["synthetic-11/plumber.txt", "synthetic-22/report.pdf", "real-pingtan-2020/source.html"] {
            try FileManager.default.copyItem(at: Self.root.appendingPathComponent("Samples/" + f),
                                             to: dir.appendingPathComponent(f.replacingOccurrences(of: "/", with: "-")))
        }
        let inputs = ["synthetic-11-plumber.txt", "synthetic-22-report.pdf", "real-pingtan-2020-source.html"]
        #expect(try run(["batch"] + inputs + ["--out", "a.jsonl"], in: dir).status == 0)
        #expect(try run(["batch"] + inputs + ["--out", "direct.csv"], in: dir).status == 0)
        let merged = try run(["merge", "a.jsonl", "--out", "merged.csv"], in: dir)
        #expect(merged.status == 0, "\(merged.stderr)")
        func rows(_ name: String) throws -> Set<String> {
            Set(try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8).split(separator: "\n").map(String.init))
        }
        #expect(try rows("merged.csv") == rows("direct.csv"))
        #expect(try rows("merged.csv").count == 4)
        let bad = try run(["merge", "direct.csv", "--out", "x.sqlite"], in: dir)
        #expect(bad.status == 64 && bad.stderr.contains("merges only into CSV"), "\(bad.stderr)")
        #expect(try run(["merge", "inputs.txt", "--out", "x.jsonl"], in: dir).status == 64)
    }

    /// Regression: files with other or no extensions (`download.jsp?id=3`) were skipped by name, and
    /// names that are not UTF-8 (GBK names from Chinese archives) silently. Files are probed by
    /// content; a GBK name is an error record saying why; what is passed over is counted.
    @Test func foldersAreWalkedByContentAndNothingIsSkippedSilently() throws {
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let corpus = dir.appendingPathComponent("corpus")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        let fm = FileManager.default
        try fm.copyItem(at: Self.root.appendingPathComponent("Samples/synthetic-11/report.pdf"), to: corpus.appendingPathComponent("a.pdf"))
        try fm.copyItem(at: Self.root.appendingPathComponent("Samples/real-pingtan-2020/source.html"), to: corpus.appendingPathComponent("download.jsp?id=3"))
        try fm.copyItem(at: Self.root.appendingPathComponent("Samples/synthetic-22/plumber.txt"), to: corpus.appendingPathComponent("report"))
        try Data([0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 13] + Array(repeating: 0, count: 100)).write(to: corpus.appendingPathComponent("seal.png"))
        try Data("x".utf8).write(to: corpus.appendingPathComponent(".hidden.txt"))
        try Data("{}".utf8).write(to: corpus.appendingPathComponent("old.jsonl"))
        // 年报.txt with its name in GBK (C4EA B1A8).
        let gbkName = Array(corpus.path.utf8) + Array("/".utf8) + [0xC4, 0xEA, 0xB1, 0xA8] + Array(".txt".utf8) + [0]
        let fd = gbkName.withUnsafeBufferPointer { $0.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_WRONLY | O_CREAT, 0o644) } }
        #expect(fd >= 0)
        close(fd)

        let inputs = BatchInputs.collect([corpus.path])
        #expect(inputs.files.map { ($0 as NSString).lastPathComponent } == ["a.pdf", "download.jsp?id=3", "report"])
        #expect(inputs.unreadable.count == 1)
        // The bytes that are not UTF-8 are written \xNN (the rest of GBK 年报 happens to read as UTF-8).
        #expect(inputs.unreadable.first?.path.hasPrefix(corpus.path + "/\\xC4") == true, "\(inputs.unreadable)")
        #expect(inputs.unreadable.first?.path.hasSuffix(".txt") == true)
        #expect(inputs.passedOver == ["not a PDF, web page or text": 1, "hidden": 1, "a batch output": 1])

        let r = try run(["batch", "corpus", "--out", "out.jsonl"], in: dir)
        #expect(r.status == 1, "\(r.stderr)")
        #expect(r.stderr.contains("4 inputs: 3 converted") && r.stderr.contains("3 files in folders passed over"), "\(r.stderr)")
        let records = try jsonlRecords(dir.appendingPathComponent("out.jsonl"))
        let failure = records.first { $0["error"] != nil }
        #expect((failure?["error"] as? [String: Any])?["code"] as? String == "unreadable")
        #expect(((failure?["error"] as? [String: Any])?["reason"] as? String)?.contains("not UTF-8") == true)
    }

    /// File names, titles and contacts starting with `=`, `+`, `-`, `@` went raw into CSV: a
    /// formula when Excel opens it. With `--excel` they get a leading `'`; numbers stay numbers.
    @Test func formulaLikeTextIsNeutralizedForExcel() {
        var row = Array(repeating: "", count: CSVStore.columns.count)
        row[CSVStore.columnIndex["path"]!] = "=HYPERLINK(\"http://x\")"
        row[CSVStore.columnIndex["title"]!] = "+某局报告"
        row[CSVStore.columnIndex["phone"]!] = "-0591"
        row[CSVStore.columnIndex["email"]!] = "@x"
        row[CSVStore.columnIndex["agency"]!] = "某局"
        row[CSVStore.columnIndex["active_disclosure.penalties.change"]!] = "-18"
        let out = CSVStore.neutralized(row)
        #expect(out[CSVStore.columnIndex["path"]!] == "'=HYPERLINK(\"http://x\")")
        #expect(out[CSVStore.columnIndex["title"]!] == "'+某局报告")
        #expect(out[CSVStore.columnIndex["phone"]!] == "'-0591" && out[CSVStore.columnIndex["email"]!] == "'@x")
        #expect(out[CSVStore.columnIndex["agency"]!] == "某局")
        #expect(out[CSVStore.columnIndex["active_disclosure.penalties.change"]!] == "-18")
    }

    @Test func csvFieldsRoundTrip() {
        let fields = ["plain", "a,b", "say \"hi\"", "line\nbreak", "", " padded "]
        let line = fields.map(CSVStore.field).joined(separator: ",")
        #expect(!line.contains("\n"))
        #expect(CSVStore.parse(line) == ["plain", "a,b", "say \"hi\"", "line break", "", " padded "])
    }
}
