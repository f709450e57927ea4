import DocumentModel
import TextInput
import TextNormalization
import ReportParsing
import PDFExtraction
import HTMLExtraction
import Dispatch
import Synchronization

/// The pipeline: read an input, normalize it, parse it. Silent: problems come back as values
/// (warnings in the report) or as one thrown ``InputError``; nothing is printed.
public enum Nianbao {
    /// Converts the file at `path`: a PDF (up to `inMemoryPDFLimit` read into memory; larger ones
    /// read by poppler from the file and hashed in chunks) or a text extract.
    public static func convert(file path: String, options: ConvertOptions = .init()) throws(InputError) -> Conversion {
        try convert(file: path, options: options, inMemoryLimit: inMemoryPDFLimit)
    }

    /// `convert(file:options:)` with PDFs up to `inMemoryLimit` bytes read into memory.
    static func convert(file path: String, options: ConvertOptions, inMemoryLimit: Int) throws(InputError) -> Conversion {
        // `-` is standard input; a pipe or a terminal (`/dev/stdin`, `<(…)`) is read whole.
        if let bytes = try FileProbe.readStream(path, maxSize: options.maxFileSize) {
            return try convert(bytes: bytes, path: path, options: options)
        }
        let probe = try FileProbe.open(path, maxSize: options.maxFileSize)
        if PDFSniffer.looksLikePDF(probe.head) {
            // Read (and hashed) once, even when `auto` reads the PDF a second time.
            let bytes = probe.size <= inMemoryLimit ? try probe.readAll() : nil
            var sha: String? = nil
            return try convertPDF(options: options, path: path) { (grid: Bool, ocr: Bool, pictures: Bool) throws(InputError) -> Document in
                var o = options
                o.ruledTables = grid ? .always : .never
                if !ocr { o.ocr.mode = .never }
                if pictures {
                    o.ocr.picturesCovering = options.picturePageShare
                    o.ocr.scannedTextLayers = true
                }
                let d = try readPDF(probe, bytes: bytes, path: path, options: o, sha256: sha)
                sha = d.source.sha256
                return d
            }
        }
        return try convert(bytes: try probe.readAll(), path: path, options: options)
    }

    /// Converts bytes already in memory; `path` names them in messages and in the output.
    /// `sha256`: their hash, when the caller has it (otherwise computed here).
    public static func convert(bytes: [UInt8], path: String, sha256: String? = nil,
                               options: ConvertOptions = .init()) throws(InputError) -> Conversion {
        if bytes.isEmpty { throw InputError(path: path, problem: .empty) }
        let sha = sha256 ?? SHA256.hex(bytes)
        let document: Document
        if PDFSniffer.looksLikePDF(bytes.prefix(1024)) {
            return try convertPDF(options: options, path: path) { (grid: Bool, ocr: Bool, pictures: Bool) throws(InputError) -> Document in
                var o = options
                o.ruledTables = grid ? .always : .never
                if !ocr { o.ocr.mode = .never }
                if pictures {
                    o.ocr.picturesCovering = options.picturePageShare
                    o.ocr.scannedTextLayers = true
                }
                do throws(PDFProblem) {
                    return try PDFExtractor.read(bytes: bytes, path: path, sha256: sha, options: pdfOptions(o), progress: o.progress)
                } catch {
                    throw inputError(error, path: path)
                }
            }
        } else if ImageExtractor.looksLikeImage(bytes.prefix(16)) {
            // An image of a page (or a multi-page TIFF): read by OCR.
            return try convert(images: [(path, bytes)], sha256: sha, options: options)
        } else if HTMLReader.looksLikeHTML(bytes.prefix(1024)) {
            // A web page, whatever it is called (pages saved as `.pdf`, `download.jsp?id=…`).
            document = try readHTML(bytes: bytes, path: path, sha256: sha)
        } else {
            if path.lowercased().hasSuffix(".pdf") {
                throw InputError(path: path, problem: .corruptPDF("no %PDF header: the file is not a PDF"))
            }
            document = try readText(bytes: bytes, path: path, sha256: sha, options: options)
        }
        return try process(consume document, path: path, options: options)
    }

    /// Converts images of a report's pages (JPEG, PNG, TIFF with its pages, BMP, GIF, WebP), in
    /// the order given, as one report read by OCR (`--ocr never` refuses them: no text layer).
    /// The source's path is the paths joined by ` + `; its hash, that of the bytes of all of them
    /// in order (`sha256`, when the caller has it).
    public static func convert(images: [(path: String, bytes: [UInt8])], sha256: String? = nil,
                               options: ConvertOptions = .init()) throws(InputError) -> Conversion {
        let path = images.map(\.path).joined(separator: " + ")
        if options.ocr.mode == .never { throw InputError(path: path, problem: .noTextLayer) }
        let sha = sha256 ?? SHA256.hex(images.flatMap(\.bytes))
        let document: Document
        do throws(PDFProblem) {
            document = try ImageExtractor.read(files: images, sha256: sha, options: pdfOptions(options), progress: options.progress)
        } catch {
            throw inputError(error, path: path)
        }
        return try process(document, path: path, options: options)
    }

    /// Converts the image files at `paths` as one report (``convert(images:sha256:options:)``).
    public static func convert(imageFiles paths: [String], options: ConvertOptions = .init()) throws(InputError) -> Conversion {
        var images: [(path: String, bytes: [UInt8])] = []
        for path in paths {
            let bytes: [UInt8]
            if let streamed = try FileProbe.readStream(path, maxSize: options.maxFileSize) {
                bytes = streamed
            } else {
                bytes = try FileProbe.open(path, maxSize: options.maxFileSize).readAll()
            }
            if bytes.isEmpty { throw InputError(path: path, problem: .empty) }
            images.append((path, bytes))
        }
        return try convert(images: images, options: options)
    }

    /// Whether a file's first bytes are those of an image (JPEG, PNG, TIFF, …).
    public static func looksLikeImage(_ head: some Collection<UInt8>) -> Bool { ImageExtractor.looksLikeImage(head) }

    /// Whether the file at `path` is an image by its first bytes (false when it cannot be read:
    /// converting it says why).
    public static func isImage(file path: String) -> Bool {
        guard path != "-", let probe = try? FileProbe.open(path, maxSize: Int.max) else { return false }
        return ImageExtractor.looksLikeImage(probe.head.prefix(16))
    }

    /// PDFs up to this size are read into memory in one go and poppler reads them there; larger
    /// ones poppler reads from the file. Poppler reads a file 256 bytes at a time, one system call
    /// each (3,366 calls for the 174 kB five-page sample; reading it from memory took 5 % less
    /// time, Docs/performance.md); in memory a file costs twice its size (our copy, which is
    /// hashed, and poppler's), so long documents, whose memory must stay flat, are streamed.
    static let inMemoryPDFLimit = 2 << 20

    /// Reads and converts a PDF: `read(grid, ocr)` reads it with ruled tables read as grids or
    /// not (``RuledTablesMode``), and with OCR or not. In `auto`, line geometry first, and the grid reading only when
    /// template cells are left missing or unplaced; the grid's conversion is kept when it leaves
    /// fewer such cells and no cell that both readings place differs between them. Where they
    /// differ, one of them misread the table: the grid's reading is kept when it is settled (no
    /// cell open, no identity failed); else, with the cells they disagree on null, when it leaves
    /// fewer cells open and the lines' numbers for those cells make none of the identities it
    /// fails hold (its failures are then not its misreading: a source can fail its own identity);
    /// otherwise the first, with the cells they disagree on null. Either way a `readings-differ`
    /// warning names the cells and both numbers. Where cells are still open, pages mostly covered
    /// by pictures are read by OCR (``withPictures(_:recognised:grid:options:path:read:)``).
    static func convertPDF(options: ConvertOptions, path: String,
                           read: (_ grid: Bool, _ ocr: Bool, _ pictures: Bool) throws(InputError) -> Document) throws(InputError) -> Conversion {
        switch options.ruledTables {
        case .always, .never:
            let grid = options.ruledTables == .always
            let document = try read(grid, true, false)
            // Only a searchable scan is read again; only then are its recognised pages kept.
            guard !scannedTextPages(document).isEmpty else { return try process(document, path: path, options: options) }
            let recognised = Self.recognised(document)
            let text = try process(document, path: path, options: options)
            return withScansRead(text, recognised: recognised, grid: grid, options: options, path: path, read: read)
        case .auto:
            let (text, recognised, grid) = try readTwice(options: options, path: path, read: read)
            if !scannedTextPages(text.document).isEmpty {
                return withScansRead(text, recognised: recognised, grid: grid, options: options, path: path, read: read)
            }
            return try withPictures(text, recognised: recognised, grid: grid, options: options, path: path, read: read)
        }
    }

    /// The pages of `document` read by OCR, or that say why they could not be, by index: a
    /// further reading puts them in rather than reading them again.
    static func recognised(_ document: Document) -> [(offset: Int, element: Page)] {
        document.pages.enumerated().filter { $0.element.origin == .ocr || $0.element.problem != nil }.map { ($0.offset, $0.element) }
    }

    /// A PDF read under `--ruled-tables auto` (``convertPDF(options:path:read:)``): by its lines,
    /// and again as grids where that leaves cells open. With the pages read by OCR (or that say
    /// why they could not be), by index, and whether the conversion is the grids' reading.
    static func readTwice(options: ConvertOptions, path: String,
                          read: (_ grid: Bool, _ ocr: Bool, _ pictures: Bool) throws(InputError) -> Document) throws(InputError)
        -> (Conversion, recognised: [(offset: Int, element: Page)], grid: Bool) {
        let document = try read(false, true, false)
        // Pages read by OCR (or that say why they could not be) are kept for the second
        // reading, which does not OCR them again.
        let recognised = Self.recognised(document)
        var first = try process(document, path: path, options: options)
        let open = Self.openCells(first.report)
        guard open > 0, first.document.pages.contains(where: { $0.origin == .textLayer }) else { return (first, recognised, false) }
        guard var again = try? read(true, false, false) else { return (first, recognised, false) }
        for (i, page) in recognised where i < again.pages.count { again.pages[i] = page }
        guard let second = try? process(again, path: path, options: options) else { return (first, recognised, false) }
        let differ = Self.differingCells(first.report, second.report)
        if !differ.isEmpty {
            let both = differ.map { "\($0.path) (lines \($0.a), grid \($0.b))" }.joined(separator: ", ")
            let found = "the table read by its lines and read as the grid its rules draw give other numbers for \(differ.count) cells: \(both); "
            let disputed = Set(differ.map(\.path))
            if Self.settled(second.report) {
                var kept = second
                kept.report.warnings.append(ReportWarning(code: .readingsDiffer,
                    message: found + "the grid's reading is kept: it places every cell and every identity holds",
                    paths: differ.map(\.path), ref: nil))
                return (kept, recognised, true)
            }
            if Self.openCells(second.report) < open,
               !Self.linesExplainAFailure(grid: second.report, lines: first.report, disputed: disputed) {
                var kept = second
                kept.report.withdraw(disputed)
                kept.report.warnings.append(ReportWarning(code: .readingsDiffer,
                    message: found + "neither is printed: those cells are null; the other cells are the grid's reading, which places more cells (the lines' numbers make none of the identities the grid's reading fails hold)",
                    paths: differ.map(\.path), ref: nil))
                return (kept, recognised, true)
            }
            first.report.withdraw(disputed)
            first.report.warnings.append(ReportWarning(code: .readingsDiffer,
                message: found + "neither is printed: those cells are null",
                paths: differ.map(\.path), ref: nil))
            return (first, recognised, false)
        }
        return Self.openCells(second.report) < open ? (second, recognised, true) : (first, recognised, false)
    }

    /// A PDF's conversion `text`, or, where it leaves template cells open, its reading with the
    /// pages whose pictures cover much of the page read by OCR (a table pasted in as a picture:
    /// its numbers are in no text layer) when that leaves fewer cells open and gives no cell both
    /// place another number. Only under `--ocr auto`, and only for a PDF with a text layer; the
    /// pages an earlier reading `recognised` are put in, not read again, and the text is read as
    /// `text` was (by its `grid`s or its lines).
    static func withPictures(_ text: Conversion, recognised: [(offset: Int, element: Page)], grid: Bool, options: ConvertOptions, path: String,
                             read: (_ grid: Bool, _ ocr: Bool, _ pictures: Bool) throws(InputError) -> Document) throws(InputError) -> Conversion {
        let open = Self.openCells(text.report)
        guard open > 0, options.ocr.mode == .auto, options.picturePageShare != nil,
              text.document.pages.contains(where: { $0.origin == .textLayer }),
              var document = try? read(grid, true, true), document.pages.contains(where: { $0.ocrReason == .picture }) else { return text }
        for (i, page) in recognised where i < document.pages.count { document.pages[i] = page }
        guard var pictures = try? process(document, path: path, options: options) else { return text }
        // Cells the text's two readings disputed stay null, with the warning that says why.
        Self.keepDisputes(of: text.report, in: &pictures.report)
        guard Self.openCells(pictures.report) < open else { return text }
        let differ = Self.differingCells(text.report, pictures.report)
        if differ.isEmpty { return pictures }
        var kept = text
        let pages = document.pages.filter { $0.ocrReason == .picture }.map { String($0.number) }.joined(separator: ", ")
        let both = differ.map { "\($0.path) (text \($0.a), OCR \($0.b))" }.joined(separator: ", ")
        kept.report.warnings.append(ReportWarning(code: .readingsDiffer,
            message: "the pictures on page \(pages) read by OCR give other numbers for \(differ.count) cells the text layer places: \(both); the OCR reading is not used",
            paths: differ.map(\.path), ref: nil))
        return kept
    }

    /// Whether the lines' numbers for the cells the two readings dispute make an identity hold that
    /// the grid's reading fails: then the grid may have misread the table, and its reading is not
    /// kept. Where they make none hold, the grid's failures do not come from the disputed cells
    /// (a source that fails its own identity: 平潭's 2020 table by 6).
    static func linesExplainAFailure(grid: Report, lines: Report, disputed: Set<String>) -> Bool {
        var theirs: [String: NumberValue?] = [:]
        for p in disputed { theirs[p] = .some(lines.cell(p)?.value) }
        return grid.checks.contains { check in
            check.status == .fail && check.values.contains { disputed.contains($0.path) } && check.judged(with: theirs).status == .pass
        }
    }

    /// A reading that leaves no template cell open and fails no identity.
    static func settled(_ report: Report) -> Bool {
        openCells(report) == 0 && !report.checks.contains { $0.status == .fail }
    }

    /// Template cells left open: missing, unplaced, contradicted or unread (``CellStatus/isOpen``).
    static func openCells(_ report: Report) -> Int {
        report.cells.filter { $0.status.isOpen }.count
    }

    /// Reads a PDF file. While poppler reads the pages, another thread hashes the file and sets up
    /// the templates (both pure Swift: they do not contend with poppler's locks), unless `known`
    /// is the hash an earlier reading computed. `bytes`: the file, when it is read into memory
    /// (see `inMemoryPDFLimit`).
    static func readPDF(_ probe: FileProbe, bytes: [UInt8]?, path: String, options: ConvertOptions,
                        sha256 known: String? = nil) throws(InputError) -> Document {
        let hash = Mutex<Result<String, InputError>?>(known.map { .success($0) })
        let group = DispatchGroup()
        if known == nil {
            DispatchQueue.global().async(group: group) {
                let result = Result { () throws(InputError) -> String in
                    if let bytes { return SHA256.hex(bytes) }
                    return try probe.sha256()
                }
                hash.withLock { $0 = result }
                prepare()
            }
        }
        var document: Document
        do {
            if let bytes {
                document = try PDFExtractor.read(bytes: bytes, path: path, sha256: nil, options: pdfOptions(options),
                                                 progress: options.progress)
            } else {
                document = try PDFExtractor.read(path: path, sha256: nil, options: pdfOptions(options), progress: options.progress)
            }
        } catch {
            group.wait()
            throw inputError(error, path: path)
        }
        group.wait()
        switch hash.withLock({ $0 }) {
        case .success(let sha)?: document.source.sha256 = sha
        case .failure(let e)?: throw e
        case nil: break
        }
        return document
    }

    /// The ids of the national templates the parser knows (`--template`'s values).
    public static var templateIDs: [String] { Templates.all.map(\.id) }

    /// Builds the templates, their vocabulary and their checks now rather than on first use.
    public static func prepare() {
        _ = ConvertOptions.templateLexicon
        ReportParser.prepare()
    }

    static func pdfOptions(_ options: ConvertOptions) -> PDFExtractionOptions {
        var o = PDFExtractionOptions(password: options.password, maxPages: options.maxPages)
        o.pages = options.pages
        o.ocr = options.ocr
        o.ruledTables = options.ruledTables != .never
        o.jobs = options.jobs
        return o
    }

    static func inputError(_ problem: PDFProblem, path: String) -> InputError {
        switch problem {
        case .corrupt(let why): return InputError(path: path, problem: .corruptPDF(why))
        case .encrypted: return InputError(path: path, problem: .encrypted)
        case .wrongPassword: return InputError(path: path, problem: .wrongPassword)
        case .unreadable(let why): return InputError(path: path, problem: .unreadable(why))
        case .tooManyPages(let count, let limit): return InputError(path: path, problem: .tooManyPages(count: count, limit: limit))
        case .inflatesTooLarge(let limit): return InputError(path: path, problem: .inflatesTooLarge(limit: limit))
        case .badImage(let why): return InputError(path: path, problem: .corruptImage(why))
        case .noPageSelected(let count, let selection): return InputError(path: path, problem: .noPageSelected(count: count, selection: selection))
        case .ocr(.languageDataMissing(let why)): return InputError(path: path, problem: .ocrUnavailable(why))
        case .ocr(.engine(let why)): return InputError(path: path, problem: .ocrUnavailable(why))
        case .ocr(.timeLimit): return InputError(path: path, problem: .ocrUnavailable("OCR time limit"))
        }
    }

    /// Normalizes and parses a document that was read elsewhere.
    public static func process(_ document: consuming Document, path: String, options: ConvertOptions = .init()) throws(InputError) -> Conversion {
        if document.source.kind == .pdf, !document.pages.contains(where: { $0.origin == .textLayer || $0.origin == .ocr }) {
            throw InputError(path: path, problem: .noTextLayer)
        }
        var normalization = options.normalization
        if options.useTemplateLexicon { normalization.lexicon = ConvertOptions.templateLexicon }
        // Without the lines kept, normalization takes the document and cleans it in place.
        var kept = copy document
        if !options.keepDocumentLines {
            for i in kept.pages.indices { kept.pages[i].lines = [] }
        }
        let clean = Normalizer(options: normalization).normalize(consume document)
        let document = kept
        var parserOptions = options.parser
        parserOptions.uncertainBelowConfidence = options.ocr.uncertainBelow
        let report = ReportParser(options: parserOptions).parse(clean)
        if !looksLikeReport(clean, report) {
            let ocrPages = document.pages.filter { $0.origin == .ocr }
            if document.source.kind == .pdf, !ocrPages.isEmpty, !document.pages.contains(where: { $0.origin == .textLayer }),
               ocrPages.allSatisfy({ $0.problem != nil }), let why = ocrPages.first?.problem {
                throw InputError(path: path, problem: .ocrFailed(why))
            }
            throw InputError(path: path, problem: .notAReport)
        }
        return Conversion(document: document, clean: clean, report: report)
    }

    static func readText(bytes: [UInt8], path: String, sha256: String, options: ConvertOptions) throws(InputError) -> Document {
        do {
            let (text, encoding) = try TextDecoder.decode(bytes)
            var doc = try ExtractReader.read(text, path: path, encoding: encoding, options: options.reader)
            doc.source.sha256 = sha256
            return doc
        } catch {
            switch error {
            case .empty: throw InputError(path: path, problem: .empty)
            case .binary: throw InputError(path: path, problem: .binary)
            case .unknownEncoding: throw InputError(path: path, problem: .unknownEncoding)
            case .lineTooLong(let line, let limit): throw InputError(path: path, problem: .lineTooLong(line: line, limit: limit))
            }
        }
    }

    static func readHTML(bytes: [UInt8], path: String, sha256: String) throws(InputError) -> Document {
        do {
            return try HTMLReader.read(bytes: bytes, path: path, sha256: sha256)
        } catch {
            switch error {
            case .libraryUnavailable(let why): throw InputError(path: path, problem: .htmlUnavailable(why))
            case .unparsable: throw InputError(path: path, problem: .unsupported("a web page with nothing readable in it"))
            case .unsupportedEncoding(let label): throw InputError(path: path, problem: .unsupported("a web page in \(label), which is not read (UTF-8 and GB18030/GBK/GB2312 are)"))
            }
        }
    }

    /// A report names itself, or has its sections or tables. Anything else is refused.
    static func looksLikeReport(_ clean: CleanDocument, _ report: Report) -> Bool {
        if report.tablesFound.values.contains(true) { return true }
        let headings = report.sections.filter(\.headingFound).count
        if headings >= 2 { return true }
        if let title = report.metadata.title, title.contains("公开") { return true }
        return false
    }

}

/// Recognises PDF bytes: `%PDF-` within the first kilobyte (some files carry a prefix).
enum PDFSniffer {
    static func looksLikePDF<C: Collection>(_ bytes: C) -> Bool where C.Element == UInt8 {
        let head = Array(bytes.prefix(1024))
        let marker: [UInt8] = Array("%PDF-".utf8)
        guard head.count >= marker.count else { return false }
        for i in 0...(head.count - marker.count) where head[i] == marker[0] {
            if Array(head[i..<(i + marker.count)]) == marker { return true }
        }
        return false
    }
}

extension Nianbao {
    /// The bytes of the file at `path`, with the same checks and errors as `convert(file:)`.
    public static func readFile(_ path: String, maxSize: Int) throws(InputError) -> [UInt8] {
        try FileProbe.open(path, maxSize: maxSize).readAll()
    }
}
