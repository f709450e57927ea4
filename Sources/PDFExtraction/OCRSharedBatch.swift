import Dispatch
import Synchronization

/// Items read one by one, each on its own (a table's cells), in parts of `partSize` that the
/// page's worker and idle workers (`OCRHelp`) take in turn, each with its own engine. An item's
/// result depends on the item alone, not on the engine that read it nor on what that engine read
/// before (tesseract's LSTM models keep nothing from one recognition to the next), so a page reads
/// the same whoever read its parts.
final class OCRSharedBatch<Item: Sendable, Result: Sendable>: OCRSharedWork {
    private let items: [Item]
    private let partSize: Int
    private let body: @Sendable (OCRPageReader, Item) throws(OCRProblem) -> Result
    private let taken = Atomic<Int>(0)
    private let finished = Atomic<Int>(0)
    private let results: Mutex<[Result?]>
    private let failure = Mutex<OCRProblem?>(nil)
    private let done = DispatchSemaphore(value: 0)
    private let parts: Int

    init(_ items: [Item], partSize: Int, _ body: @escaping @Sendable (OCRPageReader, Item) throws(OCRProblem) -> Result) {
        self.items = items
        self.partSize = max(1, partSize)
        self.body = body
        results = Mutex([Result?](repeating: nil, count: items.count))
        parts = (items.count + self.partSize - 1) / self.partSize
    }

    var exhausted: Bool { taken.load(ordering: .relaxed) >= parts }

    func runPart(_ reader: OCRPageReader) -> Bool {
        let k = taken.add(1, ordering: .relaxed).oldValue
        guard k < parts else { return false }
        for i in k * partSize..<min(items.count, (k + 1) * partSize) {
            if failure.withLock({ $0 != nil }) { break }
            do throws(OCRProblem) {
                let r = try body(reader, items[i])
                results.withLock { $0[i] = r }
            } catch {
                failure.withLock { if $0 == nil { $0 = error } }
            }
        }
        if finished.add(1, ordering: .acquiringAndReleasing).newValue == parts { done.signal() }
        return true
    }

    /// The results in the items' order: `reader` (the page's own) runs parts until none is left to
    /// take, then waits for those other workers took. The first problem any part met is thrown.
    func results(reading reader: OCRPageReader) throws(OCRProblem) -> [Result] {
        guard parts > 0 else { return [] }
        while runPart(reader) {}
        done.wait()
        if let f = failure.withLock({ $0 }) { throw f }
        return results.withLock { $0.map { $0! } }
    }
}
