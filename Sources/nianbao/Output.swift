#if canImport(Glibc)
import Glibc
#endif
import NianbaoKit

/// Where a command's output goes: stdout, or a file written atomically: bytes go to a temporary
/// file beside it, renamed into place at the end, so a failure never leaves half a file.
struct Output {
    let path: String?
    private var fd: Int32 = -1
    private var tmpPath: String?
    private(set) var failed: String?

    /// `path` nil or `-`: stdout.
    init(path: String?) {
        self.path = path == "-" ? nil : path
    }

    mutating func write(_ s: String) {
        var s = s
        s.withUTF8 { write($0) }
    }

    mutating func write(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { write($0) }
    }

    private mutating func write(_ p: UnsafeBufferPointer<UInt8>) {
        guard failed == nil else { return }
        var target: Int32 = 1
        if let path {
            if fd < 0 {
                guard let tmp = TemporaryFile.create(beside: path) else { failed = String(cString: strerror(errno)); return }
                fd = tmp.fd
                tmpPath = tmp.path
            }
            target = fd
        }
        var offset = 0
        while offset < p.count {
            let n = Glibc.write(target, p.baseAddress! + offset, p.count - offset)
            if n < 0 {
                if errno == EINTR { continue }
                failed = String(cString: strerror(errno))
                return
            }
            offset += n
        }
    }

    /// Finishes a file output: renames the temporary file into place, or, when `nothingSucceeded`
    /// or a write failed, removes it and leaves any existing file as it was.
    mutating func finish(nothingSucceeded: Bool = false) throws(OutputError) {
        guard path != nil else {
            if let failed { throw OutputError(message: failed) }
            return
        }
        defer { fd = -1; tmpPath = nil }
        if fd >= 0 { close(fd) }
        guard let tmp = tmpPath else {
            if let failed { throw OutputError(message: failed) }
            return
        }
        if nothingSucceeded || failed != nil {
            unlink(tmp)
            if let failed { throw OutputError(message: failed) }
            return
        }
        if rename(tmp, path!) != 0 {
            let message = String(cString: strerror(errno))
            unlink(tmp)
            throw OutputError(message: message)
        }
    }
}

struct OutputError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}

/// One line on stderr.
func reportError(_ message: String) {
    var line = "nianbao: \(message)\n"
    line.withUTF8 { p in _ = Glibc.write(2, p.baseAddress, p.count) }
}

/// A progress line on stderr, overwritten in place (only used when stderr is a terminal).
func reportProgress(_ message: String) {
    var line = "\r\u{1B}[2K" + message
    line.withUTF8 { p in _ = Glibc.write(2, p.baseAddress, p.count) }
}
