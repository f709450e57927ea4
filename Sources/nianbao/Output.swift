import Foundation
import NianbaoKit

/// Where a command's output goes: stdout, or a file written atomically (a temporary file renamed
/// into place, so a failure never leaves half a file).
struct Output {
    let path: String?
    private var buffer = ""

    init(path: String?) {
        self.path = path
    }

    /// Appends text; to stdout immediately, to a file at `finish()`.
    mutating func write(_ s: String) {
        if path == nil {
            FileHandle.standardOutput.write(Data(s.utf8))
        } else {
            buffer += s
        }
    }

    /// Writes the file (when writing to one). With `nothingSucceeded` no file is created or
    /// replaced: a failed run leaves an existing output as it was.
    func finish(nothingSucceeded: Bool = false) throws {
        guard let path, !nothingSucceeded else { return }
        let url = URL(fileURLWithPath: path)
        let tmp = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).tmp-\(getpid())")
        try Data(buffer.utf8).write(to: tmp)
        if FileManager.default.fileExists(atPath: url.path) {
            _ = try FileManager.default.replaceItemAt(url, withItemAt: tmp)
        } else {
            try FileManager.default.moveItem(at: tmp, to: url)
        }
    }
}

/// One line on stderr.
func reportError(_ message: String) {
    FileHandle.standardError.write(Data("nianbao: \(message)\n".utf8))
}
