import Foundation

/// An exclusive lock on a batch output, held while a batch or a merge writes it: `OUTPUT.lock`
/// beside it, locked with `flock`. A second run on the same output finds it held and stops with
/// "in use" instead of interleaving its records with the first's (two runs once both exited 0 and
/// lost records). The lock goes with the process, however it ends; the file stays.
final class OutputLock {
    private let fd: Int32

    init(output: String) throws(StoreError) {
        let path = output + ".lock"
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard fd >= 0 else { throw StoreError("\(path): cannot open the lock file (\(String(cString: strerror(errno))))") }
        if flock(fd, LOCK_EX | LOCK_NB) != 0 {
            let busy = errno == EWOULDBLOCK
            close(fd)
            throw StoreError(busy ? "\(output): in use by another nianbao batch or merge (\(path) is locked)"
                                  : "\(path): cannot lock (\(String(cString: strerror(errno))))")
        }
        self.fd = fd
    }

    deinit { close(fd) }
}
