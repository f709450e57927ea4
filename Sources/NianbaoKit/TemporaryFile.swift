#if canImport(Glibc)
import Glibc
#endif

/// A new file beside the one it will replace, for writing whole and renaming into place. Made by
/// `mkstemp`: a name no one can guess, created with `O_EXCL` (never an existing file, never
/// through a planted symbolic link), in the destination's folder (so the rename stays on one file
/// system). Readable as an ordinary new file would be (0666 less the umask).
public enum TemporaryFile {
    /// The open descriptor and the path; nil with `errno` set when it cannot be created.
    public static func create(beside path: String) -> (fd: Int32, path: String)? {
        let slash = path.lastIndex(of: "/")
        let dir = slash.map { String(path[...$0]) } ?? ""
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        var template = Array((dir + "." + name + ".tmp-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { return nil }
        _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        let mask = umask(0o022)
        umask(mask)
        fchmod(fd, 0o666 & ~mask)
        return (fd, String(cString: template))
    }
}
