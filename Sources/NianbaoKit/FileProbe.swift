import Foundation

/// An input file opened for reading: its size checked, its first kilobyte read (to tell a PDF from
/// a text extract), the rest read or hashed on demand.
struct FileProbe {
    let path: String
    let handle: FileHandle
    let size: UInt64
    let head: [UInt8]

    static func open(_ path: String, maxSize: Int) throws(InputError) -> FileProbe {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw InputError(path: path, problem: .notFound)
        }
        if isDirectory.boolValue { throw InputError(path: path, problem: .isDirectory) }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw InputError(path: path, problem: .unreadable("permission denied or not a regular file"))
        }
        do {
            let size = try handle.seekToEnd()
            if size > UInt64(maxSize) { throw InputError(path: path, problem: .tooLarge(limit: maxSize)) }
            try handle.seek(toOffset: 0)
            let head = [UInt8](try handle.read(upToCount: 1024) ?? Data())
            return FileProbe(path: path, handle: handle, size: size, head: head)
        } catch let e as InputError {
            try? handle.close()
            throw e
        } catch {
            try? handle.close()
            throw InputError(path: path, problem: .unreadable(String(describing: error)))
        }
    }

    /// The whole file, and closes it.
    func readAll() throws(InputError) -> [UInt8] {
        defer { try? handle.close() }
        do {
            try handle.seek(toOffset: 0)
            return [UInt8](try handle.readToEnd() ?? Data())
        } catch {
            throw InputError(path: path, problem: .unreadable(String(describing: error)))
        }
    }

    /// SHA-256 of the file, read in 64 KiB chunks, and closes it.
    func sha256() throws(InputError) -> String {
        defer { try? handle.close() }
        var hash = SHA256()
        do {
            try handle.seek(toOffset: 0)
            while let chunk = try handle.read(upToCount: 1 << 16), !chunk.isEmpty {
                hash.update([UInt8](chunk))
            }
        } catch {
            throw InputError(path: path, problem: .unreadable(String(describing: error)))
        }
        return hash.finalizeHex()
    }
}
