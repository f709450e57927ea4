import Foundation

/// Where a batch writes: JSON Lines, CSV or SQLite, chosen by the output's extension. Every store
/// writes one record per input and makes each record whole or absent: a process killed at any
/// moment leaves at most a torn last line (text stores), which the next `open` cuts off, or an
/// unfinished transaction (SQLite), which SQLite rolls back.
public protocol BatchStore: AnyObject {
    /// The records already in the output, one entry per input path (the last one written).
    var entries: [String: IndexEntry] { get }
    /// Writes one input's record, replacing any earlier record of the same path.
    func append(_ record: BatchRecord) throws(StoreError)
    /// Writes the cross-year checks over every record, drops replaced records, and closes.
    func finish(crossYear: [CrossYearCheck]) throws(StoreError)
}

public struct StoreError: Error, CustomStringConvertible, Sendable {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

public enum StoreFormat: String, Sendable, CaseIterable {
    case jsonl, csv, sqlite

    public init?(path: String) {
        switch (path as NSString).pathExtension.lowercased() {
        case "jsonl", "ndjson": self = .jsonl
        case "csv": self = .csv
        case "sqlite", "sqlite3", "db": self = .sqlite
        default: return nil
        }
    }

    /// Opens (creating it if needed) the output at `path`, repairing a torn tail.
    /// `chineseLabels`: a new CSV file names its cell columns by their printed labels.
    public func open(_ path: String, excel: Bool = false, chineseLabels: Bool = false) throws(StoreError) -> BatchStore {
        switch self {
        case .jsonl: return try JSONLinesStore(path: path)
        case .csv: return try CSVStore(path: path, excel: excel, chineseLabels: chineseLabels)
        case .sqlite: return try SQLiteStore(path: path)
        }
    }

    /// The file the cross-year checks of a text output go to: `corpus.jsonl` → `corpus.cross-year.jsonl`.
    static func crossYearPath(_ path: String) -> String {
        let ext = (path as NSString).pathExtension
        return (path as NSString).deletingPathExtension + ".cross-year." + ext
    }
}
