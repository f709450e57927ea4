import DocumentModel

/// Recognises the pages of a PDF that need OCR, spread over worker threads (`OCRWorkers`). Each
/// worker opens its own poppler document (a document renders one page at a time).
struct OCRRunner {
    /// Where workers open their own copy of the document.
    enum Source: Sendable {
        case path(String)
        case bytes(PDFBytes)
    }

    let source: Source
    let password: String?
    let options: OCROptions
    let jobs: Int

    /// The recognised pages by index. Pages whose recognition hit the time limit come back with
    /// no lines and a problem; missing language data or an engine that does not start is thrown.
    func run(pages: [Int], progress: (@Sendable (Int, Int) -> Void)?) throws(PDFProblem) -> [Int: Page] {
        guard !pages.isEmpty else { return [:] }
        do {
            try LanguageData.check(options)
        } catch {
            throw .ocr(error)
        }
        let source = self.source, password = self.password, options = self.options
        let read = try OCRWorkers(options: options, jobs: jobs).run(count: pages.count, open: { () throws(PDFProblem) -> PopplerDocumentHandle in
            switch source {
            case .path(let p): return try PopplerDocumentHandle(path: p, password: password)
            case .bytes(let b): return try PopplerDocumentHandle(bytes: b, password: password)
            }
        }, read: { reader, doc, k in
            let index = pages[k]
            guard let handle = doc.page(index) else {
                return Page(number: index + 1, lines: [], origin: .none, problem: "page could not be opened")
            }
            do throws(OCRProblem) {
                return try reader.read(handle, number: index + 1)
            } catch {
                let size = handle.size
                return Page(number: index + 1, lines: [], width: size.width, height: size.height, origin: .ocr,
                            problem: error == .timeLimit
                                ? "OCR stopped at the page time limit (\(OCRRunner.seconds(options.pageTimeLimit)) s)"
                                : "OCR failed")
            }
        }, progress: progress)
        return Dictionary(uniqueKeysWithValues: read.map { (pages[$0.key], $0.value) })
    }

    /// `120`, `0.5`: a time limit as the user would write it.
    static func seconds(_ s: Double) -> String {
        let hundredths = Int((s * 100).rounded())
        if hundredths % 100 == 0 { return String(hundredths / 100) }
        let frac = hundredths % 100
        return "\(hundredths / 100)." + (frac % 10 == 0 ? String(frac / 10) : (frac < 10 ? "0\(frac)" : String(frac)))
    }
}
