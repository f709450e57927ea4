import Testing
@testable import NianbaoKit

@Suite struct JSONWriterTests {
    @Test func numbersKeepTheirPrintedText() {
        #expect(JSONWriter.canonicalNumber("27.30") == "27.30")
        #expect(JSONWriter.canonicalNumber("-18") == "-18")
        #expect(JSONWriter.canonicalNumber("007") == "7")
        #expect(JSONWriter.canonicalNumber("0") == "0")
    }

    @Test func compactAndPrettyWithEscapes() {
        func build(_ pretty: Bool) -> String {
            var w = JSONWriter(pretty: pretty)
            w.beginObject()
            w.key("a")
            w.null()
            w.field("b", "引号\"\n\t")
            w.key("c")
            w.beginArray()
            w.int(1)
            w.number(printed: "2.50")
            w.endArray()
            w.key("d")
            w.beginObject()
            w.endObject()
            w.endObject()
            return w.string
        }
        #expect(build(false) == "{\"a\":null,\"b\":\"引号\\\"\\n\\t\",\"c\":[1,2.50],\"d\":{}}")
        #expect(build(true) == "{\n  \"a\": null,\n  \"b\": \"引号\\\"\\n\\t\",\n  \"c\": [\n    1,\n    2.50\n  ],\n  \"d\": {}\n}")
    }

    @Test func sha256() {
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex([UInt8]()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        // FIPS 180-4 examples: two blocks, and a million bytes.
        #expect(SHA256.hex(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(SHA256.hex([UInt8](repeating: 0x61, count: 1_000_000))
                == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
        var chunked = SHA256()
        let bytes = (0..<1000).map { UInt8($0 % 251) }
        for start in stride(from: 0, to: 1000, by: 37) { chunked.update(bytes[start..<min(1000, start + 37)]) }
        #expect(chunked.finalizeHex() == SHA256.hex(bytes))
    }
}
