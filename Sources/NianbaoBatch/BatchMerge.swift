import Foundation

/// `nianbao merge`: combines the outputs of shard runs into one output. JSON Lines and SQLite
/// outputs can be merged into either format; CSV outputs into CSV. A path held by several inputs
/// keeps the record of the last input named. Cross-year checks are run over the merged records.
public enum BatchMerge {
    public static func run(_ inputs: [String], into output: String, format: StoreFormat, excel: Bool = false) throws(StoreError) -> Int {
        for input in inputs where !FileManager.default.fileExists(atPath: input) {
            throw StoreError("\(input): no such file")
        }
        let store = try format.open(output, excel: excel)
        var count = 0
        for input in inputs {
            guard let inFormat = StoreFormat(path: input) else { throw StoreError("\(input): not a .jsonl, .csv or .sqlite output") }
            switch (inFormat, format) {
            case (.csv, .csv):
                let file = try AppendFile(path: input)
                var first = true
                try file.forEachLine { (line: String) throws(StoreError) in
                    defer { first = false }
                    if first {
                        let h = line.hasPrefix(CSVStore.bom) ? String(line.dropFirst()) : line
                        if h != CSVStore.columns.map(CSVStore.field).joined(separator: ",") {
                            throw StoreError("\(input): its columns are not those of this version of nianbao")
                        }
                        return
                    }
                    try (store as! CSVStore).appendRow(line)
                    count += 1
                }
            case (.csv, _), (_, .csv):
                throw StoreError("\(input): CSV outputs merge only with CSV outputs")
            default:
                for record in try records(input, inFormat) {
                    try store.append(record)
                    count += 1
                }
            }
        }
        try store.finish(crossYear: CrossYearChecks.run(Array(store.entries.values)))
        return count
    }

    static func records(_ path: String, _ format: StoreFormat) throws(StoreError) -> [BatchRecord] {
        switch format {
        case .sqlite:
            return try SQLiteStore(path: path).records()
        case .jsonl:
            var out: [BatchRecord] = []
            try AppendFile(path: path).forEachLine { (line: String) throws(StoreError) in
                if let r = BatchRecord(jsonLine: line) { out.append(r) }
            }
            return out
        case .csv:
            throw StoreError("\(path): a CSV output merges only into CSV")
        }
    }
}
