import Foundation

/// The outcome for one input: its report (the report JSON of `nianbao convert`, one line), or why
/// it failed.
public enum BatchRecord: Sendable {
    case report(ReportLine)
    case failure(Failure)

    public struct Failure: Sendable, Hashable {
        public var path: String
        public var sha256: String?
        public var toolVersion: String
        /// The input error's code (`corrupt-pdf`, `not-a-report`, …), or `timeout`, `crashed`.
        public var code: String
        public var reason: String

        public init(path: String, sha256: String?, toolVersion: String, code: String, reason: String) {
            self.path = path
            self.sha256 = sha256
            self.toolVersion = toolVersion
            self.code = code
            self.reason = reason
        }

        /// The JSON Lines record: `{"error": {"code", "reason"}, "path", "sha256", "tool"}`.
        public var json: String {
            let object: [String: Any] = [
                "error": ["code": code, "reason": reason],
                "path": path,
                "sha256": sha256 ?? NSNull(),
                "tool": ["name": "nianbao", "version": toolVersion],
            ]
            return JSONText.encode(object)
        }

        /// The record of a JSON Lines line, decoded by type; nil for a line that is not one.
        public init?(jsonLine text: String) {
            guard let line = try? JSONDecoder().decode(Line.self, from: Data(text.utf8)) else { return nil }
            self.init(path: line.path, sha256: line.sha256, toolVersion: line.tool?.version ?? "",
                      code: line.error.code ?? "", reason: line.error.reason ?? "")
        }

        /// The fields of a failure's JSON Lines record.
        struct Line: Decodable {
            struct Error: Decodable { var code: String?; var reason: String? }
            struct Tool: Decodable { var version: String? }
            var error: Error
            var path: String
            var sha256: String?
            var tool: Tool?
        }
    }

    public var path: String {
        switch self {
        case .report(let r): return r.path
        case .failure(let f): return f.path
        }
    }

    public var entry: IndexEntry {
        switch self {
        case .report(let r): return r.entry
        case .failure(let f):
            return IndexEntry(path: f.path, sha256: f.sha256, toolVersion: f.toolVersion, failed: true)
        }
    }

    /// The JSON Lines text of the record (no newline).
    public var jsonLine: String {
        switch self {
        case .report(let r): return r.text
        case .failure(let f): return f.json
        }
    }

    /// A record from a JSON Lines line (a failure has an `error` object, a report does not); nil
    /// for a line that is neither.
    public init?(jsonLine text: String) {
        if let f = Failure(jsonLine: text) {
            self = .failure(f)
        } else if let r = ReportLine(text: text) {
            self = .report(r)
        } else {
            return nil
        }
    }
}

/// A converted report: its JSON text as `convert` writes it (stored as it is), and the typed
/// digest of it that the stores consume.
public struct ReportLine: Sendable {
    public let text: String
    public let digest: ReportDigest

    public init?(text: String) {
        guard let d = ReportDigest(text: text) else { return nil }
        self.text = text
        self.digest = d
    }

    public var path: String { digest.source.path }
    public var sha256: String? { digest.source.sha256 }
    public var toolVersion: String { digest.tool.version }

    /// Every template cell's number by dotted path (`requests.granted.natural_person`); null
    /// cells are absent.
    public var values: [String: CellNumber] {
        var out: [String: CellNumber] = [:]
        for c in digest.cells { if let v = c.value { out[c.path] = v } }
        return out
    }

    public var entry: IndexEntry {
        var e = IndexEntry(path: path, sha256: sha256, toolVersion: toolVersion, failed: false)
        e.agency = digest.metadata.agency
        e.year = digest.metadata.year
        e.template = digest.metadata.template
        for c in digest.cells where CrossYearChecks.neededPaths.contains(c.path) {
            if let v = c.value { e.values[c.path] = v.double }
        }
        e.hasFailedChecks = hasFailedChecks
        return e
    }

    public var hasFailedChecks: Bool { (digest.summary.checksFailed ?? 0) > 0 }
}

/// What a store remembers of each input: enough to resume and to run cross-year checks.
public struct IndexEntry: Sendable, Hashable {
    public var path: String
    public var sha256: String?
    public var toolVersion: String
    public var failed: Bool
    public var agency: String?
    public var year: Int?
    public var template: String?
    public var hasFailedChecks = false
    /// The cells cross-year checks read.
    public var values: [String: Double] = [:]

    public init(path: String, sha256: String?, toolVersion: String, failed: Bool) {
        self.path = path
        self.sha256 = sha256
        self.toolVersion = toolVersion
        self.failed = failed
    }
}

/// JSON written through Foundation (never read back untyped: see ``ReportDigest``), sorted keys, no escaped slashes, one line.
enum JSONText {
    static func encode(_ any: Any) -> String {
        guard let data = try? JSONSerialization.data(withJSONObject: any, options: [.sortedKeys, .withoutEscapingSlashes]) else {
            return "null"
        }
        return String(decoding: data, as: UTF8.self)
    }
}
