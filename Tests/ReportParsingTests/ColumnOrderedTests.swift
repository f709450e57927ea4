import Foundation
import Testing
import DocumentModel
@testable import ReportParsing

@Suite struct ColumnOrderedTests {
    @Test func rawPdftotextNeverGivesAWrongNumber() throws {
        for set in ["synthetic-11", "synthetic-22", "synthetic-33"] {
            let report = try parse(try sample("Samples/\(set)/pdftotext-raw.txt"))
            let truth = try Truth.load("Samples/\(set)/truth.json")
            var placed = 0
            for (path, value) in truth {
                guard let got = report.cell(path)?.value?.value else { continue }
                #expect(got == value, "\(set) \(path)")
                placed += 1
            }
            // Sections 二 and 三 are decoded; section 四's order cannot be established from this text.
            #expect(placed == 185, "\(set)")
            #expect(report.warnings.contains { $0.code == .columnOrderedLayout })
        }
    }

    @Test func tilingsHonourHeadersAndRowCounts() {
        let rows = [RowTemplate("a", label: "a", phrases: ["a"], columns: [ColumnTemplate("x", "X"), ColumnTemplate("y", "Y")]),
                    RowTemplate("b", label: "b", phrases: ["b"], columns: [ColumnTemplate("x", "X"), ColumnTemplate("y", "Y")])]
        // Two blocks of two: columns (2×1, 2×1) or rows (1×2, 1×2). Both fit without headers.
        let free = ColumnOrderedDecoder.candidates(rows: rows, blocks: [[0, 1], [2, 3]], headers: [nil, nil], stream: [])
        #expect(free?.count == 2)
        // A header before the second block naming column Y leaves only the column reading.
        let anchored = ColumnOrderedDecoder.candidates(rows: rows, blocks: [[0, 1], [2, 3]], headers: [nil, "Y"], stream: [])
        #expect(anchored?.map(\.cells) == [[[0, 2], [1, 3]]])
    }
}

enum Truth {
    static func load(_ relative: String) throws -> [String: Double] {
        let data = try Data(contentsOf: repoRoot.appendingPathComponent(relative))
        let obj = try JSONSerialization.jsonObject(with: data) as! [String: Any]
        let paths = obj["paths"] as! [String: Any]
        return paths.compactMapValues { ($0 as? NSNumber)?.doubleValue }
    }
}
