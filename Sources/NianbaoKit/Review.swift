import PDFExtraction

extension Nianbao {
    /// Converts the files at `paths` (one PDF, web page or text extract, or several images of one
    /// report) and renders their review page (``ReviewPage``), PDF pages drawn at `dpi`.
    public static func review(files paths: [String], options: ConvertOptions = .init(),
                              dpi: Double = 110) throws(InputError) -> (conversion: Conversion, html: String) {
        guard let first = paths.first else { throw InputError(path: "-", problem: .notFound) }
        let imageInput = paths.count > 1 || isImage(file: first)
        var images: [Int: ReviewPage.Image] = [:]
        let conversion: Conversion
        if imageInput {
            conversion = try convert(imageFiles: paths, options: options)
            // Browsers show these as they are; a TIFF's pages are not shown.
            for (k, path) in paths.enumerated() {
                guard let bytes = try? FileProbe.open(path, maxSize: options.maxFileSize).readAll(),
                      let mime = imageMIME(bytes.prefix(12)) else { continue }
                images[k + 1] = ReviewPage.Image(mime: mime, bytes: bytes)
            }
        } else if first != "-", let probe = try? FileProbe.open(first, maxSize: options.maxFileSize), PDFSniffer.looksLikePDF(probe.head) {
            // Read once: converted and drawn from the same bytes.
            let bytes = try probe.readAll()
            conversion = try convert(bytes: bytes, path: first, options: options)
            let pages = try? PageImages.render(bytes: bytes, password: options.password, dpi: dpi,
                                               pages: Set(conversion.clean.pages.map(\.number)))
            for (n, png) in pages ?? [:] { images[n] = ReviewPage.Image(mime: "image/png", bytes: png) }
        } else {
            conversion = try convert(file: first, options: options)
        }
        return (conversion, ReviewPage.render(conversion, images: images))
    }

    /// The MIME type of an image browsers show, by its first bytes.
    static func imageMIME(_ head: ArraySlice<UInt8>) -> String? {
        let b = Array(head)
        if b.starts(with: [0x89, 0x50, 0x4E, 0x47]) { return "image/png" }
        if b.starts(with: [0xFF, 0xD8, 0xFF]) { return "image/jpeg" }
        if b.starts(with: Array("GIF8".utf8)) { return "image/gif" }
        if b.starts(with: Array("BM".utf8)) { return "image/bmp" }
        if b.count >= 12, b.starts(with: Array("RIFF".utf8)), Array(b[8..<12]) == Array("WEBP".utf8) { return "image/webp" }
        return nil
    }
}
