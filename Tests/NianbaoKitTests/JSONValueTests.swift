import Testing
@testable import NianbaoKit

@Suite struct JSONValueTests {
    @Test func numbersKeepTheirPrintedText() {
        #expect(JSONValue.printedNumber("27.30").serialized() == "27.30")
        #expect(JSONValue.printedNumber("-18").serialized() == "-18")
        #expect(JSONValue.printedNumber("007").serialized() == "7")
        #expect(JSONValue.printedNumber("0").serialized() == "0")
    }

    @Test func keysAreSortedAndStringsEscaped() {
        let v = JSONValue.object(["b": .string("引号\"\n\t"), "a": .null])
        #expect(v.serialized() == "{\"a\":null,\"b\":\"引号\\\"\\n\\t\"}")
    }

    @Test func sha256() {
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex([UInt8]()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }
}
