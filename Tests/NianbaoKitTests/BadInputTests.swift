import Foundation
import Testing
@testable import NianbaoKit

@Suite struct BadInputTests {
    func problem(_ bytes: [UInt8], path: String = "x.txt") -> InputError.Problem? {
        do {
            _ = try Nianbao.convert(bytes: bytes, path: path)
            return nil
        } catch {
            return error.problem
        }
    }

    @Test func missingFileAndDirectory() {
        #expect(throws: InputError(path: "/nonexistent/report.txt", problem: .notFound)) {
            try Nianbao.convert(file: "/nonexistent/report.txt")
        }
        #expect(throws: InputError(path: repoRoot.path, problem: .isDirectory)) {
            try Nianbao.convert(file: repoRoot.path)
        }
    }

    @Test func emptyWhitespaceBinaryAndUnknownEncoding() {
        #expect(problem([]) == .empty)
        #expect(problem(Array("   \n\n".utf8)) == .empty)
        #expect(problem([0x00, 0x01, 0x02, 0xFF, 0xFE, 0x00, 0x10, 0x9C] + Array(repeating: 0x00, count: 64)) == .binary)
        #expect(problem([0x63, 0x61, 0x66, 0xE9, 0x20, 0x63, 0x72, 0xE8, 0x6D, 0x65]) == .unknownEncoding)
    }

    @Test func textThatIsNotAReport() {
        let text = "Lorem ipsum dolor sit amet.\n今天天气很好，我们去公园散步。\n"
        #expect(problem(Array(text.utf8)) == .notAReport)
    }

    @Test func reportWithoutTablesGivesWarnings() throws {
        let text = "某某局2022年政府信息公开工作年度报告\n\n一、总体情况\n\n全年主动公开政府信息100条。\n\n五、存在的主要问题及改进情况\n\n无。\n"
        let c = try Nianbao.convert(bytes: Array(text.utf8), path: "t.txt")
        #expect(c.report.tablesFound.values.allSatisfy { !$0 })
        #expect(c.report.warnings.filter { $0.code == .tableMissing }.count == 3)
        #expect(c.report.cells.allSatisfy { $0.status == .missing && $0.value == nil })
    }

    @Test func exitCodesAreDistinctPerKind() {
        #expect(InputError(path: "a", problem: .notFound).exitCode == 3)
        #expect(InputError(path: "a", problem: .binary).exitCode == 4)
        #expect(InputError(path: "a", problem: .encrypted).exitCode == 5)
        #expect(InputError(path: "a", problem: .notAReport).exitCode == 6)
        #expect(InputError(path: "a.txt", problem: .empty).description == "a.txt: empty file")
    }

    @Test(arguments: ["gb18030", "utf-16le", "utf-16be", "utf-16le-bom", "utf-8-bom", "crlf", "cr"])
    func otherEncodingsAndLineEndsGiveTheSameCells(_ variant: String) throws {
        let input = "Samples/seed/000_fbc53eca3484a611.txt"
        let text = try String(contentsOf: repoRoot.appendingPathComponent(input), encoding: .utf8)
        let bytes: [UInt8]
        switch variant {
        case "gb18030": bytes = [UInt8](text.data(using: String.Encoding(rawValue: 0x8000_0632))!)
        case "utf-16le": bytes = [UInt8](text.data(using: .utf16LittleEndian)!)
        case "utf-16be": bytes = [UInt8](text.data(using: .utf16BigEndian)!)
        case "utf-16le-bom": bytes = [0xFF, 0xFE] + [UInt8](text.data(using: .utf16LittleEndian)!)
        case "utf-8-bom": bytes = [0xEF, 0xBB, 0xBF] + Array(text.utf8)
        case "crlf": bytes = Array(text.replacingOccurrences(of: "\n", with: "\r\n").utf8)
        default: bytes = Array(text.replacingOccurrences(of: "\n", with: "\r").utf8)
        }
        let reference = try convertSample(input).report
        let c = try Nianbao.convert(bytes: bytes, path: "variant.txt")
        #expect(c.report.cells.map(\.value) == reference.cells.map(\.value))
        #expect(c.report.metadata == reference.metadata)
    }
}
