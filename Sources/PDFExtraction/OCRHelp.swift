import Dispatch
import Synchronization

/// Idle OCR workers lending their engines to the pages still being read. A worker with no page
/// left to take waits here (`assist`); a page reader posts work that splits into independent
/// parts (a table's cells: `OCRSharedBatch`), and the idle workers take parts of it, each with its
/// own engine, while the page's own worker takes parts too. Without it a scan whose first page is
/// two thirds of the work keeps one worker waiting for a third of the time.
final class OCRHelp: Sendable {
    private let posted = Mutex<[any OCRSharedWork]>([])
    private let wake = DispatchSemaphore(value: 0)
    private let workers: Int
    /// Pages not yet read: while any is, work may be posted. Counted by pages, not by workers: a
    /// worker the dispatcher has not started yet (it runs as many at once as there are cores)
    /// holds no page, and waiting for it would wait for ever.
    private let unread: Atomic<Int>
    private let stopped = Atomic<Bool>(false)

    init(workers: Int, pages: Int) {
        self.workers = workers
        unread = Atomic(pages)
    }

    /// Offers `work` to the idle workers.
    func post(_ work: any OCRSharedWork) {
        posted.withLock { $0.append(work) }
        for _ in 1..<max(2, workers) { wake.signal() }
    }

    /// A page has been read.
    func pageRead() {
        if unread.subtract(1, ordering: .acquiringAndReleasing).newValue == 0 { wakeAll() }
    }

    /// The run has stopped (a worker could not start): no page will be read any more.
    func stop() {
        stopped.store(true, ordering: .releasing)
        wakeAll()
    }

    private func wakeAll() {
        for _ in 0..<workers { wake.signal() }
    }

    /// Called by every worker when it has no page left to take: lends the reader `reader` gives
    /// (made when first needed; nil: this worker cannot help) to posted work until every page has
    /// been read or the run has stopped.
    func assist(_ reader: () -> OCRPageReader?) {
        var own: OCRPageReader? = nil
        while true {
            if let work = next() {
                if own == nil { own = reader() }
                guard let own else { return }
                while work.runPart(own) {}
                continue
            }
            if unread.load(ordering: .acquiring) <= 0 || stopped.load(ordering: .acquiring) { return }
            wake.wait()
        }
    }

    /// The oldest posted work with parts left to take.
    private func next() -> (any OCRSharedWork)? {
        posted.withLock { work in
            work.removeAll { $0.exhausted }
            return work.first
        }
    }
}

/// Work a page reader shares with idle workers (`OCRHelp`): parts any worker's reader can run.
protocol OCRSharedWork: AnyObject, Sendable {
    /// Runs the next part no worker has taken, with `reader`; false when none is left.
    func runPart(_ reader: OCRPageReader) -> Bool
    /// Every part has been taken.
    var exhausted: Bool { get }
}
