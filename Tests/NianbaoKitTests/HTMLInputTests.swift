import Foundation
import Glibc
import Testing
@testable import NianbaoKit

/// Web pages, the form most reports are published in.
@Suite struct HTMLInputTests {
    static let page = "Samples/real-pingtan-2020/source.html"

    func convert(_ bytes: [UInt8], as name: String) throws -> Conversion {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("nianbao-html-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return try Nianbao.convert(file: url.path)
    }

    /// Regression: a web page exited 0 with every cell missing (read as a text extract).
    @Test func aWebPageGivesTheSameCellsAsItsTruth() throws {
        let c = try convertSample(Self.page)
        #expect(c.document.source.kind == .html)
        #expect(c.report.metadata.title == "平潭综合实验区2020年度政府信息公开工作年度报告")
        #expect(c.report.cell("active_disclosure.normative_documents.made")?.value?.value == 77)
        #expect(c.report.cell("requests.total.total")?.value != nil)
    }

    /// A page saved as `.pdf` or without an extension (`download.jsp?id=…`) is recognised by its
    /// content.
    @Test(arguments: ["report.pdf", "download.jsp?id=123", "report"])
    func aWebPageIsRecognisedWhateverItsName(_ name: String) throws {
        let bytes = [UInt8](try Data(contentsOf: repoRoot.appendingPathComponent(Self.page)))
        let c = try convert(bytes, as: name)
        #expect(c.document.source.kind == .html)
        #expect(c.report.cell("active_disclosure.normative_documents.made")?.value?.value == 77)
    }

    /// A GBK page, as many agencies serve them, declared `gb2312`.
    @Test func aGBKPageIsReadAsDeclared() throws {
        let utf8 = try String(contentsOf: repoRoot.appendingPathComponent(Self.page), encoding: .utf8)
            .replacingOccurrences(of: "<meta charset=\"utf-8\">", with: "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">")
        let gbk = try #require(Self.gb18030(utf8))
        #expect(!gbk.isEmpty && String(validating: gbk, as: UTF8.self) == nil)
        let c = try convert(gbk, as: "gbk.html")
        #expect(c.document.source.encoding == "gb18030")
        #expect(c.report.metadata.title == "平潭综合实验区2020年度政府信息公开工作年度报告")
        #expect(c.report.cell("active_disclosure.normative_documents.made")?.value?.value == 77)
    }

    /// `text` in GB18030, through iconv.
    static func gb18030(_ text: String) -> [UInt8]? {
        let cd = iconv_open("GB18030", "UTF-8")
        guard cd != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(cd) }
        var input = Array(text.utf8).map { CChar(bitPattern: $0) }
        var output = [CChar](repeating: 0, count: input.count * 2 + 16)
        let ok = input.withUnsafeMutableBufferPointer { inBuf in
            output.withUnsafeMutableBufferPointer { outBuf in
                var inPtr: UnsafeMutablePointer<CChar>? = inBuf.baseAddress
                var inLeft = inBuf.count
                var outPtr: UnsafeMutablePointer<CChar>? = outBuf.baseAddress
                var outLeft = outBuf.count
                let r = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft)
                return r == -1 ? nil : outBuf.count - outLeft
            }
        }
        guard let n = ok else { return nil }
        return output[0..<n].map { UInt8(bitPattern: $0) }
    }
}
