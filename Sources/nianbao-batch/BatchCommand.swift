import ArgumentParser
import Foundation
import NianbaoBatch
import NianbaoCommandLine
import NianbaoKit

@main
struct BatchTool: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "nianbao",
        abstract: "Corpus batches of nianbao (run as `nianbao batch` and `nianbao merge`).",
        version: ToolInfo.version,
        subcommands: [Batch.self, Merge.self, Manual.self])
}

struct Batch: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Convert files and folders (recursively; every file is probed by its content) into one output: .jsonl, .csv or .sqlite.",
        discussion: """
            Inputs are converted in parallel by worker processes. Re-running with the same output skips inputs \
            already recorded with the same content (SHA-256) and tool version, so an interrupted batch resumes; \
            each record is written whole or not at all. Cross-year checks (the same agency in consecutive years) \
            are written at the end: in the database, or beside a text output as NAME.cross-year.jsonl/.csv.
            Exit codes: 0 every input converted (failed identities are findings, not failures); 1 at least one \
            input failed (its error record says why); 3 the output cannot be opened or written, or is in use by \
            another run; 64 usage error; 130/143 stopped by SIGINT/SIGTERM (what finished is written; run again to finish).
            Progress goes to stderr on a terminal and a summary line at the end; --quiet leaves only errors.

            Examples:
              nianbao batch reports/ --out corpus.jsonl    # run again to resume
              nianbao batch reports/ --out corpus.csv --excel -j 4
              nianbao batch reports/ --out corpus.sqlite --timeout 300
              nianbao batch reports/ --out s2.jsonl --shard 2/8
              nianbao merge s*.jsonl --out all.jsonl
            """)

    @Argument(help: "Files and folders.")
    var inputs: [String]

    @Option(name: .customLong("out"), help: "The output: .jsonl, .csv or .sqlite.")
    var output: String

    @Option(name: .shortAndLong, help: "Files converted at once (default: the number of cores).")
    var jobs: Int?

    @Option(help: "Seconds one input may take before it is recorded as failed (default: no limit).")
    var timeout: Double?

    @Option(help: "Convert only shard i of n (i from 0), e.g. --shard 2/8.")
    var shard: String?

    @Flag(help: "Start a new CSV file with a UTF-8 byte order mark, for Excel.")
    var excel = false

    @Option(help: "A new CSV file's cell columns named by `keys` (requests.granted.total) or `zh`, their printed labels (三 / （一）予以公开 / 总计); the columns are the same.")
    var labels: CSVLabels = .keys

    @Flag(name: .customLong("retry-failed"), help: "Convert again the inputs recorded as failed.")
    var retryFailed = false

    @Flag(name: .shortAndLong, help: "No progress bar and no summary line: only errors (the exit status says how it went).")
    var quiet = false

    @OptionGroup var conversion: ConversionOptions

    func validate() throws {
        if StoreFormat(path: output) == nil { throw ValidationError("--out must end in .jsonl, .csv or .sqlite") }
        if let s = shard, Shard(s) == nil { throw ValidationError("--shard must be i/n with 0 <= i < n") }
        if (jobs ?? 1) <= 0 { throw ValidationError("--jobs must be positive") }
        if let t = timeout, t <= 0 { throw ValidationError("--timeout must be positive") }
    }

    func run() throws {
        signal(SIGPIPE, SIG_IGN)
        var options = BatchOptions(output: output, format: StoreFormat(path: output)!,
                                   workerCommand: [siblingTool("nianbao"), "batch-worker", "--jobs", "1"] + conversion.arguments)
        options.excel = excel
        options.chineseLabels = labels == .zh
        options.jobs = jobs ?? Cores.available
        options.timeout = timeout
        options.shard = shard.flatMap(Shard.init)
        options.retryFailed = retryFailed
        // SIGINT and SIGTERM stop the batch cleanly: no new input, the ones being converted get a
        // few seconds, what finished is written, and the exit status says which signal (130, 143).
        let stop = BatchStop()
        options.stop = stop
        var sources: [DispatchSourceSignal] = []
        for sig in [SIGINT, SIGTERM] {
            signal(sig, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: sig, queue: .global())
            source.setEventHandler { stop.request(signal: sig) }
            source.resume()
            sources.append(source)
        }
        defer { sources.forEach { $0.cancel() } }
        let bar = !quiet && isatty(2) != 0 ? ProgressBar() : nil
        let summary: BatchSummary
        do {
            var report: (@Sendable (BatchProgress) -> Void)? = nil
            if let bar { report = { p in bar.show(p) } }
            summary = try BatchRunner.run(inputs, options: options, progress: report)
        } catch {
            bar?.clear()
            say("\(error)")
            throw ExitCode(3)
        }
        bar?.clear()
        let p = summary.progress
        var line = "\(p.total) inputs: \(p.converted) converted (\(p.withFailedChecks) with failed checks), \(p.failed) failed"
        if p.skipped > 0 { line += ", \(p.skipped) already done" }
        // Inputs skipped because an earlier run recorded them as failed: the exit status says they
        // have no report, so the summary says so too.
        let earlier = max(0, summary.failedInputs - p.failed)
        if earlier > 0 { line += " (\(earlier) of them failed in an earlier run; --retry-failed converts them again)" }
        line += " in \(String(format: "%.1f", p.seconds)) s"
        let over = summary.passedOver.values.reduce(0, +)
        if over > 0 {
            line += "; \(over) files in folders passed over (" + summary.passedOver.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ") + ")"
        }
        if summary.crossYearChecks > 0 { line += "; cross-year checks: \(summary.crossYearFailed) of \(summary.crossYearChecks) failed" }
        if let sig = summary.stoppedBy {
            line += "; stopped by \(sig == SIGINT ? "SIGINT" : "SIGTERM")"
            if summary.interrupted > 0 { line += ": \(summary.interrupted) inputs being converted were not recorded" }
            line += "; run again to finish"
        }
        // Quiet: the summary only when it explains a non-zero exit.
        if !quiet || summary.stoppedBy != nil || summary.failedInputs > 0 { say(line) }
        if let sig = summary.stoppedBy { throw ExitCode(128 + sig) }
        if summary.failedInputs > 0 { throw ExitCode(1) }
    }
}

struct Merge: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Combine or convert batch outputs: .jsonl and .sqlite into .jsonl, .csv or .sqlite; .csv into .csv.",
        discussion: """
            A path held by several inputs keeps the record of the last input named. Exit codes: 0 merged; 3 an \
            input or the output cannot be read or written, or the output is in use; 64 usage error (an input that is \
            not a batch output, or a CSV merged into another format).

            Examples:
              nianbao merge s0.jsonl s1.jsonl s2.jsonl --out all.jsonl
              nianbao merge corpus.jsonl --out corpus.csv --excel   # export
              nianbao merge corpus.jsonl --out corpus.sqlite
            """)

    @Argument(help: "Shard outputs.")
    var inputs: [String]

    @Option(name: .customLong("out"), help: "The merged output: .jsonl, .csv or .sqlite.")
    var output: String

    @Flag(help: "Start a new CSV file with a UTF-8 byte order mark, for Excel.")
    var excel = false

    @Option(help: "A new CSV file's cell columns named by `keys` (requests.granted.total) or `zh`, their printed labels (三 / （一）予以公开 / 总计); the columns are the same.")
    var labels: CSVLabels = .keys

    @Flag(name: .shortAndLong, help: "No summary line: only errors.")
    var quiet = false

    func validate() throws {
        guard let out = StoreFormat(path: output) else { throw ValidationError("--out must end in .jsonl, .csv or .sqlite") }
        for input in inputs {
            guard let format = StoreFormat(path: input) else {
                throw ValidationError("\(input): not a batch output (.jsonl, .csv or .sqlite)")
            }
            if format == .csv && out != .csv {
                throw ValidationError("\(input): a CSV output merges only into CSV (its rows do not hold whole reports); merge the .jsonl or .sqlite output instead")
            }
        }
    }

    func run() throws {
        do {
            let n = try BatchMerge.run(inputs, into: output, format: StoreFormat(path: output)!, excel: excel,
                                       chineseLabels: labels == .zh)
            if !quiet { say("merged \(n) records from \(inputs.count) outputs into \(output)") }
        } catch {
            say("\(error)")
            throw ExitCode(3)
        }
    }
}

func say(_ message: String) {
    FileHandle.standardError.write(Data("nianbao: \(message)\n".utf8))
}

/// A tool installed beside this executable.
func siblingTool(_ name: String) -> String {
    let me = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    return (me as NSString).deletingLastPathComponent + "/" + name
}

/// `[#####.....] 120/500  3 failed  41.0/s  ETA 0:09` on stderr, redrawn at most ten times a second.
final class ProgressBar: @unchecked Sendable {
    // @unchecked: its one mutable member, `last`, is read and written only while `lock` is held.
    private let lock = NSLock()
    private var last = 0.0

    func show(_ p: BatchProgress) {
        lock.lock(); defer { lock.unlock() }
        guard p.done == p.total || p.seconds - last >= 0.1 else { return }
        last = p.seconds
        let width = 30
        let filled = p.total == 0 ? width : width * p.done / p.total
        let rate = p.seconds > 0 ? Double(p.done) / p.seconds : 0
        let eta = rate > 0 ? Int(Double(p.total - p.done) / rate) : 0
        let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
        let text = "\r\u{1B}[2K[\(bar)] \(p.done)/\(p.total)  \(p.failed) failed  \(String(format: "%.1f", rate))/s  ETA \(eta / 60):\(String(format: "%02d", eta % 60))"
        FileHandle.standardError.write(Data(text.utf8))
    }

    func clear() {
        FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
    }
}

/// How a CSV output names its cell columns.
enum CSVLabels: String, ExpressibleByArgument, CaseIterable {
    case keys, zh
}
