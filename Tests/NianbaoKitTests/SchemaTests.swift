import Foundation
import Testing
@testable import NianbaoKit
import ReportParsing

@Suite struct SchemaTests {
    let validator = try! SchemaValidator(schemaAt: repoRoot.appendingPathComponent("Docs/report.schema.json"))

    @Test(arguments: sampleInputs())
    func everySampleValidatesAgainstTheSchema(_ input: String) throws {
        let c = try convertSample(input)
        let json = try jsonObject(ReportJSON.encode(c, pretty: false))
        let errors = validator.validate(json)
        #expect(errors.isEmpty, "\(input): \(errors.prefix(5))")
    }

    @Test func theValidatorRejectsWhatTheSchemaForbids() throws {
        let c = try convertSample("Samples/seed/000_fbc53eca3484a611.txt")
        var obj = try jsonObject(ReportJSON.encode(c, pretty: false)) as! [String: Any]
        obj["unexpected"] = 1
        var meta = obj["metadata"] as! [String: Any]
        meta["year"] = "2022"
        obj["metadata"] = meta
        let errors = validator.validate(obj)
        #expect(errors.contains { $0.contains("unexpected") })
        #expect(errors.contains { $0.contains("$.metadata.year") })
    }

    /// The warning codes of the code, the schema's enum and the table of Docs/report-json.md are
    /// the same list.
    @Test func warningCodesAreTheSchemasAndTheDocs() throws {
        let codes = Set(ReportWarning.Code.allCases.map(\.rawValue))
        let schema = try jsonObject(String(decoding: try Data(contentsOf: repoRoot.appendingPathComponent("Docs/report.schema.json")), as: UTF8.self))
        func find(_ v: Any) -> [String]? {
            if let d = v as? [String: Any] {
                if let w = d["warnings"] as? [String: Any], let items = w["items"] as? [String: Any],
                   let props = items["properties"] as? [String: Any], let code = props["code"] as? [String: Any] {
                    return code["enum"] as? [String]
                }
                for (_, x) in d { if let f = find(x) { return f } }
            }
            return nil
        }
        #expect(Set(try #require(find(schema))) == codes)
        let doc = String(decoding: try Data(contentsOf: repoRoot.appendingPathComponent("Docs/report-json.md")), as: UTF8.self)
        let section = try #require(doc.split(separator: "## warnings").dropFirst().first?.split(separator: "\n## ").first)
        let documented = Set(section.split(separator: "\n").compactMap { line -> String? in
            guard line.hasPrefix("| `") else { return nil }
            return String(line.dropFirst(3).prefix { $0 != "`" })
        })
        #expect(documented == codes)
    }

    /// The cell statuses of the code are the schema's enum (a status added to one only, as
    /// `contradicted` could have been, fails here).
    @Test func cellStatusesAreTheSchemas() throws {
        let statuses = Set(CellStatus.allCases.map(\.rawValue))
        let schema = try jsonObject(String(decoding: try Data(contentsOf: repoRoot.appendingPathComponent("Docs/report.schema.json")), as: UTF8.self))
        func find(_ v: Any) -> [String]? {
            if let d = v as? [String: Any] {
                if let status = d["status"] as? [String: Any], let e = status["enum"] as? [String], e.contains("unplaced") { return e }
                for (_, x) in d { if let f = find(x) { return f } }
            }
            if let a = v as? [Any] { for x in a { if let f = find(x) { return f } } }
            return nil
        }
        #expect(Set(try #require(find(schema))) == statuses)
    }
}
