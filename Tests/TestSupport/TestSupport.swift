import Foundation
import Synchronization

/// The repository the tests run in.
public enum Repository {
    /// Its root folder (this file is `Tests/TestSupport/TestSupport.swift`).
    public static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A file or folder by its path from the root.
    public static func url(_ relative: String) -> URL { root.appendingPathComponent(relative) }
}

/// The executables `swift build` made: they share one folder with the test bundle.
public enum Products {
    /// The executable `name` next to the test bundle, else in `.build/debug`.
    public static func url(_ name: String) -> URL {
        var dir = Bundle.main.bundleURL
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        return Repository.url(".build/debug/\(name)")
    }
}

/// What a process did: its exit status, its output and its errors.
public struct ProcessRun: Sendable {
    public var status: Int32
    /// Ended by a signal (a crash, or the time limit).
    public var signalled: Bool
    public var output: Data
    public var stderr: String
    public var seconds: Double

    public var stdout: String { String(decoding: output, as: UTF8.self) }
}

/// Runs `executable` with `arguments` to its end: in `folder` (the repository by default), with
/// `environment` added to this one's, `input` on its standard input, and killed after `timeLimit`
/// seconds (its status then tells).
public func runProcess(_ executable: URL, _ arguments: [String], in folder: URL? = nil, environment: [String: String] = [:],
                       input: Data? = nil, timeLimit: Double? = nil) throws -> ProcessRun {
    let p = Process()
    p.executableURL = executable
    p.arguments = arguments
    p.currentDirectoryURL = folder ?? Repository.root
    if !environment.isEmpty {
        p.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    }
    let out = Pipe(), err = Pipe()
    p.standardOutput = out
    p.standardError = err
    let stdin = input.map { _ in Pipe() }
    if let stdin { p.standardInput = stdin }
    let start = Date()
    try p.run()
    if let stdin, let input {
        DispatchQueue.global().async {
            stdin.fileHandleForWriting.write(input)
            try? stdin.fileHandleForWriting.close()
        }
    }
    let watchdog = DispatchWorkItem { if p.isRunning { p.terminate() } }
    if let timeLimit { DispatchQueue.global().asyncAfter(deadline: .now() + timeLimit, execute: watchdog) }
    // Both pipes drained at once: a process that fills one while we wait on the other would hang.
    let errors = Mutex(Data())
    let group = DispatchGroup()
    group.enter()
    DispatchQueue.global().async {
        let e = err.fileHandleForReading.readDataToEndOfFile()
        errors.withLock { $0 = e }
        group.leave()
    }
    let o = out.fileHandleForReading.readDataToEndOfFile()
    group.wait()
    p.waitUntilExit()
    watchdog.cancel()
    return ProcessRun(status: p.terminationStatus, signalled: p.terminationReason == .uncaughtSignal, output: o,
                      stderr: String(decoding: errors.withLock { $0 }, as: UTF8.self), seconds: Date().timeIntervalSince(start))
}

/// A new empty folder under the system's temporary folder.
public func temporaryFolder(_ prefix: String) throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    return dir
}
