/// The line protocol between `nianbao-batch` and its `nianbao batch-worker` processes, encoded and
/// decoded here for both sides (each line one message, UTF-8, ending in a newline).
///
/// The batch sends a ``WorkerRequest`` per input; the worker answers with ``WorkerMessage/hash(_:)``
/// and then one of ``WorkerMessage/unchanged``, ``WorkerMessage/report(_:)`` or
/// ``WorkerMessage/refused(code:exitCode:reason:)``.
public struct WorkerRequest: Hashable, Sendable {
    public var path: String
    /// The content hash already recorded for `path`: an unchanged file is not converted again.
    public var knownSHA256: String?

    public init(path: String, knownSHA256: String?) {
        self.path = path
        self.knownSHA256 = knownSHA256
    }

    /// `SHA<TAB>PATH`, SHA being `-` when none is known. Nil when the path cannot travel on one
    /// line (it contains a line break).
    public var line: String? {
        path.contains("\n") ? nil : "\(knownSHA256 ?? "-")\t\(path)"
    }

    public init?(line: String) {
        guard let tab = line.firstIndex(of: "\t") else { return nil }
        let sha = String(line[..<tab])
        self.init(path: String(line[line.index(after: tab)...]), knownSHA256: sha == "-" ? nil : sha)
    }
}

/// A worker's answer.
public enum WorkerMessage: Hashable, Sendable {
    /// The file's SHA-256 (nil when it could not be read), sent before it is converted.
    case hash(String?)
    /// The hash is the one recorded: not converted again.
    case unchanged
    /// The report JSON of `nianbao convert`, on one line (kept as text: the batch stores it as is).
    case report(String)
    /// Refused: the input error of `convert` (its code, exit code and reason).
    case refused(code: String, exitCode: Int32, reason: String)

    /// The message as one line, newline included.
    public var line: [UInt8] {
        switch self {
        case .hash(let sha): return Array("H \(sha ?? "-")\n".utf8)
        case .unchanged: return Array("S\n".utf8)
        case .report(let json): return Self.reportLine(json: Array(json.utf8))
        case .refused(let code, let exitCode, let reason):
            let oneLine = reason.replacing("\n", with: " ").replacing("\t", with: " ")
            return Array("E \(code)\t\(exitCode)\t\(oneLine)\n".utf8)
        }
    }

    /// The line of a report from its JSON bytes (one line, without newline), not copied into a
    /// String first.
    public static func reportLine(json: [UInt8]) -> [UInt8] {
        var out = Array("R ".utf8)
        out.reserveCapacity(json.count + 3)
        out += json
        if out.last != 10 { out.append(10) }
        return out
    }

    /// Decodes one line (without its newline); nil for a line that is no message.
    public init?(line: String) {
        if line == "S" { self = .unchanged; return }
        if line.hasPrefix("H ") {
            let sha = String(line.dropFirst(2))
            self = .hash(sha == "-" ? nil : sha)
            return
        }
        if line.hasPrefix("R ") { self = .report(String(line.dropFirst(2))); return }
        if line.hasPrefix("E ") {
            let parts = line.dropFirst(2).split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
            guard parts.count == 3, let exit = Int32(parts[1]) else { return nil }
            self = .refused(code: String(parts[0]), exitCode: exit, reason: String(parts[2]))
            return
        }
        return nil
    }
}
