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
            guard let r = ReportLine(text: text, object: object) else { return nil }
            self = .report(r)
        }
    }
}

/// A converted report: its JSON text as `convert` writes it, and the parsed object.
public struct ReportLine: @unchecked Sendable {
    public let text: String
    public let object: [String: Any]

    public init?(text: String, object: [String: Any]? = nil) {
        guard let o = object ?? JSONText.object(text), let source = o["source"] as? [String: Any], source["path"] is String else {
            return nil
        }
        self.text = text
        self.object = o
    }

    public var path: String { (object["source"] as! [String: Any])["path"] as! String }
    public var sha256: String? { (object["source"] as? [String: Any])?["sha256"] as? String }
    public var toolVersion: String { (object["tool"] as? [String: Any])?["version"] as? String ?? "" }
    public var metadata: [String: Any] { object["metadata"] as? [String: Any] ?? [:] }
    public var summary: [String: Any] { object["summary"] as? [String: Any] ?? [:] }

    /// Every template cell's value by dotted path (`requests.granted.natural_person`); null
    /// cells are absent.
    public var values: [String: Double] {
        var out: [String: Double] = [:]
        func walk(_ prefix: String, _ any: Any) {
            if let d = any as? [String: Any] {
                for (k, v) in d { walk(prefix.isEmpty ? k : prefix + "." + k, v) }
            } else if let n = any as? NSNumber, !(any is Bool) {
                out[prefix] = n.doubleValue
            }
        }
        walk("", object["tables"] ?? [:])
        return out
    }

    public var entry: IndexEntry {
        var e = IndexEntry(path: path, sha256: sha256, toolVersion: toolVersion, failed: false)
        e.agency = metadata["agency"] as? String
        e.year = (metadata["year"] as? NSNumber)?.intValue
        e.template = metadata["template"] as? String
        e.values = values.filter { CrossYearChecks.neededPaths.contains($0.key) }
        e.hasFailedChecks = hasFailedChecks
        return e
    }

    public var hasFailedChecks: Bool { ((summary["checks_failed"] as? NSNumber)?.intValue ?? 0) > 0 }
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
