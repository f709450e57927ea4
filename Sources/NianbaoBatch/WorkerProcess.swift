import Foundation

/// One conversion worker: a `nianbao batch-worker` child process, spoken to through pipes (the
/// protocol is in Sources/nianbao/BatchWorker.swift). A worker that outlives its time limit is
/// killed; a worker that crashes is noticed by the end of its output. Either way the batch goes
/// on with a new worker: a file that hangs or crashes the converter costs only itself.
final class WorkerProcess {
    private let process: Process
    private let toWorker: FileHandle
    private let fromWorker: Int32
    private var buffer: [UInt8] = []

    enum Reply {
        case line(String)
        case timedOut
        /// The worker ended (crashed, or was killed): its termination signal or status.
        case ended(String)
    }

    init(command: [String]) throws(StoreError) {
        process = Process()
        process.executableURL = URL(fileURLWithPath: command[0])
        process.arguments = Array(command.dropFirst())
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { throw StoreError("cannot start \(command[0]): \(error.localizedDescription)") }
        toWorker = input.fileHandleForWriting
        fromWorker = output.fileHandleForReading.fileDescriptor
        // Keep the pipes' handles alive with the process.
        handles = [input, output]
    }

    private var handles: [Pipe]

    /// Sends one request line; false when the worker is gone.
    func send(_ line: String) -> Bool {
        let bytes = Array((line + "\n").utf8)
        var offset = 0
        let fd = toWorker.fileDescriptor
        while offset < bytes.count {
            let n = bytes.withUnsafeBufferPointer { write(fd, $0.baseAddress! + offset, bytes.count - offset) }
            if n < 0 { if errno == EINTR { continue }; return false }
            offset += n
        }
        return true
    }

    /// The next line of the worker's answer, waiting until `deadline` (monotonic seconds) at most.
    func readLine(until deadline: Double?) -> Reply {
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            if let nl = buffer.firstIndex(of: 10) {
                let line = String(decoding: buffer[..<nl], as: UTF8.self)
                buffer.removeSubrange(...nl)
                return .line(line)
            }
            var pfd = pollfd(fd: fromWorker, events: Int16(POLLIN), revents: 0)
            let wait = deadline.map { max(0, Int32((($0 - Self.now()) * 1000).rounded(.up))) } ?? -1
            let ready = poll(&pfd, 1, wait)
            if ready < 0 { if errno == EINTR { continue }; return ended() }
            if ready == 0 { return .timedOut }
            let n = read(fromWorker, &chunk, chunk.count)
            if n < 0 { if errno == EINTR { continue }; return ended() }
            if n == 0 { return ended() }
            buffer += chunk[0..<n]
        }
    }

    private func ended() -> Reply {
        process.waitUntilExit()
        if process.terminationReason == .uncaughtSignal {
            return .ended("signal \(process.terminationStatus)")
        }
        return .ended("exit status \(process.terminationStatus)")
    }

    /// Kills the worker and reaps it.
    func kill() {
        if process.isRunning { Foundation.kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }

    /// Asks the worker to end (end of its input) and waits for it.
    func stop() {
        try? toWorker.close()
        process.waitUntilExit()
    }

    static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }
}
