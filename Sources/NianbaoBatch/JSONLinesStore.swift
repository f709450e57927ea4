/// `.jsonl`: one line per input: the report JSON of `nianbao convert`, or an error record
/// `{"error": {"code", "reason"}, "path", "sha256", "tool"}`. Cross-year checks go to
/// `NAME.cross-year.jsonl`.
final class JSONLinesStore: BatchStore {
    private let file: AppendFile
    private(set) var entries: [String: IndexEntry] = [:]
    /// Line number of each path's last record, and the number of lines.
    private var lastLine: [String: Int] = [:]
    private var lines = 0
    private var replaced = false

    init(path: String) throws(StoreError) {
        file = try AppendFile(path: path)
        try file.forEachLine { (text: String) throws(StoreError) in
            defer { lines += 1 }
            guard let record = BatchRecord(jsonLine: text) else { return }
            note(record.entry)
        }
    }

    private func note(_ entry: IndexEntry) {
        if lastLine[entry.path] != nil { replaced = true }
        entries[entry.path] = entry
        lastLine[entry.path] = lines
    }

    func append(_ record: BatchRecord) throws(StoreError) {
        try file.append(record.jsonLine)
        note(record.entry)
        lines += 1
    }

    func finish(crossYear: [CrossYearCheck]) throws(StoreError) {
        if replaced {
            let keep = Set(lastLine.values)
            try file.rewrite { _, n in keep.contains(n) }
        }
        try AppendFile.writeWhole(StoreFormat.crossYearPath(file.path), crossYear.map(Self.json))
    }

    static func json(_ c: CrossYearCheck) -> String {
        JSONText.encode([
            "id": c.id, "agency": c.agency, "year_from": c.yearFrom, "year_to": c.yearTo,
            "path_from": c.pathFrom, "path_to": c.pathTo, "rule": c.rule, "status": c.status,
            "difference": c.difference.map { $0 as Any } ?? NSNull(),
            "values": c.values.map { ["year": $0.year, "path": $0.path, "value": $0.value.map { $0 as Any } ?? NSNull()] },
        ] as [String: Any])
    }
}

import Foundation
