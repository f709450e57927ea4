import Foundation
import NianbaoKit

/// A text file of records, one per line, appended with one `write` per record. Opening it cuts
/// off a torn last line (a record whose writer was killed). Lines are read back one at a time.
final class AppendFile {
    let path: String
    private var fd: Int32

    init(path: String) throws(StoreError) {
        self.path = path
        fd = Glibc.open(path, O_RDWR | O_CREAT | O_APPEND | O_CLOEXEC, 0o644)
        if fd < 0 { throw StoreError("\(path): cannot open (\(String(cString: strerror(errno))))") }
    }

    deinit { if fd >= 0 { close(fd) } }

    /// Calls `body` with each complete line (without its newline); cuts off an incomplete last line.
    func forEachLine(_ body: (String) throws(StoreError) -> Void) throws(StoreError) {
        let complete = try Self.readLines(path, body)
        var st = stat()
        if fstat(fd, &st) == 0, st.st_size > complete {
            if ftruncate(fd, complete) != 0 { throw StoreError("\(path): cannot cut off a torn last record") }
        }
    }

    /// Calls `body` with each complete line of the file at `path`, read only; returns the length
    /// of the complete lines (an incomplete last line is left out).
    @discardableResult
    static func readLines(_ path: String, _ body: (String) throws(StoreError) -> Void) throws(StoreError) -> off_t {
        guard let file = fopen(path, "r") else { throw StoreError("\(path): cannot read (\(String(cString: strerror(errno))))") }
        defer { fclose(file) }
        var line: UnsafeMutablePointer<CChar>? = nil
        var capacity = 0
        defer { free(line) }
        var complete: off_t = 0
        while true {
            let n = getline(&line, &capacity, file)
            if n <= 0 { break }
            guard line![n - 1] == 10 else { break }     // torn: no newline
            complete += off_t(n)
            try body(String(decoding: UnsafeRawBufferPointer(start: line, count: n - 1), as: UTF8.self))
        }
        return complete
    }

    var isEmpty: Bool {
        var st = stat()
        return fstat(fd, &st) == 0 && st.st_size == 0
    }

    /// Appends `text` and a newline in one write.
    func append(_ text: String) throws(StoreError) {
        var bytes = Array(text.utf8)
        bytes.append(10)
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBufferPointer { write(fd, $0.baseAddress! + offset, bytes.count - offset) }
            if n < 0 {
                if errno == EINTR { continue }
                throw StoreError("\(path): write failed (\(String(cString: strerror(errno))))")
            }
            offset += n
        }
    }

    /// Rewrites the file with only the lines `keep` accepts (line text, line number), through a
    /// temporary file renamed into place.
    func rewrite(header: Int = 0, keep: (String, Int) -> Bool) throws(StoreError) {
        guard let (tmpFD, tmp) = TemporaryFile.create(beside: path) else { throw StoreError("\(path): cannot create a temporary file beside it") }
        guard let out = fdopen(tmpFD, "w") else { close(tmpFD); unlink(tmp); throw StoreError("\(tmp): cannot write") }
        var number = 0
        var failed = false
        do {
            try forEachLine { (line: String) throws(StoreError) in
                defer { number += 1 }
                if number < header || keep(line, number) {
                    if fputs(line + "\n", out) < 0 { failed = true }
                }
            }
        } catch {
            fclose(out); unlink(tmp); throw error
        }
        if fclose(out) != 0 || failed { unlink(tmp); throw StoreError("\(tmp): write failed") }
        if rename(tmp, path) != 0 { unlink(tmp); throw StoreError("\(path): cannot replace") }
        close(fd)
        fd = Glibc.open(path, O_RDWR | O_APPEND | O_CLOEXEC)
        if fd < 0 { throw StoreError("\(path): cannot reopen") }
    }

    /// Writes `lines` to `path` whole, through a temporary file.
    static func writeWhole(_ path: String, _ lines: [String]) throws(StoreError) {
        guard let (tmpFD, tmp) = TemporaryFile.create(beside: path) else { throw StoreError("\(path): cannot create a temporary file beside it") }
        guard let out = fdopen(tmpFD, "w") else { close(tmpFD); unlink(tmp); throw StoreError("\(tmp): cannot write") }
        var failed = false
        for l in lines where fputs(l + "\n", out) < 0 { failed = true }
        if fclose(out) != 0 || failed { unlink(tmp); throw StoreError("\(tmp): write failed") }
        if rename(tmp, path) != 0 { unlink(tmp); throw StoreError("\(path): cannot replace") }
    }
}
