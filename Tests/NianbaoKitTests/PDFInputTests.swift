import Foundation
import Testing
@testable import NianbaoKit
import PDFExtraction

@Suite struct PDFInputTests {
    static let fixtures = repoRoot.appendingPathComponent("Tests/NianbaoKitTests/Fixtures/pdf")

    func problem(_ name: String, password: String? = nil, ocr: OCRMode = .auto) -> InputError.Problem? {
        var options = ConvertOptions()
        options.password = password
        options.ocr.mode = ocr
        do {
            _ = try Nianbao.convert(file: Self.fixtures.appendingPathComponent(name).path, options: options)
            return nil
        } catch {
            return error.problem
        }
    }

    /// The problem converting bytes held in memory; nil when they convert.
    func inMemory(_ bytes: [UInt8], _ path: String, _ options: ConvertOptions) -> InputError.Problem? {
        do {
            _ = try Nianbao.convert(bytes: bytes, path: path, options: options)
            return nil
        } catch {
            return error.problem
        }
    }

    @Test func encryptedWithoutOrWithAWrongPassword() {
        #expect(problem("encrypted.pdf") == .encrypted)
        #expect(problem("encrypted.pdf", password: "wrong") == .wrongPassword)
    }

    /// Regression: poppler-glib 22.12 crashes opening a PDF held in memory with a wrong password
    /// (`convert(bytes:)`, used by batch workers, and now small files). It is a problem, not a crash.
    @Test func wrongPasswordForAPDFInMemoryIsAProblemNotACrash() throws {
        let bytes = [UInt8](try Data(contentsOf: Self.fixtures.appendingPathComponent("encrypted.pdf")))
        for (password, expected) in [("wrong", InputError.Problem.wrongPassword), ("", .wrongPassword), ("密码", .wrongPassword)] {
            var options = ConvertOptions()
            options.password = password
            #expect(inMemory(bytes, "encrypted.pdf", options) == expected, "\(password)")
        }
        #expect(problem("encrypted.pdf", password: "wrong") == .wrongPassword)
        var options = ConvertOptions()
        options.password = "secret"
        let c = try Nianbao.convert(bytes: bytes, path: "encrypted.pdf", options: options)
        #expect(c.report.metadata.agency == "阆中市住房和城乡建设局")
        // As from a file (and as pdftotext): a wrong password is refused even where none is needed.
        let owner = [UInt8](try Data(contentsOf: Self.fixtures.appendingPathComponent("owner-only.pdf")))
        options.password = "wrong"
        #expect(inMemory(owner, "owner-only.pdf", options) == .wrongPassword)
        #expect(problem("owner-only.pdf", password: "wrong") == .wrongPassword)
    }

    @Test func encryptedWithItsPasswordIsRead() throws {
        var options = ConvertOptions()
        options.password = "secret"
        let c = try Nianbao.convert(file: Self.fixtures.appendingPathComponent("encrypted.pdf").path, options: options)
        #expect(c.report.metadata.agency == "阆中市住房和城乡建设局")
        #expect(c.report.cell("active_disclosure.regulations.repealed")?.value?.value == 256)
    }

    @Test func ownerPasswordOnlyOpensWithoutOne() throws {
        #expect(problem("owner-only.pdf") == nil)
    }

    @Test func notAPDFZeroPagesNotAReportAndNoText() {
        // A web page saved as .pdf is read as the page it is: an error page is no report.
        #expect(problem("html-error-page.pdf") == .notAReport)
        if case .corruptPDF(let why)? = problem("zero-pages.pdf") { #expect(why.contains("no pages")) } else { Issue.record("zero") }
        #expect(problem("not-a-report.pdf") == .notAReport)
        #expect(problem("image-only.pdf", ocr: .never) == .noTextLayer)
    }

    /// An image-only page is recognised; a picture that holds no report is not a report.
    @Test(.enabled(if: OCRAvailability.languageDataInstalled, "tesseract chi_sim and eng data not installed"))
    func imageOnlyPageIsRecognisedAndIsNotAReport() throws {
        #expect(problem("image-only.pdf") == .notAReport)
    }

    /// Truncated and damaged files end in a clear error or a report; never a crash.
    @Test(arguments: [100, 1_000, 5_000, 20_000, 60_000, 100_000])
    func truncatedPDFs(_ length: Int) throws {
        let full = [UInt8](try Data(contentsOf: repoRoot.appendingPathComponent("Samples/synthetic-11/report.pdf")))
        let cut = Array(full.prefix(length))
        let whole = try convertSample("Samples/synthetic-11/report.pdf")
        switch Result(catching: { () throws(InputError) in try Nianbao.convert(bytes: cut, path: "cut.pdf") }) {
        case .success(let c):
            // What is left converts without a wrong number: each number read is the whole file's.
            for cell in c.report.cells where cell.value != nil {
                #expect(cell.value?.value == whole.report.cell(cell.path)?.value?.value, "\(length): \(cell.path)")
            }
        case .failure(let error):
            #expect([4, 6].contains(error.exitCode), "\(error)")
        }
    }

    @Test(arguments: [1, 2, 3, 4, 5])
    func bytesFlipped(_ seed: Int) throws {
        var bytes = [UInt8](try Data(contentsOf: repoRoot.appendingPathComponent("Samples/synthetic-11/report.pdf")))
        var state = UInt64(seed) &* 6364136223846793005 &+ 1442695040888963407
        for _ in 0..<200 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let i = Int(state >> 33) % bytes.count
            bytes[i] ^= UInt8(truncatingIfNeeded: state >> 13) | 1
        }
        switch Result(catching: { () throws(InputError) in try Nianbao.convert(bytes: bytes, path: "flipped.pdf") }) {
        case .success(let c):
            // Whatever a damaged file still gives is a valid report.
            let validator = try SchemaValidator(schemaAt: repoRoot.appendingPathComponent("Docs/report.schema.json"))
            let errors = validator.validate(try jsonObject(ReportJSON.encode(c, pretty: false)))
            #expect(errors.isEmpty, "\(seed): \(errors.prefix(3))")
        case .failure(let error):
            #expect([4, 6].contains(error.exitCode), "\(error)")
        }
    }

    /// Pages are read on up to `jobs` threads, each with its own poppler document: the output is
    /// the same, byte for byte, whatever the number of threads, from a file or from bytes.
    @Test func pagesReadOnSeveralThreadsGiveTheSameReport() throws {
        let relative = "Samples/generated/t2021-five-pages/report.pdf"
        let path = repoRoot.appendingPathComponent(relative).path
        var one = ConvertOptions()
        one.jobs = 1
        let reference = try Nianbao.convert(file: path, options: one)
        #expect(reference.document.pages.count == 5)
        let expected = ReportJSON.encodeBytes(reference, pretty: true)
        let expectedFromBytes = ReportJSON.encodeBytes(try convertSample(relative, options: one), pretty: true)
        for jobs in [2, 3, 5, 16] {
            var options = ConvertOptions()
            options.jobs = jobs
            #expect(ReportJSON.encodeBytes(try Nianbao.convert(file: path, options: options), pretty: true) == expected,
                    "file, \(jobs) threads")
            #expect(ReportJSON.encodeBytes(try convertSample(relative, options: options), pretty: true) == expectedFromBytes,
                    "bytes, \(jobs) threads")
        }
    }

    /// Small PDFs are read into memory, larger ones by poppler from the file: the same report
    /// either way, on one thread or several, with the file's hash.
    @Test func pdfsReadFromMemoryOrFromTheFileGiveTheSameReport() throws {
        let path = repoRoot.appendingPathComponent("Samples/generated/t2021-five-pages/report.pdf").path
        for jobs in [1, 2] {
            var options = ConvertOptions()
            options.jobs = jobs
            let fromMemory = try Nianbao.convert(file: path, options: options, inMemoryLimit: Int.max)
            let fromFile = try Nianbao.convert(file: path, options: options, inMemoryLimit: 0)
            #expect(ReportJSON.encodeBytes(fromMemory, pretty: true) == ReportJSON.encodeBytes(fromFile, pretty: true))
            #expect(fromFile.document.source.sha256 == SHA256.hex([UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))))
        }
        #expect(problem("encrypted.pdf") == .encrypted)
        var options = ConvertOptions()
        options.password = "secret"
        let fixture = Self.fixtures.appendingPathComponent("encrypted.pdf").path
        #expect(try Nianbao.convert(file: fixture, options: options, inMemoryLimit: 0).report.metadata.agency
                == Nianbao.convert(file: fixture, options: options, inMemoryLimit: Int.max).report.metadata.agency)
    }

    /// `--pages 3-4`: only those pages are read, numbered as in the whole; none of them in the
    /// document is one clear error.
    @Test func onlyThePagesAskedForAreRead() throws {
        var options = ConvertOptions()
        options.pages = PageSelection("3-4")
        let c = try convertSample("Samples/generated/t2021-five-pages/report.pdf", options: options)
        #expect(c.clean.pages.map(\.number) == [3, 4])
        #expect(c.document.pages.count == 2)
        options.pages = PageSelection("7,9-12")
        #expect(throws: InputError.self) { try convertSample("Samples/synthetic-11/report.pdf", options: options) }
        #expect(PageSelection("1,3-4")?.ranges == [1...1, 3...4] && PageSelection(" 2 - 5 ")?.description == "2-5")
        #expect(PageSelection("0") == nil && PageSelection("4-2") == nil && PageSelection("") == nil && PageSelection("1-") == nil)
    }

    @Test func pagesRecordHowTheirTextWasObtained() throws {
        let c = try convertSample("Samples/synthetic-11/report.pdf")
        #expect(c.clean.pages.map(\.origin.rawValue) == ["text-layer", "text-layer"])
        #expect(c.document.source.layout == .geometry)
        #expect(c.document.source.sha256?.count == 64)
    }
}

/// Ruled tables read as grids (`--ruled-tables`), on the real Chromium print that lost cells.
@Suite struct RuledTablesModeTests {
    static let chromium = "Samples/real-shanghai-office-2019/report-chromium.pdf"

    func convert(_ input: String, _ mode: RuledTablesMode) throws -> Conversion {
        var o = ConvertOptions()
        o.ruledTables = mode
        return try convertSample(input, options: o)
    }

    func open(_ c: Conversion) -> Int { c.report.cells.filter { $0.status == .missing || $0.status == .unplaced }.count }

    /// Regression: the 2019 report printed by Chromium lost its 本年新收 row (blank cells) and
    /// others to line geometry; read as a grid, every cell is placed.
    @Test func aChromiumPrintIsReadExactlyAsItsGrid() throws {
        let lines = try convert(Self.chromium, .never)
        #expect(open(lines) > 0)
        for mode in [RuledTablesMode.auto, .always] {
            let c = try convert(Self.chromium, mode)
            #expect(open(c) == 0, "\(mode)")
            #expect(c.report.cell("requests.new_received.natural_person")?.value?.value == 821)
            #expect(c.report.cell("requests.new_received.research")?.status == .blank)
            #expect(c.report.cell("requests.new_received.total")?.value?.value == 859)
        }
    }

    /// A report that line geometry reads completely is read once: `auto` gives what `never` gives.
    @Test func aCompleteReadingIsKept() throws {
        let input = "Samples/synthetic-11/report.pdf"
        let never = try convert(input, .never), auto = try convert(input, .auto)
        #expect(open(never) == 0)
        #expect(ReportJSON.encode(never, pretty: false) == ReportJSON.encode(auto, pretty: false))
    }
}

/// Web pages printed to PDF carry the title only in the document information (`Title`).
@Suite struct DeclaredTitleTests {
    /// Regression: the LibreOffice print of the 2019 report gave title, agency and year null.
    @Test func aTitleOnlyInTheDocumentInformationIsUsed() throws {
        let c = try convertSample("Samples/real-shanghai-office-2019/report-libreoffice.pdf")
        #expect(c.document.declaredTitle == "2019年上海市人民政府办公厅政府信息公开工作年度报告")
        #expect(c.report.metadata.title == "2019年上海市人民政府办公厅政府信息公开工作年度报告")
        #expect(c.report.metadata.agency == "上海市人民政府办公厅" && c.report.metadata.year == 2019)
        #expect(!c.report.warnings.contains { $0.code == .titleMissing })
    }
}

/// Fonts without a Unicode map: their text layer is not readable, and `--ocr auto` reads those
/// pages by OCR, saying why in the page record.
@Suite struct UnreadableTextLayerTests {
    /// synthetic-11's report with every `/ToUnicode` entry blanked out (same length, so the
    /// cross-reference table stays right): poppler then gives `$%&'()*+`-like codes for the text.
    static func withoutUnicodeMaps() throws -> [UInt8] {
        var pdf = [UInt8](try Data(contentsOf: repoRoot.appendingPathComponent("Samples/synthetic-11/report.pdf")))
        let key = Array("/ToUnicode".utf8)
        var i = 0, blanked = 0
        while i + key.count < pdf.count {
            if Array(pdf[i..<i + key.count]) == key {
                var j = i + key.count
                while j < pdf.count && pdf[j] != UInt8(ascii: "R") { j += 1 }
                for k in i...j { pdf[k] = UInt8(ascii: " ") }
                blanked += 1
                i = j
            }
            i += 1
        }
        #expect(blanked == 2)
        return pdf
    }

    @Test func withoutOCRTheUnreadablePagesAreNamedAndNoNumberIsInvented() throws {
        var options = ConvertOptions()
        options.ocr.mode = .never
        let pdf = try Self.withoutUnicodeMaps()
        do throws(InputError) {
            let c = try Nianbao.convert(bytes: pdf, path: "no-unicode-map.pdf", options: options)
            Issue.record("converted without OCR: \(c.report.cells.filter { $0.value != nil }.count) values")
        } catch {
            #expect(error.problem == .noTextLayer)
        }
    }

    @Test(.enabled(if: OCRAvailability.languageDataInstalled, "tesseract chi_sim and eng data not installed"))
    func pagesWithoutAUnicodeMapAreOCRdSayingWhy() throws {
        let c = try Nianbao.convert(bytes: try Self.withoutUnicodeMaps(), path: "no-unicode-map.pdf", options: ConvertOptions())
        #expect(c.clean.pages.map(\.origin) == [.ocr, .ocr])
        #expect(c.clean.pages.map(\.ocrReason) == [.unreadableTextLayer, .unreadableTextLayer])
        let s = SampleAccuracyTests.score(c.report, against: try #require(try truth(for: "Samples/synthetic-11/report.pdf")))
        #expect(s.wrong.isEmpty, "\(s.wrong.prefix(3))")
        #expect(s.exact >= 170, "only \(s.exact) of \(s.total) cells")
    }
}
