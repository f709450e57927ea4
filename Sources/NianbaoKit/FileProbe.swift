#if canImport(Glibc)
import Glibc
#endif

/// An input file opened for reading: its size checked, its first kilobyte read (to tell a PDF from
/// a text extract), the rest read or hashed on demand. Owns its file descriptor.
final class FileProbe: @unchecked Sendable {
    // @unchecked: the descriptor is used by one thread at a time (the hashing thread while poppler
    // reads the file through its own descriptor), and closed once, in deinit.
    let path: String
    private let fd: Int32
    let size: Int
    let head: [UInt8]

    private init(path: String, fd: Int32, size: Int, head: [UInt8]) {
        self.path = path
        self.fd = fd
        self.size = size
        self.head = head
    }

    deinit { close(fd) }

    static func open(_ path: String, maxSize: Int) throws(InputError) -> FileProbe {
        var st = stat()
        guard stat(path, &st) == 0 else {
            let e = errno
            if e == ENOENT || e == ENOTDIR { throw InputError(path: path, problem: .notFound) }
            throw InputError(path: path, problem: .unreadable(String(cString: strerror(e))))
        }
        if (st.st_mode & S_IFMT) == S_IFDIR { throw InputError(path: path, problem: .isDirectory) }
        guard (st.st_mode & S_IFMT) == S_IFREG else {
            throw InputError(path: path, problem: .unreadable("not a regular file"))
        }
        let fd = Glibc.open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw InputError(path: path, problem: .unreadable(String(cString: strerror(errno)))) }
        let size = Int(st.st_size)
        if size > maxSize {
            close(fd)
            throw InputError(path: path, problem: .tooLarge(limit: maxSize))
        }
        var head = [UInt8](repeating: 0, count: min(1024, size))
        let n = head.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, 0) }
        guard n >= 0 else {
            let message = String(cString: strerror(errno))
            close(fd)
            throw InputError(path: path, problem: .unreadable(message))
        }
        head.removeLast(head.count - n)
        return FileProbe(path: path, fd: fd, size: size, head: head)
    }

    /// The bytes of `-` (standard input) or of a path that is a pipe, socket or character device,
    /// read whole, at most `maxSize`; nil for anything else (read as a file).
    static func readStream(_ path: String, maxSize: Int) throws(InputError) -> [UInt8]? {
        let fd: Int32
        if path == "-" {
            fd = 0
        } else {
            var st = stat()
            guard stat(path, &st) == 0 else { return nil }
            let type = st.st_mode & S_IFMT
            guard type == S_IFIFO || type == S_IFCHR || type == S_IFSOCK else { return nil }
            fd = Glibc.open(path, O_RDONLY | O_CLOEXEC)
            guard fd >= 0 else { throw InputError(path: path, problem: .unreadable(String(cString: strerror(errno)))) }
        }
        defer { if fd != 0 { close(fd) } }
        var out: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw InputError(path: path, problem: .unreadable(String(cString: strerror(errno))))
            }
            if n == 0 { return out }
            out += buffer[0..<n]
            if out.count > maxSize { throw InputError(path: path, problem: .tooLarge(limit: maxSize)) }
        }
    }

    /// Calls `body` with each chunk of the file from the start.
    private func chunks(_ size: Int, _ body: (UnsafeRawBufferPointer) -> Void) throws(InputError) {
        var buffer = [UInt8](repeating: 0, count: size)
        var offset: off_t = 0
        while true {
            let n = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, offset) }
            if n < 0 {
                if errno == EINTR { continue }
                throw InputError(path: path, problem: .unreadable(String(cString: strerror(errno))))
            }
            if n == 0 { return }
            buffer.withUnsafeBytes { body(UnsafeRawBufferPointer(rebasing: $0[0..<n])) }
            offset += off_t(n)
        }
    }

    /// The whole file.
    func readAll() throws(InputError) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(size)
        try chunks(1 << 16) { out.append(contentsOf: $0) }
        return out
    }

    /// SHA-256 of the file, read in 64 KiB chunks.
    func sha256() throws(InputError) -> String {
        var hash = SHA256()
        try chunks(1 << 16) { hash.update($0) }
        return hash.finalizeHex()
    }
}
