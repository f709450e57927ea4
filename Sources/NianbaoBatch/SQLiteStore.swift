import Foundation
import GRDB

/// `.sqlite`: the reports in tables, one transaction per input (Docs/batch.md has the schema and
/// example queries). A record replacing an earlier one of the same path deletes it first, in the
/// same transaction.
final class SQLiteStore: BatchStore {
    private let db: DatabaseQueue
    private(set) var entries: [String: IndexEntry] = [:]

    static let schemaVersion = 2

    init(path: String) throws(StoreError) {
        do {
            var config = Configuration()
            config.prepareDatabase { db in
                try db.execute(sql: "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON")
            }
            db = try DatabaseQueue(path: path, configuration: config)
            var migrator = DatabaseMigrator()
            migrator.registerMigration("v1") { db in try db.execute(sql: Self.schema) }
            migrator.registerMigration("v2-typed-cell-values") { db in try db.execute(sql: Self.typedCellValues) }
            try migrator.migrate(db)
            try load()
        } catch let e as StoreError {
            throw e
        } catch {
            throw StoreError("\(path): \(Self.message(error))")
        }
    }

    static func message(_ error: Error) -> String {
        if let e = error as? DatabaseError { return e.message ?? "\(e.resultCode)" }
        return "\(error)"
    }

    static let schema = """
        CREATE TABLE reports (
            id INTEGER PRIMARY KEY,
            path TEXT NOT NULL UNIQUE,
            sha256 TEXT, tool_version TEXT NOT NULL,
            title TEXT, agency TEXT, year INTEGER, template TEXT,
            period_start TEXT, period_end TEXT,
            address TEXT, postcode TEXT, phone TEXT, person TEXT, email TEXT, url TEXT,
            cells INTEGER, cells_missing INTEGER, checks_passed INTEGER, checks_failed INTEGER,
            checks_not_assessable INTEGER, uncertain_cells INTEGER, warnings INTEGER,
            json TEXT NOT NULL
        );
        CREATE INDEX reports_agency_year ON reports(agency, year);
        CREATE INDEX reports_year ON reports(year);
        CREATE TABLE cells (
            report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
            path TEXT NOT NULL, value REAL, raw TEXT, status TEXT NOT NULL,
            page INTEGER, line INTEGER, confidence REAL, uncertain INTEGER NOT NULL DEFAULT 0, suggestion REAL,
            PRIMARY KEY (report_id, path)
        ) WITHOUT ROWID;
        CREATE INDEX cells_path ON cells(path);
        CREATE TABLE checks (
            report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
            id TEXT NOT NULL, rule TEXT NOT NULL, status TEXT NOT NULL, difference REAL,
            PRIMARY KEY (report_id, id)
        ) WITHOUT ROWID;
        CREATE INDEX checks_status ON checks(status);
        CREATE TABLE warnings (
            report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
            code TEXT NOT NULL, message TEXT NOT NULL, page INTEGER, line INTEGER
        );
        CREATE INDEX warnings_report ON warnings(report_id);
        CREATE TABLE errors (
            path TEXT PRIMARY KEY, sha256 TEXT, tool_version TEXT NOT NULL, code TEXT NOT NULL, reason TEXT NOT NULL
        );
        CREATE TABLE cross_year_checks (
            id TEXT NOT NULL, agency TEXT NOT NULL, year_from INTEGER NOT NULL, year_to INTEGER NOT NULL,
            path_from TEXT NOT NULL, path_to TEXT NOT NULL, rule TEXT NOT NULL, status TEXT NOT NULL,
            difference REAL, "values" TEXT NOT NULL,
            PRIMARY KEY (agency, year_to, id)
        );
        """

    /// v2: a cell's value and suggestion keep the storage class they are written with (INTEGER
    /// for counts, REAL for amounts); v1 declared them REAL, so SQLite stored `233` as `233.0`.
    static let typedCellValues = """
        ALTER TABLE cells RENAME TO cells_v1;
        CREATE TABLE cells (
            report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
            path TEXT NOT NULL, value, raw TEXT, status TEXT NOT NULL,
            page INTEGER, line INTEGER, confidence REAL, uncertain INTEGER NOT NULL DEFAULT 0, suggestion,
            PRIMARY KEY (report_id, path)
        ) WITHOUT ROWID;
        INSERT INTO cells SELECT report_id, path,
            CASE WHEN value = CAST(value AS INTEGER) THEN CAST(value AS INTEGER) ELSE value END,
            raw, status, page, line, confidence, uncertain,
            CASE WHEN suggestion = CAST(suggestion AS INTEGER) THEN CAST(suggestion AS INTEGER) ELSE suggestion END
            FROM cells_v1;
        DROP TABLE cells_v1;
        CREATE INDEX cells_path ON cells(path);
        """

    private func load() throws {
        let needed = Array(CrossYearChecks.neededPaths)
        try db.read { db in
            let rows = try Row.fetchCursor(db, sql: "SELECT id, path, sha256, tool_version, agency, year, template, checks_failed FROM reports")
            var byId: [Int64: String] = [:]
            while let r = try rows.next() {
                let path: String = r["path"]
                var e = IndexEntry(path: path, sha256: r["sha256"], toolVersion: r["tool_version"], failed: false)
                e.agency = r["agency"]
                e.year = r["year"]
                e.template = r["template"]
                e.hasFailedChecks = (r["checks_failed"] as Int? ?? 0) > 0
                entries[path] = e
                byId[r["id"]] = path
            }
            let marks = needed.map { _ in "?" }.joined(separator: ",")
            let cells = try Row.fetchCursor(db, sql: "SELECT report_id, path, value FROM cells WHERE value IS NOT NULL AND path IN (\(marks))",
                                            arguments: StatementArguments(needed))
            while let c = try cells.next() {
                if let p = byId[c["report_id"]] { entries[p]?.values[c["path"]] = c["value"] }
            }
            let errors = try Row.fetchCursor(db, sql: "SELECT path, sha256, tool_version FROM errors")
            while let r = try errors.next() {
                let path: String = r["path"]
                entries[path] = IndexEntry(path: path, sha256: r["sha256"], toolVersion: r["tool_version"], failed: true)
            }
        }
    }

    func append(_ record: BatchRecord) throws(StoreError) {
        do {
            try db.write { db in
                try db.execute(sql: "DELETE FROM reports WHERE path = ?", arguments: [record.path])
                try db.execute(sql: "DELETE FROM errors WHERE path = ?", arguments: [record.path])
                switch record {
                case .failure(let f):
                    try db.execute(sql: "INSERT INTO errors (path, sha256, tool_version, code, reason) VALUES (?, ?, ?, ?, ?)",
                                   arguments: [f.path, f.sha256, f.toolVersion, f.code, f.reason])
                case .report(let r):
                    try insert(r, db)
                }
            }
        } catch {
            throw StoreError("cannot write the record of \(record.path): \(Self.message(error))")
        }
        entries[record.path] = record.entry
    }

    private func insert(_ r: ReportLine, _ db: Database) throws {
        let d = r.digest, m = d.metadata, s = d.summary, c = m.contact
        var args: [(any DatabaseValueConvertible)?] = [r.path, r.sha256, r.toolVersion, m.title, m.agency, m.year, m.template,
                                                        m.period?.start, m.period?.end]
        args += [c?.address, c?.postcode, c?.phone, c?.person, c?.email, c?.url]
        args += [s.cells, s.cellsMissing, s.checksPassed, s.checksFailed, s.checksNotAssessable, s.uncertainCells, s.warnings]
        args.append(r.text)
        try db.execute(sql: """
            INSERT INTO reports (path, sha256, tool_version, title, agency, year, template, period_start, period_end,
                address, postcode, phone, person, email, url,
                cells, cells_missing, checks_passed, checks_failed, checks_not_assessable, uncertain_cells, warnings, json)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: StatementArguments(args))
        let id = db.lastInsertedRowID
        let cell = try db.makeStatement(sql: """
            INSERT INTO cells (report_id, path, value, raw, status, page, line, confidence, uncertain, suggestion)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for c in d.cells {
            try cell.execute(arguments: [id, c.path, c.value.map(Self.storage), c.raw, c.status, c.page, c.line, c.confidence,
                                         (c.uncertain ?? false) ? 1 : 0, c.suggestion.map(Self.storage)])
        }
        let check = try db.makeStatement(sql: "INSERT INTO checks (report_id, id, rule, status, difference) VALUES (?, ?, ?, ?, ?)")
        for c in d.checks {
            try check.execute(arguments: [id, c.id, c.rule, c.status, c.difference])
        }
        let warning = try db.makeStatement(sql: "INSERT INTO warnings (report_id, code, message, page, line) VALUES (?, ?, ?, ?, ?)")
        for w in d.warnings {
            try warning.execute(arguments: [id, w.code, w.message, w.page, w.line])
        }
    }

    /// A count is stored as an INTEGER, an amount with a fraction as a REAL (the columns have no
    /// declared type, so SQLite keeps the storage class it is given).
    static func storage(_ n: CellNumber) -> DatabaseValue {
        switch n {
        case .integer(let i): return i.databaseValue
        case .decimal(let d): return d.databaseValue
        }
    }

    func finish(crossYear: [CrossYearCheck]) throws(StoreError) {
        do {
            try db.write { db in
                try db.execute(sql: "DELETE FROM cross_year_checks")
                for c in crossYear {
                    let values = JSONText.encode(c.values.map { ["year": $0.year, "path": $0.path, "value": $0.value.map { $0 as Any } ?? NSNull()] })
                    try db.execute(sql: """
                        INSERT INTO cross_year_checks (id, agency, year_from, year_to, path_from, path_to, rule, status, difference, "values")
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """, arguments: [c.id, c.agency, c.yearFrom, c.yearTo, c.pathFrom, c.pathTo, c.rule, c.status, c.difference, values])
                }
            }
            try db.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        } catch {
            throw StoreError("cannot write the cross-year checks: \(Self.message(error))")
        }
    }

    /// Each record of the database at `path`, opened read only, for `merge`: reports from their
    /// JSON, then errors.
    static func forEachRecord(_ path: String, _ body: (BatchRecord) throws(StoreError) -> Void) throws(StoreError) {
        do {
            var config = Configuration()
            config.readonly = true
            try DatabaseQueue(path: path, configuration: config).read { db in
                let reports = try String.fetchCursor(db, sql: "SELECT json FROM reports ORDER BY path")
                while let text = try reports.next() {
                    if let r = ReportLine(text: text) { try body(.report(r)) }
                }
                let errors = try Row.fetchCursor(db, sql: "SELECT path, sha256, tool_version, code, reason FROM errors ORDER BY path")
                while let row = try errors.next() {
                    try body(.failure(.init(path: row["path"], sha256: row["sha256"], toolVersion: row["tool_version"],
                                            code: row["code"], reason: row["reason"])))
                }
            }
        } catch let e as StoreError {
            throw e
        } catch {
            throw StoreError("\(path): \(message(error))")
        }
    }
}
