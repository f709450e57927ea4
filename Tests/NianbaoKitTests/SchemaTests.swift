import Foundation
import Testing
@testable import NianbaoKit

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
}
