import DocumentModel
import Dispatch
import Synchronization

/// Recognises the pages that need OCR, spread over worker threads. Each worker opens its own poppler
/// document (a document renders one page at a time) and its own tesseract engine (an engine is
/// not shared), and takes the next page when it is done with one.
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
        let workers = max(1, min(jobs, pages.count))
        let queue = Mutex<[Int]>(pages.reversed())
        let results = Mutex<[Int: Page]>([:])
        let failure = Mutex<PDFProblem?>(nil)
        let done = Atomic<Int>(0)
        let total = pages.count
        let source = self.source, password = self.password, options = self.options
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            do throws(PDFProblem) {
                let doc: PopplerDocumentHandle
                switch source {
                case .path(let p): doc = try PopplerDocumentHandle(path: p, password: password)
                case .bytes(let b): doc = try PopplerDocumentHandle(bytes: b, password: password)
                }
                let reader: OCRPageReader
                do throws(OCRProblem) { reader = try OCRPageReader(options: options) } catch { throw PDFProblem.ocr(error) }
                while failure.withLock({ $0 == nil }), let index = queue.withLock({ $0.popLast() }) {
                    var page: Page
                    if let handle = doc.page(index) {
                        do throws(OCRProblem) {
                            page = try reader.read(handle, number: index + 1)
                        } catch {
                            let size = handle.size
                            page = Page(number: index + 1, lines: [], width: size.width, height: size.height, origin: .ocr,
                                        problem: error == .timeLimit
                                            ? "OCR stopped at the page time limit (\(OCRRunner.seconds(options.pageTimeLimit)) s)"
                                            : "OCR failed")
                        }
                    } else {
                        page = Page(number: index + 1, lines: [], origin: .none, problem: "page could not be opened")
                    }
                    results.withLock { $0[index] = page }
                    let n = done.add(1, ordering: .relaxed).newValue
                    progress?(n, total)
                }
            } catch {
                failure.withLock { if $0 == nil { $0 = error } }
            }
        }
        if let f = failure.withLock({ $0 }) { throw f }
        return results.withLock { $0 }
    }

    /// `120`, `0.5`: a time limit as the user would write it.
    static func seconds(_ s: Double) -> String {
        let hundredths = Int((s * 100).rounded())
        if hundredths % 100 == 0 { return String(hundredths / 100) }
        let frac = hundredths % 100
        return "\(hundredths / 100)." + (frac % 10 == 0 ? String(frac / 10) : (frac < 10 ? "0\(frac)" : String(frac)))
    }
}
