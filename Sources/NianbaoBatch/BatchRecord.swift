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

        public init?(object o: [String: Any]) {
            guard let e = o["error"] as? [String: Any], let path = o["path"] as? String else { return nil }
            self.init(path: path, sha256: o["sha256"] as? String, toolVersion: (o["tool"] as? [String: Any])?["version"] as? String ?? "",
                      code: e["code"] as? String ?? "", reason: e["reason"] as? String ?? "")
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

    /// A record from a JSON Lines line; nil for a line that is not one.
    public init?(jsonLine text: String) {
        guard let object = JSONText.object(text) else { return nil }
        if object["error"] != nil {
            guard let f = Failure(object: object) else { return nil }
            self = .failure(f)
        } else {
            guard let r = ReportLine(text: text) else { return nil }
            self = .report(r)
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

/// JSON through Foundation, sorted keys, no escaped slashes, one line.
enum JSONText {
    static func object(_ text: String) -> [String: Any]? {
        guard let data = text.data(using: .utf8) else { return nil }
        return (try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])) as? [String: Any]
    }

    static func encode(_ any: Any) -> String {
        guard let data = try? JSONSerialization.data(withJSONObject: any, options: [.sortedKeys, .withoutEscapingSlashes]) else {
            return "null"
        }
        return String(decoding: data, as: UTF8.self)
    }
}
