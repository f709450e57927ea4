import DocumentModel
import Dispatch
import Synchronization

/// Worker threads reading pages by OCR. Each has its own page reader (tesseract's engine is not
/// shared) and takes the next page when it is done with one; with no page left, it lends its
/// engine to the pages still being read (`OCRHelp`). With `jobs` over the page count, one worker
/// more than pages is started; it only helps, its reader started when first needed.
struct OCRWorkers {
    let options: OCROptions
    let jobs: Int

    /// Reads pages `0..<count` and returns them by index: `read(reader, &context, i)` reads page
    /// `i`, with the worker's context (its own copy of a document) that `open` makes before the
    /// worker's first page. A reader that cannot start, or a context that cannot be made, stops
    /// the run with that problem.
    func run<Context>(count: Int, open: @Sendable () throws(PDFProblem) -> Context,
                      read: @Sendable (OCRPageReader, inout Context, Int) -> Page,
                      progress: (@Sendable (Int, Int) -> Void)?) throws(PDFProblem) -> [Int: Page] {
        guard count > 0 else { return [:] }
        // One worker more than pages at most: it only helps, and each helper starts an engine
        // (tens of MB, a tenth of a second) to read a few parts.
        let workers = max(1, min(jobs, count + 1))
        let help = workers > 1 ? OCRHelp(workers: workers, pages: count) : nil
        let queue = Mutex<[Int]>(Array((0..<count).reversed()))
        let results = Mutex<[Int: Page]>([:])
        let failure = Mutex<PDFProblem?>(nil)
        let done = Atomic<Int>(0)
        let options = self.options
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            var reader: OCRPageReader? = nil
            do throws(PDFProblem) {
                var context: Context? = nil
                while failure.withLock({ $0 == nil }), let i = queue.withLock({ $0.popLast() }) {
                    if reader == nil {
                        do throws(OCRProblem) { reader = try OCRPageReader(options: options) } catch { throw PDFProblem.ocr(error) }
                        reader!.help = help
                    }
                    if context == nil { context = try open() }
                    let page = read(reader!, &context!, i)
                    results.withLock { $0[i] = page }
                    help?.pageRead()
                    progress?(done.add(1, ordering: .relaxed).newValue, count)
                }
            } catch {
                failure.withLock { if $0 == nil { $0 = error } }
                help?.stop()
            }
            help?.assist { reader ?? (try? OCRPageReader(options: options)) }
        }
        if let f = failure.withLock({ $0 }) { throw f }
        return results.withLock { $0 }
    }
}
