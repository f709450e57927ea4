import Foundation

/// What the stores take from a report JSON, decoded by type with `JSONDecoder` against the
/// documented fields (Docs/report-json.md), never by guessing a value's type from
/// `JSONSerialization`'s `Any` (on Linux a JSON 0 or 1 read that way passes `is Bool`, which once
/// blanked every 0 and 1 in CSV output). A field the report does not have is nil; a field of the
/// wrong type makes the whole line unreadable, not a silently empty column.
public struct ReportDigest: Decodable, Sendable, Hashable {
    public struct Source: Decodable, Sendable, Hashable {
        public var path: String
        public var sha256: String?
    }

    public struct Tool: Decodable, Sendable, Hashable {
        public var version: String
    }

    public struct Period: Decodable, Sendable, Hashable {
        public var start: String?
        public var end: String?
    }

    public struct Contact: Decodable, Sendable, Hashable {
        public var address: String?
        public var postcode: String?
        public var phone: String?
        public var person: String?
        public var email: String?
        public var url: String?
    }

    public struct Metadata: Decodable, Sendable, Hashable {
        public var title: String?
        public var agency: String?
        public var year: Int?
        public var template: String?
        public var period: Period?
        public var contact: Contact?
    }

    public struct Summary: Decodable, Sendable, Hashable {
        public var cells: Int?
        public var cellsMissing: Int?
        public var checksPassed: Int?
        public var checksFailed: Int?
        public var checksNotAssessable: Int?
        public var uncertainCells: Int?
        public var warnings: Int?

        enum CodingKeys: String, CodingKey {
            case cells, warnings
            case cellsMissing = "cells_missing", checksPassed = "checks_passed", checksFailed = "checks_failed"
            case checksNotAssessable = "checks_not_assessable", uncertainCells = "uncertain_cells"
        }
    }

    public struct Cell: Decodable, Sendable, Hashable {
        public var path: String
        public var value: CellNumber?
        public var raw: String?
        public var status: String
        public var page: Int?
        public var line: Int?
        public var confidence: Double?
        public var uncertain: Bool?
        public var suggestion: CellNumber?
    }

    public struct Check: Decodable, Sendable, Hashable {
        public var id: String
        public var rule: String
        public var status: String
        public var difference: Double?
    }

    public struct Warning: Decodable, Sendable, Hashable {
        public var code: String
        public var message: String
        public var page: Int?
        public var line: Int?
    }

    public var source: Source
    public var tool: Tool
    public var metadata: Metadata
    public var summary: Summary
    public var cells: [Cell]
    public var checks: [Check]
    public var warnings: [Warning]

    /// The digest of a report JSON text; nil when the text is not a report JSON.
    public init?(text: String) {
        guard let d = try? JSONDecoder().decode(ReportDigest.self, from: Data(text.utf8)) else { return nil }
        self = d
    }
}

/// A cell's number as the report JSON wrote it: a count is an integer literal (`0`, `233`), an
/// amount may have a fraction (`27.31`). Decoded as an integer first, so that a count stays an
/// integer in every store.
public enum CellNumber: Decodable, Sendable, Hashable {
    case integer(Int64)
    case decimal(Double)

    public init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        if let i = try? c.decode(Int64.self) {
            self = .integer(i)
        } else {
            self = .decimal(try c.decode(Double.self))
        }
    }

    public var double: Double {
        switch self {
        case .integer(let i): return Double(i)
        case .decimal(let d): return d
        }
    }

    /// `8`, `27.31`: integers without a decimal point.
    public var text: String {
        switch self {
        case .integer(let i): return String(i)
        case .decimal(let d):
            if d == d.rounded(), abs(d) < 1e15 { return String(Int64(d)) }
            return String(d)
        }
    }
}
