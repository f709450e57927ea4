import Testing
import NianbaoKit
import NianbaoCommandLine

/// `nianbao convert FILE` skips the argument parser; its options must be what parsing no option
/// gives.
@Suite struct ConversionOptionsTests {
    @Test func theFastPathHasTheParsedDefaults() throws {
        let parsed = try ConversionOptions.parse([]).convertOptions(jobs: 3)
        let fast = ConversionOptions.defaultConvertOptions(jobs: 3)
        #expect(parsed.parser.template == fast.parser.template)
        #expect(parsed.password == fast.password)
        #expect(parsed.maxFileSize == fast.maxFileSize)
        #expect(parsed.reader.maxLineLength == fast.reader.maxLineLength)
        #expect(parsed.maxPages == fast.maxPages)
        #expect(parsed.jobs == fast.jobs)
        #expect(parsed.ocr == fast.ocr)
        #expect(parsed.keepDocumentLines == fast.keepDocumentLines)
    }
}
