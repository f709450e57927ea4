import Foundation
import Testing
@testable import TextInput

@Suite struct TextDecoderTests {
    let sample = "友谊县兴隆镇人民政府2022年政府信息公开工作年度报告\n联系电话：0469-5872206\n"

    @Test func utf8WithoutBOM() throws {
        let (text, enc) = try TextDecoder.decode(Array(sample.utf8))
        #expect(text == sample)
        #expect(enc == .utf8)
    }

    @Test func utf8WithBOM() throws {
        let (text, enc) = try TextDecoder.decode([0xEF, 0xBB, 0xBF] + Array(sample.utf8))
        #expect(text == sample)
        #expect(enc == .utf8BOM)
    }

    @Test func utf16LittleEndianWithBOM() throws {
        let bytes = [UInt8](sample.data(using: .utf16LittleEndian)!)
        let (text, enc) = try TextDecoder.decode([0xFF, 0xFE] + bytes)
        #expect(text == sample)
        #expect(enc == .utf16LE)
    }

    @Test func utf16BigEndianWithBOM() throws {
        let bytes = [UInt8](sample.data(using: .utf16BigEndian)!)
        let (text, enc) = try TextDecoder.decode([0xFE, 0xFF] + bytes)
        #expect(text == sample)
        #expect(enc == .utf16BE)
    }

    @Test func utf16WithoutBOMIsRecognisedByPlausibility() throws {
        let le = [UInt8](sample.data(using: .utf16LittleEndian)!)
        #expect(try TextDecoder.decode(le).encoding == .utf16LE)
        let be = [UInt8](sample.data(using: .utf16BigEndian)!)
        #expect(try TextDecoder.decode(be).encoding == .utf16BE)
        #expect(try TextDecoder.decode(be).text == sample)
    }

    @Test func gb18030AndGBK() throws {
        let bytes = [UInt8](sample.data(using: String.Encoding(rawValue: 0x8000_0632))!)
        let (text, enc) = try TextDecoder.decode(bytes)
        #expect(text == sample)
        #expect(enc == .gb18030)
    }

    @Test func emptyAndWhitespaceOnlyAreEmpty() {
        #expect(throws: TextInputProblem.empty) { try TextDecoder.decode([]) }
        #expect(throws: TextInputProblem.empty) { try TextDecoder.decode(Array(" \n\t \r\n".utf8)) }
    }

    @Test func binaryJunkIsBinary() {
        var rng = SystemRandomNumberGenerator()
        var junk = (0..<4096).map { _ in UInt8.random(in: 0...255, using: &rng) }
        junk[0] = 0x00
        #expect(throws: TextInputProblem.binary) { try TextDecoder.decode(junk) }
    }

    @Test func nulBytesInUTF8TextAreBinary() {
        let bytes = Array("年度报告\u{0}\u{0}\u{0}\u{0}数据".utf8)
        #expect(throws: TextInputProblem.binary) { try TextDecoder.decode(bytes) }
    }

    @Test func latin1IsAnUnknownEncoding() {
        // "café crème" in ISO-8859-1: not UTF-8, not GB18030 (é followed by a space), not UTF-16.
        let bytes: [UInt8] = [0x63, 0x61, 0x66, 0xE9, 0x20, 0x63, 0x72, 0xE8, 0x6D, 0x65, 0x0A]
        #expect(throws: TextInputProblem.unknownEncoding) { try TextDecoder.decode(bytes) }
    }
}
