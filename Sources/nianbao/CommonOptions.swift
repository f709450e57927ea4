import ArgumentParser
import NianbaoKit
import PDFExtraction
#if canImport(Glibc)
import Glibc
#endif

/// Options every command shares.
struct CommonOptions: ParsableArguments {
    @Option(help: "Force the report template (2021 or 2019) instead of detecting it.")
    var template: String?

    @Option(help: "Password of encrypted PDFs.")
    var password: String?

    @Option(name: .customLong("max-file-size"), help: "Refuse inputs larger than this many MiB.")
    var maxFileSizeMiB: Int = 256

    @Option(name: .customLong("max-line-length"), help: "Refuse text lines longer than this many characters.")
    var maxLineLength: Int = 1_000_000

    @Option(name: .customLong("max-pages"), help: "Refuse PDFs with more pages than this.")
    var maxPages: Int = 2_000

    @Option(name: .shortAndLong, help: "Threads for a document's pages, for OCR (default: the number of cores).")
    var jobs: Int?

    @Option(help: "OCR: auto (pages without a usable text layer), always, never.")
    var ocr: String = "auto"

    @Option(help: "Resolution for OCR.")
    var dpi: Int = 300

    @Option(name: .customLong("page-time-limit"), help: "Seconds of OCR per page before giving it up.")
    var pageTimeLimit: Double = 120

    func validate() throws {
        if let t = template, t != "2021" && t != "2019" {
            throw ValidationError("--template must be 2021 or 2019")
        }
        if OCRMode(rawValue: ocr) == nil { throw ValidationError("--ocr must be auto, always or never") }
        if dpi < 72 || dpi > 1200 { throw ValidationError("--dpi must be between 72 and 1200") }
        if maxFileSizeMiB <= 0 || maxLineLength <= 0 || maxPages <= 0 || (jobs ?? 1) <= 0 || pageTimeLimit <= 0 {
            throw ValidationError("limits must be positive")
        }
    }

    var convertOptions: ConvertOptions {
        var o = ConvertOptions()
        o.parser.template = template
        o.password = password
        o.maxFileSize = maxFileSizeMiB * 1_048_576
        o.reader.maxLineLength = maxLineLength
        o.maxPages = maxPages
        o.jobs = jobs ?? max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
        o.ocr.mode = OCRMode(rawValue: ocr) ?? .auto
        o.ocr.dpi = dpi
        o.ocr.pageTimeLimit = pageTimeLimit
        if isatty(2) != 0 {
            o.progress = { done, total in
                reportProgress("OCR page \(done) of \(total)\(done == total ? "\n" : "")")
            }
        }
        return o
    }
}
