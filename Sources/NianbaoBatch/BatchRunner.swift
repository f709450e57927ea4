import Foundation
import NianbaoKit
import Synchronization

/// What a batch is asked to do.
public struct BatchOptions: Sendable {
    /// The output; its extension picks the format.
    public var output: String
    public var format: StoreFormat
    /// A UTF-8 byte order mark at the start of a new CSV file (for Excel).
    public var excel = false
    /// A new CSV file's cell columns named by their printed Chinese labels (`--labels zh`).
    public var chineseLabels = false
    /// Worker processes.
    public var jobs = 1
    /// Seconds one input may take; nil: no limit.
    public var timeout: Double? = nil
    public var shard: Shard? = nil
    /// Convert again inputs whose recorded outcome is a failure.
    public var retryFailed = false
    /// The worker command: `nianbao batch-worker` and the conversion options.
    public var workerCommand: [String]
    /// Set by a signal handler to stop the batch early (``BatchStop``).
    public var stop: BatchStop? = nil

    public init(output: String, format: StoreFormat, workerCommand: [String]) {
        self.output = output
        self.format = format
        self.workerCommand = workerCommand
    }
}

/// Progress of a running batch.
public struct BatchProgress: Sendable {
    public var total = 0
    /// Inputs done in this run: converted, failed or skipped.
    public var done = 0
    public var converted = 0
    public var withFailedChecks = 0
    public var failed = 0
    /// Already in the output (same content and tool version).
    public var skipped = 0
    public var seconds = 0.0
}

/// The end of a batch.
public struct BatchSummary: Sendable {
    public var progress: BatchProgress
    /// Inputs of this run whose recorded outcome is a failure (this run's or an earlier one's).
    public var failedInputs = 0
    public var crossYearChecks = 0
    public var crossYearFailed = 0
    /// The signal that stopped the batch early, if one did; `interrupted` inputs were being
    /// converted then and are not recorded (a rerun converts them).
    public var stoppedBy: Int32? = nil
    /// Files folder walks passed over as not reports' forms, by reason.
    public var passedOver: [String: Int] = [:]
    public var interrupted = 0
}

public enum BatchRunner {
    /// Converts `arguments` (files and folders) into `options.output`. Only a store that cannot
    /// be opened or written throws; inputs that fail are records.
    public static func run(_ arguments: [String], options: BatchOptions,
                           progress report: (@Sendable (BatchProgress) -> Void)? = nil) throws(StoreError) -> BatchSummary {
        let start = WorkerProcess.now()
        var inputs = BatchInputs.collect(arguments)
        if let shard = options.shard {
            inputs.files = inputs.files.filter(shard.contains)
            inputs.missing = inputs.missing.filter(shard.contains)
            inputs.unreadable = inputs.unreadable.filter { shard.contains($0.path) }
        }
        let lock = try OutputLock(output: options.output)
        defer { withExtendedLifetime(lock) {} }
        let store = try options.format.open(options.output, excel: options.excel, chineseLabels: options.chineseLabels)
        let version = ToolInfo.version
        let sink = Sink(store: store, start: start, report: report)
        sink.state.withLock { $0.total = inputs.files.count + inputs.missing.count + inputs.unreadable.count }
        // Entries a folder walk could not take (names not in UTF-8, folders that cannot be read):
        // error records, so that a report there is not lost without a word.
        for (path, reason) in inputs.unreadable {
            if let e = store.entries[path], e.failed, e.sha256 == nil, e.toolVersion == version {
                sink.record(nil, skipped: true)
            } else {
                sink.record(.failure(.init(path: path, sha256: nil, toolVersion: version, code: "unreadable", reason: reason)), skipped: false)
            }
        }
        for path in inputs.missing {
            let previous = store.entries[path]
            if let e = previous, e.failed, e.sha256 == nil, e.toolVersion == version {
                sink.record(nil, skipped: true)
            } else {
                sink.record(.failure(.init(path: path, sha256: nil, toolVersion: version, code: "not-found", reason: "no such file or folder")),
                            skipped: false)
            }
        }

        // What each input's recorded hash is, when its record can stand.
        var knownHashes: [String: String] = [:]
        for path in inputs.files {
            guard let e = store.entries[path], e.toolVersion == version, let sha = e.sha256, !(e.failed && options.retryFailed) else { continue }
            knownHashes[path] = sha
        }
        let known = knownHashes
        let queue = Mutex(Array(inputs.files.reversed()))
        let interrupted = Atomic<Int>(0)
        let workers = max(1, min(options.jobs, inputs.files.count))
        let group = DispatchGroup()
        for _ in 0..<workers {
            let thread = Thread {
                defer { group.leave() }
                var worker: WorkerProcess? = nil
                defer { worker?.stop() }
                while sink.failure.withLock({ $0 == nil }), options.stop?.signal == nil, let path = queue.withLock({ $0.popLast() }) {
                    if worker == nil {
                        do throws(StoreError) { worker = try WorkerProcess(command: options.workerCommand) } catch {
                            sink.failure.withLock { if $0 == nil { $0 = error } }
                            return
                        }
                    }
                    let outcome = convert(path, known: known[path], worker: worker!, timeout: options.timeout, version: version,
                                          stop: options.stop)
                    if outcome.workerLost { worker?.kill(); worker = nil }
                    if outcome.interrupted {
                        interrupted.add(1, ordering: .relaxed)
                        continue
                    }
                    sink.record(outcome.record, skipped: outcome.record == nil)
                }
            }
            thread.stackSize = 1 << 22
            group.enter()
            thread.start()
        }
        group.wait()
        if let failure = sink.failure.withLock({ $0 }) { throw failure }

        let entries = Array(store.entries.values)
        let crossYear = CrossYearChecks.run(entries)
        try store.finish(crossYear: crossYear)
        var summary = BatchSummary(progress: sink.state.withLock { $0 })
        summary.progress.seconds = WorkerProcess.now() - start
        let thisRun = Set(inputs.files + inputs.missing + inputs.unreadable.map(\.path))
        summary.failedInputs = entries.filter { $0.failed && thisRun.contains($0.path) }.count
        summary.crossYearChecks = crossYear.count
        summary.crossYearFailed = crossYear.filter { $0.status == "fail" }.count
        summary.passedOver = inputs.passedOver
        summary.stoppedBy = options.stop?.signal
        summary.interrupted = interrupted.load(ordering: .relaxed)
        return summary
    }

    /// Writes records one at a time and keeps the counts. The store is only touched under the lock.
    final class Sink: @unchecked Sendable {
        // @unchecked: `store` (a store is not Sendable: it owns a file or a database) is touched
        // only inside `state.withLock`, so by one worker thread at a time; the other members are
        // immutable or Mutexes.
        let store: BatchStore
        let start: Double
        let report: (@Sendable (BatchProgress) -> Void)?
        let state = Mutex(BatchProgress())
        let failure = Mutex<StoreError?>(nil)

        init(store: BatchStore, start: Double, report: (@Sendable (BatchProgress) -> Void)?) {
            self.store = store
            self.start = start
            self.report = report
        }

        func record(_ r: BatchRecord?, skipped: Bool) {
            var snapshot = BatchProgress()
            state.withLock { p in
                if let r {
                    do throws(StoreError) {
                        try store.append(r)
                    } catch {
                        failure.withLock { if $0 == nil { $0 = error } }
                    }
                    switch r {
                    case .report(let line):
                        p.converted += 1
                        if line.hasFailedChecks { p.withFailedChecks += 1 }
                    case .failure: p.failed += 1
                    }
                }
                if skipped { p.skipped += 1 }
                p.done += 1
                p.seconds = WorkerProcess.now() - start
                snapshot = p
            }
            report?(snapshot)
        }
    }

    struct Outcome {
        /// Nil: skipped, the recorded outcome stands.
        var record: BatchRecord?
        var workerLost = false
        /// Given up because the batch was asked to stop: not recorded.
        var interrupted = false
    }

    static func convert(_ path: String, known: String?, worker: WorkerProcess, timeout: Double?, version: String,
                        stop: BatchStop? = nil) -> Outcome {
        if path.contains("\n") {
            return Outcome(record: .failure(.init(path: path, sha256: nil, toolVersion: version, code: "unreadable",
                                                   reason: "its name contains a line break")))
        }
        let limit = timeout.map { WorkerProcess.now() + $0 }
        // Waits in short steps while a stop may come, so that the grace period is kept.
        func next() -> WorkerProcess.Reply {
            guard let stop else { return worker.readLine(until: limit) }
            while true {
                let stopAt = stop.deadline
                let until = [limit, stopAt, WorkerProcess.now() + 0.25].compactMap { $0 }.min()!
                let reply = worker.readLine(until: until)
                guard case .timedOut = reply else { return reply }
                let now = WorkerProcess.now()
                if let limit, now >= limit { return reply }
                if let stopAt = stop.deadline, now >= stopAt { return reply }
            }
        }
        var sha: String? = nil
        func failure(_ code: String, _ reason: String) -> BatchRecord {
            .failure(.init(path: path, sha256: sha, toolVersion: version, code: code, reason: reason))
        }
        func lost(_ reply: WorkerProcess.Reply) -> Outcome {
            // A worker that ends once the batch is asked to stop (a Ctrl-C reaches the whole
            // process group) was interrupted, not crashed: nothing is recorded.
            if stop?.signal != nil { return Outcome(record: nil, workerLost: true, interrupted: true) }
            switch reply {
            case .timedOut:
                let limit = timeout.map { $0 == $0.rounded() ? String(Int($0)) : String($0) } ?? "?"
                return Outcome(record: failure("timeout", "took longer than the --timeout of \(limit) s; stopped"), workerLost: true)
            case .ended(let how):
                return Outcome(record: failure("crashed", "the converter stopped on this file (\(how))"), workerLost: true)
            case .line(let l):
                return Outcome(record: failure("internal", "unexpected answer from the converter: \(l.prefix(80))"), workerLost: true)
            }
        }
        guard let request = WorkerRequest(path: path, knownSHA256: known).line, worker.send(request) else {
            return lost(.ended("its input closed"))
        }
        let hash = next()
        if case .timedOut = hash, stop?.signal != nil { return Outcome(record: nil, workerLost: true, interrupted: true) }
        guard case .line(let h) = hash, case .hash(let hashed) = WorkerMessage(line: h) else { return lost(hash) }
        sha = hashed
        let answer = next()
        if case .timedOut = answer, stop?.signal != nil { return Outcome(record: nil, workerLost: true, interrupted: true) }
        guard case .line(let a) = answer else { return lost(answer) }
        switch WorkerMessage(line: a) {
        case .unchanged: return Outcome(record: nil)
        case .report(let json): if let r = ReportLine(text: json) { return Outcome(record: .report(r)) }
        case .refused(let code, _, let reason): return Outcome(record: failure(code, reason))
        case .hash, nil: break
        }
        return lost(.line(a))
    }
}
