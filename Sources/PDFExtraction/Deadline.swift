#if canImport(Glibc)
import Glibc
#endif

/// A point in time (monotonic clock) by which a page's recognition must end.
struct Deadline {
    private let end: Double

    init(seconds: Double) {
        end = Deadline.now() + seconds
    }

    static func now() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }

    /// Milliseconds left, or the time limit problem when none are.
    func remaining() throws(OCRProblem) -> Int {
        let ms = Int((end - Deadline.now()) * 1000)
        guard ms > 0 else { throw .timeLimit }
        return ms
    }
}
