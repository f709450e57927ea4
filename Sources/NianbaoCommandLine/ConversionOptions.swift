import ArgumentParser
import NianbaoKit
import PDFExtraction

/// The options of a conversion, shared by `nianbao` and `nianbao-batch` (which passes them on to
/// its workers).
public struct ConversionOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Force the report template (\(Nianbao.templateIDs.joined(separator: " or "))) instead of detecting it."))
    public var template: String?

    @Option(help: "Password of encrypted PDFs.")
    public var password: String?

    @Option(name: .customLong("max-file-size"), help: "Refuse inputs larger than this many MiB.")
    public var maxFileSizeMiB: Int = 256

    @Option(name: .customLong("max-line-length"), help: "Refuse text lines longer than this many characters.")
    public var maxLineLength: Int = 1_000_000

    @Option(name: .customLong("max-pages"), help: "Refuse PDFs with more pages than this.")
    public var maxPages: Int = 2_000

    @Option(help: "OCR: auto (pages without a usable text layer), always, never.")
    public var ocr: String = "auto"

    @Option(name: .customLong("ruled-tables"),
            help: "PDF tables drawn with rules, read as grids: auto (when line geometry leaves cells missing or unplaced), always, never.")
    public var ruledTables: String = "auto"

    @Option(help: "Resolution for OCR.")
    public var dpi: Int = 300

    @Option(name: .customLong("page-time-limit"), help: "Seconds of OCR per page before giving it up.")
    public var pageTimeLimit: Double = 120

    @Option(help: "Read only these pages of a PDF or of a report's images, e.g. 3-5 or 1,3-4 (numbers as in the whole).")
    public var pages: String?

    @Option(help: "A tesseract language to read besides chi_sim and eng, e.g. chi_tra (repeat for more; its data must be installed).")
    public var lang: [String] = []

    public init() {}

    public func validate() throws {
        if let t = template, !Nianbao.templateIDs.contains(t) {
            throw ValidationError("--template must be \(Nianbao.templateIDs.joined(separator: " or "))")
        }
        if OCRMode(rawValue: ocr) == nil { throw ValidationError("--ocr must be auto, always or never") }
        if RuledTablesMode(rawValue: ruledTables) == nil { throw ValidationError("--ruled-tables must be auto, always or never") }
        if dpi < 72 || dpi > 1200 { throw ValidationError("--dpi must be between 72 and 1200") }
        if let p = pages, PageSelection(p) == nil { throw ValidationError("--pages must be pages and ranges such as 3, 3-5 or 1,3-4") }
        for l in lang where l.isEmpty || !l.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) {
            throw ValidationError("--lang must be a tesseract language name such as chi_tra")
        }
        if maxFileSizeMiB <= 0 || maxLineLength <= 0 || maxPages <= 0 || pageTimeLimit <= 0 {
            throw ValidationError("limits must be positive")
        }
    }

    /// The library's options; `jobs` threads for a document's pages.
    public func convertOptions(jobs: Int) -> ConvertOptions {
        var o = ConvertOptions()
        o.parser.template = template
        o.password = password
        o.maxFileSize = maxFileSizeMiB * 1_048_576
        o.reader.maxLineLength = maxLineLength
        o.maxPages = maxPages
        o.jobs = jobs
        o.ocr.mode = OCRMode(rawValue: ocr) ?? .auto
        o.ruledTables = RuledTablesMode(rawValue: ruledTables) ?? .auto
        o.ocr.dpi = dpi
        o.ocr.pageTimeLimit = pageTimeLimit
        o.pages = pages.flatMap(PageSelection.init)
        for l in lang where !o.ocr.languages.split(separator: "+").contains(Substring(l)) { o.ocr.languages += "+" + l }
        return o
    }

    /// `convertOptions(jobs:)` when no option is given, without parsing (the fast path of
    /// `nianbao convert FILE`). `ConversionOptionsTests` keeps the two equal.
    public static func defaultConvertOptions(jobs: Int) -> ConvertOptions {
        var o = ConvertOptions()
        o.jobs = jobs
        return o
    }

    /// The same options as command-line arguments.
    public var arguments: [String] {
        var a: [String] = []
        if let template { a += ["--template", template] }
        if let password { a += ["--password", password] }
        a += ["--max-file-size", String(maxFileSizeMiB), "--max-line-length", String(maxLineLength), "--max-pages", String(maxPages),
              "--ocr", ocr, "--ruled-tables", ruledTables, "--dpi", String(dpi), "--page-time-limit", String(pageTimeLimit)]
        if let pages { a += ["--pages", pages] }
        for l in lang { a += ["--lang", l] }
        return a
    }
}
