import ArgumentParser
import NianbaoKit
#if canImport(Glibc)
import Glibc
#endif

/// A conversion worker for `nianbao batch` (not for people). It reads a ``WorkerRequest`` per
/// line on stdin, hashes the file and answers on stdout with ``WorkerMessage``s: its hash, then
/// unchanged, the report, or refused.
///
/// The batch process kills a worker that outlives its time limit and starts another.
struct BatchWorker: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "batch-worker", shouldDisplay: false)

    @OptionGroup var common: CommonOptions

    func run() throws {
        // A Ctrl-C reaches the whole process group: the batch decides when its workers stop (it
        // closes their input), so that the file being converted can finish and be recorded.
        signal(SIGINT, SIG_IGN)
        var options = common.convertOptions
        options.keepDocumentLines = false
        options.progress = nil
        if common.jobs == nil { options.jobs = 1 }
        Nianbao.prepare()
        var pending: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            guard let nl = pending.firstIndex(of: 10) else {
                let n = read(0, &buffer, buffer.count)
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { return }
                pending += buffer[0..<n]
                continue
            }
            let line = String(decoding: pending[..<nl], as: UTF8.self)
            pending.removeSubrange(...nl)
            guard let request = WorkerRequest(line: line) else { continue }
            answer(request, options: options)
        }
    }

    func answer(_ request: WorkerRequest, options: ConvertOptions) {
        let bytes: [UInt8]
        do {
            bytes = try Nianbao.readFile(request.path, maxSize: options.maxFileSize)
        } catch {
            send(WorkerMessage.hash(nil).line)
            send(WorkerMessage.refused(code: error.code, exitCode: error.exitCode, reason: error.reason).line)
            return
        }
        let sha = SHA256.hex(bytes)
        send(WorkerMessage.hash(sha).line)
        if sha == request.knownSHA256 { send(WorkerMessage.unchanged.line); return }
        do {
            let c = try Nianbao.convert(bytes: bytes, path: request.path, sha256: sha, options: options)
            send(WorkerMessage.reportLine(json: ReportJSON.encodeBytes(c, pretty: false, newline: true)))
        } catch {
            send(WorkerMessage.refused(code: error.code, exitCode: error.exitCode, reason: error.reason).line)
        }
    }

    func send(_ bytes: [UInt8]) {
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBufferPointer { write(1, $0.baseAddress! + offset, bytes.count - offset) }
            if n < 0 { if errno == EINTR { continue }; Glibc.exit(3) }
            offset += n
        }
    }
}

/// `nianbao batch` and `nianbao merge` run `nianbao-batch`, installed beside `nianbao`.
struct BatchForward: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Convert a corpus (files and folders) to JSON Lines, CSV or SQLite; resumable, parallel. See `nianbao batch --help`.")
    @Argument(parsing: .allUnrecognized) var arguments: [String] = []
    func run() throws { try forward(["batch"] + arguments) }
}

struct MergeForward: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Combine the outputs of `nianbao batch --shard` runs. See `nianbao merge --help`.")
    @Argument(parsing: .allUnrecognized) var arguments: [String] = []
    func run() throws { try forward(["merge"] + arguments) }
}

/// Replaces this process with `nianbao-batch` from the folder of this executable.
func forward(_ arguments: [String]) throws {
    var buffer = [CChar](repeating: 0, count: 4096)
    let n = readlink("/proc/self/exe", &buffer, buffer.count - 1)
    let me = n > 0 ? String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self) : CommandLine.arguments[0]
    let dir = me.contains("/") ? String(me[..<me.lastIndex(of: "/")!]) : "."
    let target = dir + "/nianbao-batch"
    let argv = ([target] + arguments).map { strdup($0) } + [nil]
    execv(target, argv)
    reportError("cannot run \(target) (\(String(cString: strerror(errno)))); build it with `make build`")
    throw ExitCode(70)
}
