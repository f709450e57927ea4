import CTesseract
import DocumentModel
#if canImport(Glibc)
import Glibc
#endif

/// Reports published as images (photos or scans of each page, a multi-page TIFF): each image is
/// one page, read by OCR as a scanned PDF page is. Leptonica, which tesseract loads, decodes them
/// (JPEG, PNG, TIFF with all its pages, BMP, GIF, WebP, JPEG 2000).
public enum ImageExtractor {
    /// Whether `head` (a file's first bytes) starts like an image file: by magic number only.
    public static func looksLikeImage(_ head: some Collection<UInt8>) -> Bool {
        let b = Array(head.prefix(16))
        func starts(_ magic: [UInt8], at offset: Int = 0) -> Bool {
            b.count >= offset + magic.count && Array(b[offset..<offset + magic.count]) == magic
        }
        return starts([0xFF, 0xD8, 0xFF])                                   // JPEG
            || starts([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])    // PNG
            || starts(Array("II*\u{0}".utf8)) || starts(Array("MM\u{0}*".utf8))   // TIFF
            || starts(Array("GIF87a".utf8)) || starts(Array("GIF89a".utf8))
            || (starts(Array("RIFF".utf8)) && starts(Array("WEBP".utf8), at: 8))
            || starts([0x00, 0x00, 0x00, 0x0C, 0x6A, 0x50, 0x20, 0x20])    // JPEG 2000
            || (starts(Array("BM".utf8)) && b.count >= 10 && b[6...9].allSatisfy { $0 == 0 })   // BMP: reserved bytes 0
    }

    /// The resolution assumed for an image that does not state one (a photo, most PNGs).
    public static let assumedPPI = 300

    /// Reads `files` (each with its bytes; a TIFF's pages in order, the files in the order given)
    /// as one document, every page recognised by OCR on up to `options.jobs` threads.
    public static func read(files: [(path: String, bytes: [UInt8])], sha256: String?, options: PDFExtractionOptions,
                            progress: (@Sendable (Int, Int) -> Void)? = nil) throws(PDFProblem) -> Document {
        do {
            try LanguageData.check(options.ocr)
        } catch {
            throw .ocr(error)
        }
        if let problem = nb_tesseract_load() { throw .ocr(.engine(String(cString: problem))) }
        // Every page: (file, image in the file).
        var pages: [(file: Int, index: Int)] = []
        for (f, file) in files.enumerated() {
            // Leptonica and the codecs under it report damage on stderr: silenced (the page's
            // problem, or the error, says it once).
            let count = QuietStandardError.run { file.bytes.withUnsafeBufferPointer { nb_image_count($0.baseAddress, $0.count) } }
            if count <= 0 {
                throw .badImage((files.count > 1 ? "\(file.path): " : "") + "not a JPEG, PNG, TIFF, BMP, GIF or WebP image that can be read")
            }
            pages += (0..<Int(count)).map { (f, $0) }
        }
        if pages.count > options.maxPages { throw .tooManyPages(count: pages.count, limit: options.maxPages) }
        // The pages asked for (`--pages`), numbered as in the whole.
        let numbers = pages.indices.map { $0 + 1 }.filter { options.pages?.contains($0) ?? true }
        if numbers.isEmpty, let wanted = options.pages { throw .noPageSelected(count: pages.count, selection: wanted.description) }
        pages = numbers.map { pages[$0 - 1] }

        let shared = SharedFiles(files: files)
        let ocr = options.ocr, total = pages.count, all = pages
        let read = try OCRWorkers(options: ocr, jobs: options.jobs).run(count: total, open: {}, read: { reader, _, i in
            let (f, index) = all[i]
            return readPage(shared.files[f].bytes, index: index, number: numbers[i], reader: reader, options: ocr)
        }, progress: progress)
        let path = files.map(\.path).joined(separator: " + ")
        if read.values.allSatisfy({ $0.problem == unreadable }) { throw .badImage("no page could be decoded") }
        var inOrder = (0..<total).map { read[$0] ?? Page(number: numbers[$0], lines: [], origin: .none, problem: unreadable) }
        NumbersUnderThePageBefore.parting(&inOrder)
        return Document(source: DocumentSource(path: path, kind: .image, encoding: nil, layout: .geometry, sha256: sha256),
                        pages: inOrder)
    }

    static let unreadable = "image could not be decoded (damaged or truncated)"

    /// The files, read by every worker thread and changed by none.
    struct SharedFiles: @unchecked Sendable {
        // @unchecked: immutable after it is made (a `let` of arrays and strings, copied on write),
        // so threads only read it.
        let files: [(path: String, bytes: [UInt8])]
    }

    /// One image as a recognised page: decoded to gray, brought under the pixel cap, read at its
    /// stated resolution (else `assumedPPI`); its size in points follows from the two.
    static func readPage(_ bytes: [UInt8], index: Int, number: Int, reader: OCRPageReader, options: OCROptions) -> Page {
        var pixels: UnsafeMutablePointer<UInt8>? = nil
        var width: Int32 = 0, height: Int32 = 0, ppi: Int32 = 0
        let status = QuietStandardError.run {
            bytes.withUnsafeBufferPointer { nb_image_gray($0.baseAddress, $0.count, Int32(index), &pixels, &width, &height, &ppi) }
        }
        guard status == 0, let pixels else {
            return Page(number: number, lines: [], origin: .none, problem: unreadable, ocrReason: .noTextLayer)
        }
        defer { free(pixels) }
        var image = GrayImage(width: Int(width), height: Int(height),
                              pixels: Array(UnsafeBufferPointer(start: pixels, count: Int(width) * Int(height))))
        var dpi = Double((50...1200).contains(ppi) ? Int(ppi) : assumedPPI)
        // Over the pixel cap: averaged down by the smallest whole factor that fits.
        if image.width * image.height > options.maxPixels {
            let factor = Int((Double(image.width * image.height) / Double(options.maxPixels)).squareRoot().rounded(.up))
            image = image.averaged(by: factor)
            dpi /= Double(factor)
        }
        let (w, h) = (Double(image.width) * 72 / dpi, Double(image.height) * 72 / dpi)
        do throws(OCRProblem) {
            var (lines, turns) = try reader.recognize(&image, dpi: dpi, firstPage: number == 1)
            for i in lines.indices { lines[i].ref.page = number }
            let upright = turns % 2 == 0 ? (w, h) : (h, w)
            var read = Page(number: number, lines: lines, width: upright.0, height: upright.1, origin: .ocr, ocrReason: .noTextLayer)
            read.quarterTurns = turns
            return read
        } catch {
            return Page(number: number, lines: [], width: w, height: h, origin: .ocr,
                        problem: error == .timeLimit ? "OCR stopped at the page time limit (\(OCRRunner.seconds(options.pageTimeLimit)) s)" : "OCR failed",
                        ocrReason: .noTextLayer)
        }
    }
}
