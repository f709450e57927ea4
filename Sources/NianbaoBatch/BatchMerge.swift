import Foundation

/// `nianbao merge`: combines the outputs of shard runs into one output, reading them (read only)
/// one record at a time. JSON Lines and SQLite outputs merge into any format (convert once into
/// JSON Lines, export to CSV or SQLite as often as needed); CSV outputs only into CSV. A path held by several inputs
/// keeps the record of the last input named. Cross-year checks are run over the merged records.
public enum BatchMerge {
    public static func run(_ inputs: [String], into output: String, format: StoreFormat, excel: Bool = false,
                           chineseLabels: Bool = false) throws(StoreError) -> Int {
        for input in inputs where !FileManager.default.fileExists(atPath: input) {
            throw StoreError("\(input): no such file")
        }
        let lock = try OutputLock(output: output)
        defer { withExtendedLifetime(lock) {} }
        let store = try format.open(output, excel: excel, chineseLabels: chineseLabels)
        var count = 0
        for input in inputs {
            guard let inFormat = StoreFormat(path: input) else { throw StoreError("\(input): not a .jsonl, .csv or .sqlite output") }
            switch (inFormat, format) {
            case (.csv, .csv):
                var first = true
                try AppendFile.readLines(input) { (line: String) throws(StoreError) in
                    defer { first = false }
                    if first {
                        if !CSVStore.isHeader(line) { throw StoreError("\(input): its columns are not those of this version of nianbao") }
                        return
                    }
                    try (store as! CSVStore).appendRow(line)
                    count += 1
                }
            case (.csv, _):
                throw StoreError("\(input): a CSV output merges only into CSV (its rows do not hold whole reports)")
            case (.sqlite, _):
                try SQLiteStore.forEachRecord(input) { (record: BatchRecord) throws(StoreError) in
                    try store.append(record)
                    count += 1
                }
            case (.jsonl, _):
                try AppendFile.readLines(input) { (line: String) throws(StoreError) in
                    guard let record = BatchRecord(jsonLine: line) else { return }
                    try store.append(record)
                    count += 1
                }
            }
        }
        try store.finish(crossYear: CrossYearChecks.run(Array(store.entries.values)))
        return count
    }
}
