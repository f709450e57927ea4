import Dispatch
import Foundation
import Synchronization
import Testing
@testable import PDFExtraction
import DocumentModel

/// Idle OCR workers reading the cells of pages still being read (`OCRHelp`, `OCRSharedBatch`).
@Suite struct OCRSharedWorkTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Regression (`make bench`, 2026-12-04): with two workers the two-page benchmark scan took
    /// 0.67 of one worker's wall time (limit 0.6): its first page is two thirds of the work and the
    /// second worker waited for it. A page's cells are now shared with idle workers; whoever reads
    /// a part, the results come back in the cells' order, and the idle worker does read some.
    @Test(.enabled(if: OCRAvailability.languageDataInstalled, "tesseract chi_sim and eng data not installed"))
    func cellsSharedWithAnIdleWorkerComeBackInTheirOrder() throws {
        let help = OCRHelp(workers: 2, pages: 1)
        let page = try OCRPageReader(options: OCROptions())
        page.help = help
        let pageID = ObjectIdentifier(page)
        let idleReads = Atomic<Int>(0)
        let helperDone = DispatchSemaphore(value: 0)
        let helper = Thread {
            help.assist { try? OCRPageReader(options: OCROptions()) }
            helperDone.signal()
        }
        helper.start()
        let items = Array(0..<60)
        let results = try page.shared(items) { reader, item throws(OCRProblem) in
            if ObjectIdentifier(reader) != pageID {
                idleReads.add(1, ordering: .relaxed)
            } else if item == 0 {
                // The page's worker waits (at most 5 s) for the idle one to take a part.
                let end = Date().addingTimeInterval(5)
                while idleReads.load(ordering: .relaxed) == 0 && Date() < end { usleep(1000) }
            }
            return item * 2
        }
        help.pageRead()   // the one page is read: the idle worker stops waiting
        helperDone.wait()
        #expect(results == items.map { $0 * 2 })
        #expect(idleReads.load(ordering: .relaxed) > 0)
    }

    /// Regression (found before it landed: `convert --jobs 4` on a two-page scan, two cores, hung):
    /// the dispatcher runs as many workers at once as there are cores, so a worker waiting for
    /// every other worker to be done with its pages waited for one not yet started. Idle workers
    /// now wait for the pages to be read. More workers than cores, a page's cells shared: the run
    /// ends (within a minute), every page read.
    @Test(.enabled(if: OCRAvailability.languageDataInstalled, "tesseract chi_sim and eng data not installed"))
    func moreWorkersThanCoresRunToTheEnd() throws {
        let finished = DispatchSemaphore(value: 0)
        let pages = Mutex<[Int: Page]?>(nil)
        let jobs = ProcessInfo.processInfo.activeProcessorCount + 3
        Thread {
            let read = try? OCRWorkers(options: OCROptions(), jobs: jobs).run(count: 2, open: {}, read: { reader, _, i in
                let cells = (try? reader.shared(Array(0..<40)) { _, x throws(OCRProblem) in x }) ?? []
                return Page(number: i + 1 + cells.count - 40, lines: [], origin: .ocr)
            }, progress: nil)
            pages.withLock { $0 = read }
            finished.signal()
        }.start()
        #expect(finished.wait(timeout: .now() + 60) == .success, "the workers did not finish")
        #expect(pages.withLock { $0?.values.map(\.number).sorted() } == [1, 2])
    }

    /// A problem met in any part (a page's time limit) is the batch's: thrown to the page's worker.
    @Test(.enabled(if: OCRAvailability.languageDataInstalled, "tesseract chi_sim and eng data not installed"))
    func aProblemInASharedPartIsThrownToThePagesWorker() throws {
        let page = try OCRPageReader(options: OCROptions())
        let batch = OCRSharedBatch(Array(0..<20), partSize: 6) { _, item throws(OCRProblem) -> Int in
            if item == 13 { throw .timeLimit }
            return item
        }
        #expect(throws: OCRProblem.timeLimit) { try batch.results(reading: page) }
    }

    /// A table page read with a second worker helping reads exactly as with one: the page of
    /// `synthetic-11-300dpi-skew` with two tables (199 cells).
    @Test(.enabled(if: OCRAvailability.languageDataInstalled, "tesseract chi_sim and eng data not installed"))
    func aTablePageReadWithHelpReadsAsWithout() throws {
        func read(jobs: Int) throws -> [[String]] {
            var options = PDFExtractionOptions()
            options.pages = PageSelection("2")
            options.jobs = jobs
            let doc = try PDFExtractor.read(path: Self.root.appendingPathComponent("Samples/scans/synthetic-11-300dpi-skew/scanned.pdf").path,
                                            sha256: nil, options: options)
            return doc.pages.flatMap(\.lines).map { $0.spans.map { "\($0.text) \($0.confidence ?? -1) \($0.x0 ?? -1)" } }
        }
        let one = try read(jobs: 1)
        #expect(one.count >= 30)   // the page read: 32 lines
        #expect(try read(jobs: 2) == one)
    }
}
