import Foundation
import Synchronization

/// A request to stop a batch (SIGINT or SIGTERM): no new input is handed out; the inputs being
/// converted get `grace` seconds to finish and are recorded if they do; the others are not
/// recorded, so that a rerun converts them. The batch then writes what finished and ends.
public final class BatchStop: Sendable {
    private let signalNumber = Atomic<Int32>(0)
    private let requestedAt = Mutex<Double?>(nil)
    /// Seconds an input being converted may still take after the request.
    public let grace: Double

    public init(grace: Double = 10) { self.grace = grace }

    /// Records the request (the first signal counts).
    public func request(signal: Int32) {
        if signalNumber.compareExchange(expected: 0, desired: signal, ordering: .relaxed).exchanged {
            requestedAt.withLock { $0 = WorkerProcess.now() }
        }
    }

    /// The signal that asked to stop, or nil.
    public var signal: Int32? {
        let s = signalNumber.load(ordering: .relaxed)
        return s == 0 ? nil : s
    }

    /// When an input being converted must be given up (monotonic seconds), once stop is requested.
    var deadline: Double? { requestedAt.withLock { $0 }.map { $0 + grace } }
}
