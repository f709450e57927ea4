#if canImport(Glibc)
import Glibc
#endif
import Synchronization

/// Poppler's cairo renderer reports fonts it cannot load with a bare `fprintf(stderr, "some font
/// thing failed")`, which no callback catches; a library must not print. While any thread renders
/// a page, standard error (descriptor 2) points at `/dev/null`; the last renderer to finish puts it
/// back. A message another thread writes to standard error meanwhile is lost: the CLI writes its
/// error lines after conversion, and only a progress update can fall in such a window.
enum QuietStandardError {
    private struct State {
        var depth = 0
        var saved: Int32 = -1
    }

    private static let state = Mutex(State())

    /// Runs `body` with standard error silenced.
    static func run<T>(_ body: () -> T) -> T {
        state.withLock { s in
            if s.depth == 0 {
                let null = open("/dev/null", O_WRONLY | O_CLOEXEC)
                if null >= 0 {
                    s.saved = dup(2)
                    if s.saved >= 0 { dup2(null, 2) }
                    close(null)
                }
            }
            s.depth += 1
        }
        defer {
            state.withLock { s in
                s.depth -= 1
                if s.depth == 0, s.saved >= 0 {
                    dup2(s.saved, 2)
                    close(s.saved)
                    s.saved = -1
                }
            }
        }
        return body()
    }
}
