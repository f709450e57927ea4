import CPoppler
import DocumentModel
import Dispatch
import Glibc
import Synchronization

/// Reads a PDF's text layer into the document model, page by page: each page is opened, its glyphs
/// read with their boxes, grouped into lines and cells, and the page released before the next, so
/// memory stays flat however long the document. Pages without text, or whose text is unusable
/// (fonts without a Unicode map), are marked `none` or `garbled` for OCR.
public enum PDFExtractor {
    /// Reads the PDF at `path` (poppler reads the file itself; it is not loaded into memory).
    public static func read(path: String, sha256: String?, options: PDFExtractionOptions = .init(),
                            progress: (@Sendable (Int, Int) -> Void)? = nil) throws(PDFProblem) -> Document {
        try checkInflatedSize(path: path, limit: options.maxInflatedBytes)
        let doc = try PopplerDocumentHandle(path: path, password: options.password)
        return try read(doc, source: .path(path), path: path, sha256: sha256, options: options, progress: progress)
    }

    /// Reads a PDF held in memory.
    public static func read(bytes: [UInt8], path: String, sha256: String?, options: PDFExtractionOptions = .init(),
                            progress: (@Sendable (Int, Int) -> Void)? = nil) throws(PDFProblem) -> Document {
        if bytes.withUnsafeBytes({ InflatedSize.exceeds(options.maxInflatedBytes, in: $0) }) {
            throw .inflatesTooLarge(limit: options.maxInflatedBytes)
        }
        let shared = PDFBytes(bytes)
        let doc = try PopplerDocumentHandle(bytes: shared, password: options.password)
        return try read(doc, source: .bytes(shared), path: path, sha256: sha256, options: options, progress: progress)
    }

    /// Refuses a file whose streams inflate to more than `limit` bytes; the file is mapped, not
    /// read (it may be large). A file that cannot be mapped is left to poppler to report.
    static func checkInflatedSize(path: String, limit: Int) throws(PDFProblem) {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_size > 0, let map = mmap(nil, Int(info.st_size), PROT_READ, MAP_PRIVATE, fd, 0),
              map != MAP_FAILED else { return }
        defer { munmap(map, Int(info.st_size)) }
        if InflatedSize.exceeds(limit, in: UnsafeRawBufferPointer(start: map, count: Int(info.st_size))) {
            throw .inflatesTooLarge(limit: limit)
        }
    }

    static func read(_ doc: PopplerDocumentHandle, source: OCRRunner.Source, path: String, sha256: String?,
                     options: PDFExtractionOptions, progress: (@Sendable (Int, Int) -> Void)?) throws(PDFProblem) -> Document {
        let count = doc.pageCount
        if count == 0 { throw .corrupt("the PDF has no pages") }
        if count > options.maxPages { throw .tooManyPages(count: count, limit: options.maxPages) }
        // The pages asked for (`--pages`), by their index in the document; pages keep their numbers.
        let selected = (0..<count).filter { options.pages?.contains($0 + 1) ?? true }
        if selected.isEmpty, let wanted = options.pages { throw .noPageSelected(count: count, selection: wanted.description) }
        let madeByOCR = OCRTextLayer.madeByOCRProgram(doc.producerAndCreator)
        var pages = readPages(doc, indices: selected, source: source, options: options, madeByOCR: madeByOCR)
        // Pages without a usable text layer, or all of them, go to OCR (by document index).
        var needOCR: [Int: OCRReason] = [:]
        // The pictures of the pages recognised for them, by document index.
        var pictures: [Int: [PictureBox]] = [:]
        switch options.ocr.mode {
        case .never: break
        case .always: for i in selected { needOCR[i] = .requested }
        case .auto:
            for (k, page) in pages.enumerated() {
                if options.ocr.scannedTextLayers && page.textLayerOverScan {
                    needOCR[selected[k]] = .scanTextLayer
                } else if options.ocr.picturesCovering != nil || options.ocr.scannedTextLayers {
                    if page.origin == .textLayer, let share = options.ocr.picturesCovering, let handle = doc.page(selected[k]), case let boxes = handle.pictures(),
                       PicturePages.share(boxes, width: handle.size.width, height: handle.size.height) >= share {
                        needOCR[selected[k]] = .picture
                        pictures[selected[k]] = boxes
                    }
                } else {
                    if page.origin == .none { needOCR[selected[k]] = .noTextLayer }
                    if page.origin == .garbled { needOCR[selected[k]] = .unreadableTextLayer }
                }
            }
        }
        let position = Dictionary(uniqueKeysWithValues: selected.enumerated().map { ($1, $0) })
        // Under auto, a report whose other pages have text is read without OCR where OCR cannot
        // run (its language data missing): those pages say why, rather than the whole report
        // failing for a page that is a picture or in English.
        if options.ocr.mode == .auto, !needOCR.isEmpty, pages.contains(where: { $0.origin == .textLayer }),
           let missing = OCRAvailability.missingLanguageData(options.ocr) {
            for i in needOCR.keys { if let k = position[i] { pages[k].problem = "needs OCR, which cannot run: \(missing)" } }
            needOCR = [:]
        }
        if !needOCR.isEmpty {
            let runner = OCRRunner(source: source, password: options.password, options: options.ocr, jobs: options.jobs)
            for (i, page) in try runner.run(pages: needOCR.keys.sorted(), progress: progress) {
                guard let k = position[i] else { continue }
                let overScan = pages[k].textLayerOverScan
                pages[k] = pictures[i].map { PicturePages.merge(text: pages[k], recognised: page, pictures: $0) } ?? page
                pages[k].ocrReason = needOCR[i]
                pages[k].textLayerOverScan = overScan
            }
        }
        NumbersUnderThePageBefore.parting(&pages)
        return Document(source: DocumentSource(path: path, kind: .pdf, encoding: nil, layout: .geometry, sha256: sha256),
                        pages: pages, title: doc.title)
    }

    /// Every page's text layer, on up to `options.jobs` threads but never more than
    /// `maximumTextThreads` or one per two pages: the first thread reads with `doc`, each other
    /// with a poppler document of its own, opened when it takes its first page; each takes the
    /// next unread page when it is done with one. Measured on the 5-page sample: two threads read
    /// it in 0.73 of the time of one (Docs/performance.md); poppler re-reads each page's embedded
    /// fonts, which is most of the work, and that work runs in parallel. The pages come back in
    /// order, the same whatever the number of threads.
    static func readPages(_ doc: PopplerDocumentHandle, indices: [Int], source: OCRRunner.Source,
                          options: PDFExtractionOptions, madeByOCR: Bool = false) -> [Page] {
        let builder = LineBuilder(options: options)
        let count = indices.count
        let workers = max(1, min(options.jobs, maximumTextThreads, count / minimumPagesPerThread))
        if workers == 1 { return indices.map { readPage(doc, $0, builder: builder, options: options, madeByOCR: madeByOCR) } }
        let next = Atomic<Int>(0)
        let results = Mutex<[Page?]>(Array(repeating: nil, count: count))
        let first = UncheckedHandle(doc)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var own: PopplerDocumentHandle? = worker == 0 ? first.handle : nil
            while true {
                let k = next.add(1, ordering: .relaxed).oldValue
                if k >= count { break }
                if own == nil {
                    // A document that does not open a second time (it did once) leaves the page
                    // to the first thread, after the others are done.
                    do throws(PDFProblem) {
                        switch source {
                        case .path(let p): own = try PopplerDocumentHandle(path: p, password: options.password)
                        case .bytes(let b): own = try PopplerDocumentHandle(bytes: b, password: options.password)
                        }
                    } catch { break }
                }
                let page = readPage(own!, indices[k], builder: builder, options: options, madeByOCR: madeByOCR)
                results.withLock { $0[k] = page }
            }
        }
        return results.withLock { $0 }.enumerated().map { k, page in
            page ?? readPage(doc, indices[k], builder: builder, options: options, madeByOCR: madeByOCR)
        }
    }

    /// A thread reads at least this many pages, or the threads cost more than they save.
    static let minimumPagesPerThread = 2

    /// At most this many threads read a text layer. Each poppler document keeps every page object
    /// it has walked past, so each thread costs memory in proportion to the document's length
    /// (measured: a second thread adds about 3 MB to a 300-page report); two get most of the gain on
    /// reports, whose time goes into fonts that every page re-reads. OCR uses all `jobs`.
    static let maximumTextThreads = 2

    /// The first document, handed to the first worker thread; no other thread touches it until
    /// the workers are done.
    struct UncheckedHandle: @unchecked Sendable {
        // @unchecked: a poppler document is not thread-safe; this one is handed over, not shared
        // (the thread that made it does not use it until the worker is done).
        let handle: PopplerDocumentHandle
        init(_ handle: PopplerDocumentHandle) { self.handle = handle }
    }

    /// One page: its glyphs grouped into lines, or no lines when its text layer is missing or
    /// garbled. A text layer that looks made by OCR (its font, or `madeByOCR`: the document names
    /// an OCR program) over a picture of the page is marked ``Page/textLayerOverScan``.
    static func readPage(_ doc: PopplerDocumentHandle, _ i: Int, builder: LineBuilder, options: PDFExtractionOptions,
                         madeByOCR: Bool = false) -> Page {
        guard let page = doc.page(i) else { return Page(number: i + 1, lines: [], origin: .none) }
        let text = page.text(fontSizes: true)
        let shown = OverprintedGlyphs.remove(text.glyphs)
        let origin = classify(shown, threshold: options.garbledThreshold)
        guard origin == .textLayer else {
            let (w, h) = page.size
            return Page(number: i + 1, lines: [], width: w, height: h, origin: origin)
        }
        // Lines that run down or up the page (a page with /Rotate, or text drawn turned) are
        // read in their own direction: the glyphs are turned upright first.
        var read = ReadingDirection.read(shown, size: page.size) { builder.lines(from: $0, page: i + 1) }
        // An upright page's lines at its own em (Chromium reports twice the size it draws). Not
        // a turned one's: poppler's boxes for text drawn through a flipped matrix are off the
        // drawn glyphs when turned (upside down, a turned print's numbers came apart between
        // digits at the drawn em); nor is the direction judged at it (an upside-down page then
        // read as upright).
        var builder = builder
        let scale = LineBuilder.emScale(shown)
        if read.direction == .upright && scale < 1 {
            builder.emScale = scale
            read.lines = builder.lines(from: read.glyphs, page: i + 1)
        }
        let (direction, glyphs) = (read.direction, read.glyphs)
        var lines = read.lines
        let (w, h) = direction.readingSize(page.size)
        // A page whose glyph boxes are off what is drawn is not read against its drawn rules.
        if options.ruledTables && !read.mirrored {
            let ruled = RuledTableReader(builder: builder)
            if ruled.worthReading(lines),
               let grid = ruled.lines(page: page, direction: direction, glyphs: glyphs, lines: lines, number: i + 1) { lines = grid }
        }
        lines = ColumnOrder().reorder(lines, pageWidth: w)
        var result = Page(number: i + 1, lines: lines, width: w, height: h, origin: origin)
        if text.ocrFont || madeByOCR {
            let (pw, ph) = page.size
            result.textLayerOverScan = PicturePages.share(page.pictures(), width: pw, height: ph) >= options.textOverScanShare
        }
        return result
    }

    /// `none` when the page has no visible text; `garbled` when it is not readable text: most of
    /// it is not plausible text at all (replacement characters, private use, controls: a font
    /// without a Unicode map), or it is not Chinese. A font without a Unicode map whose codes
    /// are small numbers comes out as ASCII punctuation, digits and capitals (`$%&'()*+ ./012`);
    /// one whose codes land among the CJK ideographs as rare characters. A page with at least
    /// `minimumForeign` glyphs that are neither digits nor Chinese and under `minimumChineseShare`
    /// of Chinese among them is garbled (an English page of a report is OCR'd too, which reads it);
    /// so is a page of at least `minimumForeign` ideographs of which fewer than
    /// `minimumCommonShare` are among the common characters of Chinese (`CommonHan`).
    static func classify(_ glyphs: [PageGlyph], threshold: Double, minimumForeign: Int = 40,
                         minimumChineseShare: Double = 0.1, minimumCommonShare: Double = 0.25) -> TextOrigin {
        var visible = 0, plausible = 0, chinese = 0, digits = 0, han = 0, common = 0
        for g in glyphs where !ScalarClass.isHorizontalSpace(g.scalar) && g.scalar != "\n" {
            visible += 1
            let v = g.scalar.value
            if ScalarClass.isHan(g.scalar) {
                han += 1
                if CommonHan.contains(g.scalar) { common += 1 }
            }
            if ScalarClass.isHan(g.scalar) || ScalarClass.isCJKPunctuation(g.scalar) || (0xFF01...0xFF5E).contains(v) || (0x2460...0x24FF).contains(v) {
                chinese += 1
                plausible += 1
            } else if ScalarClass.isASCIIDigit(g.scalar) {
                digits += 1
                plausible += 1
            } else if (0x21...0x7E).contains(v) {
                plausible += 1
            }
        }
        if visible == 0 { return .none }
        if Double(plausible) / Double(visible) < threshold { return .garbled }
        let words = visible - digits
        if words - chinese >= minimumForeign && Double(chinese) < minimumChineseShare * Double(words) { return .garbled }
        if han >= minimumForeign && Double(common) < minimumCommonShare * Double(han) { return .garbled }
        return .textLayer
    }
}
