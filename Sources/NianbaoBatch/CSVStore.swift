import Foundation
import NianbaoKit
import ReportParsing

/// `.csv`: a header, then one row per input: metadata, counts, and one column per template cell
/// (`requests.granted.natural_person`), in a fixed order (the 2021 template's cells, then the
/// 2019 template's others), empty for null. Failed inputs have `status` `failed` and their error.
/// Line breaks inside a field are written as spaces, so that each record is one line. `--excel`
/// starts a new file with a UTF-8 byte order mark. Cross-year checks go to `NAME.cross-year.csv`.
final class CSVStore: BatchStore {
    static let metadataColumns = [
        "path", "status", "error_code", "error", "sha256", "tool_version", "title", "agency", "year", "template",
        "period_start", "period_end", "address", "postcode", "phone", "person", "email", "url",
        "cells", "cells_missing", "checks_passed", "checks_failed", "checks_not_assessable", "uncertain_cells", "warnings",
    ]

    /// Every template cell path, each once, in template order.
    static let cellColumns: [String] = {
        var seen = Set<String>()
        var out: [String] = []
        for t in Templates.all {
            for table in t.tables {
                for p in table.rowPaths.joined() where seen.insert(p).inserted { out.append(p) }
            }
        }
        return out
    }()

    static let columns: [String] = metadataColumns + cellColumns
    static let bom = "\u{FEFF}"
    static let header = columns.map(field).joined(separator: ",")
    /// The same columns with the cells named by their printed Chinese labels (`--labels zh`):
    /// `表 / 行 / 列`, the table's section number and the row's and column's labels
    /// (`三 / （三）不予公开 1.属于国家秘密 / 自然人`).
    static let chineseHeader = (metadataColumns + cellColumns.map(chineseLabel)).map(field).joined(separator: ",")

    static func chineseLabel(_ path: String) -> String {
        let section = ["active_disclosure": "二", "requests": "三", "review_litigation": "四"][String(path.prefix { $0 != "." })] ?? ""
        return "\(section) / " + TemplateLabels.describe(path, template: nil)
    }

    /// The header line of this version's columns, cells named by key or by label (with or without
    /// a byte order mark): the columns are the same either way.
    static func isHeader(_ line: String) -> Bool {
        let l = line.hasPrefix(bom) ? String(line.dropFirst()) : line
        return l == header || l == chineseHeader
    }

    private let file: AppendFile
    /// Written for Excel: a byte order mark, and formula-like text neutralized.
    private let excel: Bool
    private(set) var entries: [String: IndexEntry] = [:]
    private var lastLine: [String: Int] = [:]
    private var lines = 0
    private var replaced = false

    init(path: String, excel: Bool, chineseLabels: Bool = false) throws(StoreError) {
        file = try AppendFile(path: path)
        self.excel = excel
        if file.isEmpty {
            try file.append((excel ? Self.bom : "") + (chineseLabels ? Self.chineseHeader : Self.header))
        }
        try file.forEachLine { (text: String) throws(StoreError) in
            defer { lines += 1 }
            if lines == 0 {
                if !Self.isHeader(text) {
                    throw StoreError("\(path): its columns are not those of this version of nianbao; write to a new file")
                }
                return
            }
            let f = Self.parse(text)
            guard f.count == Self.columns.count else { return }
            note(Self.entry(f))
        }
    }

    /// Appends a row read from another CSV output of this version (merge).
    func appendRow(_ line: String) throws(StoreError) {
        let f = Self.parse(line)
        guard f.count == Self.columns.count else { return }
        try file.append(line)
        note(Self.entry(f))
        lines += 1
    }

    static let columnIndex = Dictionary(uniqueKeysWithValues: columns.enumerated().map { ($1, $0) })

    /// What the index keeps of a row.
    static func entry(_ f: [String]) -> IndexEntry {
        func v(_ c: String) -> String { f[columnIndex[c]!] }
        var e = IndexEntry(path: v("path"), sha256: v("sha256").isEmpty ? nil : v("sha256"), toolVersion: v("tool_version"),
                           failed: v("status") != "ok")
        e.agency = v("agency").isEmpty ? nil : v("agency")
        e.year = Int(v("year"))
        e.template = v("template").isEmpty ? nil : v("template")
        e.hasFailedChecks = (Int(v("checks_failed")) ?? 0) > 0
        for p in CrossYearChecks.neededPaths { if let d = Double(v(p)) { e.values[p] = d } }
        return e
    }

    private func note(_ entry: IndexEntry) {
        if lastLine[entry.path] != nil { replaced = true }
        entries[entry.path] = entry
        lastLine[entry.path] = lines
    }

    func append(_ record: BatchRecord) throws(StoreError) {
        var row = Self.row(record)
        if excel { row = Self.neutralized(row) }
        try file.append(row.map(Self.field).joined(separator: ","))
        note(record.entry)
        lines += 1
    }

    /// The row of a record, in `columns` order.
    static func row(_ record: BatchRecord) -> [String] {
        var row: [String: String] = [:]
        switch record {
        case .failure(let f):
            row = ["path": f.path, "status": "failed", "error_code": f.code, "error": f.reason, "sha256": f.sha256 ?? "",
                   "tool_version": f.toolVersion]
        case .report(let r):
            let m = r.digest.metadata, s = r.digest.summary
            row = ["path": r.path, "status": "ok", "sha256": r.sha256 ?? "", "tool_version": r.toolVersion]
            row["title"] = m.title ?? ""
            row["agency"] = m.agency ?? ""
            row["year"] = m.year.map(String.init) ?? ""
            row["template"] = m.template ?? ""
            row["period_start"] = m.period?.start ?? ""
            row["period_end"] = m.period?.end ?? ""
            let c = m.contact
            row["address"] = c?.address ?? ""
            row["postcode"] = c?.postcode ?? ""
            row["phone"] = c?.phone ?? ""
            row["person"] = c?.person ?? ""
            row["email"] = c?.email ?? ""
            row["url"] = c?.url ?? ""
            for (k, v) in [("cells", s.cells), ("cells_missing", s.cellsMissing), ("checks_passed", s.checksPassed),
                           ("checks_failed", s.checksFailed), ("checks_not_assessable", s.checksNotAssessable),
                           ("uncertain_cells", s.uncertainCells), ("warnings", s.warnings)] {
                row[k] = v.map(String.init) ?? ""
            }
            for (p, v) in r.values { row[p] = v.text }
        }
        return columns.map { row[$0] ?? "" }
    }

    /// Text fields that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, a
    /// tab or a carriage return: file names, titles, contacts, error messages) get a leading `'`,
    /// as OWASP recommends against CSV injection; cell columns hold numbers and are left as they
    /// are (`-18` stays a number). Only with `--excel`: other readers get the text as printed.
    static func neutralized(_ row: [String]) -> [String] {
        var out = row
        for i in 0..<metadataColumns.count where i < out.count {
            if let first = out[i].unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) {
                out[i] = "'" + out[i]
            }
        }
        return out
    }

    /// `8`, `27.31`, `-18`: integers without a decimal point.
    static func number(_ d: Double) -> String {
        if d == d.rounded(), abs(d) < 1e15 { return String(Int64(d)) }
        return String(d)
    }

    /// RFC 4180 quoting; line breaks become spaces.
    static func field(_ s: String) -> String {
        var s = s
        if s.contains(where: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) {
            s = String(s.map { $0 == "\n" || $0 == "\r" || $0 == "\r\n" ? " " : $0 })
        }
        guard s.contains(where: { $0 == "," || $0 == "\"" }) || s.hasPrefix(" ") || s.hasSuffix(" ") else { return s }
        return "\"" + s.replacing("\"", with: "\"\"") + "\""
    }

    /// The fields of one line written by `field`.
    static func parse(_ line: String) -> [String] {
        var fields: [String] = []
        var current = ""
        var quoted = false
        var chars = line.makeIterator()
        var pendingQuote = false
        while let c = chars.next() {
            if quoted {
                if pendingQuote {
                    pendingQuote = false
                    if c == "\"" { current.append("\""); continue }
                    quoted = false
                } else if c == "\"" {
                    pendingQuote = true
                    continue
                } else {
                    current.append(c)
                    continue
                }
            }
            if c == "," { fields.append(current); current = "" } else if c == "\"" && current.isEmpty { quoted = true } else { current.append(c) }
        }
        fields.append(current)
        return fields
    }

    func finish(crossYear: [CrossYearCheck]) throws(StoreError) {
        if replaced {
            let keep = Set(lastLine.values)
            try file.rewrite(header: 1) { _, n in keep.contains(n) }
        }
        let header = ["id", "agency", "year_from", "year_to", "path_from", "path_to", "rule", "status", "difference"]
        let rows = crossYear.map { c in
            [c.id, c.agency, String(c.yearFrom), String(c.yearTo), c.pathFrom, c.pathTo, c.rule, c.status,
             c.difference.map(Self.number) ?? ""].map(Self.field).joined(separator: ",")
        }
        try AppendFile.writeWhole(StoreFormat.crossYearPath(file.path), [header.joined(separator: ",")] + rows)
    }
}
