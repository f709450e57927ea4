import Foundation
import Testing
@testable import PDFExtraction

/// What a PDF's streams inflate to, measured before poppler reads it (`InflatedSize`). The
/// decompression bomb itself is in the malformed corpus (`tounicode-inflates-to-1gib.pdf`).
@Suite struct InflatedSizeTests {
    func filters(_ dictionary: String) -> Int {
        Array(dictionary.utf8).withUnsafeBufferPointer { InflatedSize.flateFilters(in: $0) }
    }

    @Test func filterChainsAreCountedUpToTheFirstOtherFilter() {
        #expect(filters("12 0 obj\n<< /Length 40 /Filter /FlateDecode >>\n") == 1)
        #expect(filters("12 0 obj <</Length 40/Filter[/FlateDecode /FlateDecode]>>") == 2)
        #expect(filters("<< /Filter [/ASCII85Decode /FlateDecode] >>") == 0)
        #expect(filters("<< /Length 40 >>") == 0)
        // Images are decoded row by row to their declared size: not counted.
        #expect(filters("<< /Type /XObject /Subtype /Image /Filter /FlateDecode >>") == 0)
    }

    /// synthetic-11's streams inflate to about 0.3 MB (fonts, content, ToUnicode maps).
    @Test func aSamplesStreamsAreMeasured() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Samples/synthetic-11/report.pdf")
        let pdf = [UInt8](try Data(contentsOf: url))
        #expect(pdf.withUnsafeBytes { InflatedSize.exceeds(2 << 20, in: $0) } == false)
        #expect(pdf.withUnsafeBytes { InflatedSize.exceeds(100_000, in: $0) } == true)
    }
}
