import Foundation
import NianbaoKit

/// The files a batch converts: files named on the command line (whatever they are called), and
/// under named folders, recursively, every file that is a report's form by name (`.pdf`, `.txt`,
/// `.html`, `.htm`) or by content (a `%PDF-` header, web page markup, or UTF-8 text: `download.jsp?id=3`
/// is converted, not skipped for its name). Sorted, each once. What a walk passes over is listed
/// with why: names that are not UTF-8 (GBK names from Chinese archives) and folders that cannot
/// be read become error records (reports may be there); other files (images, spreadsheets, batch
/// outputs, hidden files) are counted in the summary.
public struct BatchInputs: Sendable {
    public var files: [String] = []
    /// Inputs named on the command line that do not exist: each becomes an error record.
    public var missing: [String] = []
    /// Entries a walk could not take as inputs although they may hold reports: each becomes an
    /// error record (`path` escaped where its bytes are not UTF-8).
    public var unreadable: [(path: String, reason: String)] = []
    /// Files a walk passed over because they are not reports' forms, by reason.
    public var passedOver: [String: Int] = [:]

    public static let extensions: Set<String> = ["pdf", "txt", "html", "htm"]
    /// Outputs of batches and their companions: never inputs.
    static let outputExtensions: Set<String> = ["jsonl", "csv", "sqlite", "lock", "sqlite-wal", "sqlite-shm"]

    public static func collect(_ arguments: [String]) -> BatchInputs {
        var inputs = BatchInputs()
        var seen = Set<String>()
        let fm = FileManager.default
        for arg in arguments {
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: arg, isDirectory: &isDir) else {
                if seen.insert(arg).inserted { inputs.missing.append(arg) }
                continue
            }
            if !isDir.boolValue {
                if seen.insert(arg).inserted { inputs.files.append(arg) }
                continue
            }
            let base = arg.hasSuffix("/") ? String(arg.dropLast()) : arg
            var found: [String] = []
            inputs.walk(Array(base.utf8), depth: 0, into: &found)
            for path in found.sorted() where seen.insert(path).inserted { inputs.files.append(path) }
        }
        inputs.files.sort()
        inputs.missing.sort()
        inputs.unreadable.sort { $0.path < $1.path }
        return inputs
    }

    /// Folders nested deeper than this are not walked (a link loop, a hostile tree).
    static let maximumDepth = 64

    mutating func walk(_ dir: [UInt8], depth: Int, into found: inout [String]) {
        guard depth < Self.maximumDepth else {
            unreadable.append((Self.display(dir), "folder nested more than \(Self.maximumDepth) deep: not walked"))
            return
        }
        guard let handle = opendir(String(decoding: dir, as: UTF8.self)) else {
            unreadable.append((Self.display(dir), "folder cannot be read (\(String(cString: strerror(errno))))"))
            return
        }
        defer { closedir(handle) }
        var entries: [[UInt8]] = []
        while let entry = readdir(handle) {
            let name: [UInt8] = withUnsafeBytes(of: entry.pointee.d_name) { raw in Array(raw.prefix { $0 != 0 }) }
            if name == [0x2E] || name == [0x2E, 0x2E] { continue }
            entries.append(name)
        }
        for name in entries.sorted(by: { $0.lexicographicallyPrecedes($1) }) {
            let path = dir + [0x2F] + name
            guard String(validating: path, as: UTF8.self) != nil else {
                unreadable.append((Self.display(path), "name is not UTF-8 (GBK?); rename it to UTF-8 to convert it"))
                continue
            }
            let p = String(decoding: path, as: UTF8.self)
            var st = stat()
            guard stat(p, &st) == 0 else {
                unreadable.append((p, "cannot be read (\(String(cString: strerror(errno))))"))
                continue
            }
            let type = st.st_mode & S_IFMT
            if name.first == 0x2E {
                passedOver["hidden", default: 0] += 1
                continue
            }
            if type == S_IFDIR {
                var lst = stat()
                // A link to a folder is not followed (loops).
                if lstat(p, &lst) == 0, (lst.st_mode & S_IFMT) == S_IFLNK {
                    passedOver["link to a folder", default: 0] += 1
                    continue
                }
                walk(path, depth: depth + 1, into: &found)
                continue
            }
            guard type == S_IFREG else { passedOver["not a regular file", default: 0] += 1; continue }
            let ext = (p as NSString).pathExtension.lowercased()
            if Self.extensions.contains(ext) { found.append(p); continue }
            if Self.outputExtensions.contains(ext) { passedOver["a batch output", default: 0] += 1; continue }
            switch Self.probe(p) {
            case .input: found.append(p)
            case .other(let why): passedOver[why, default: 0] += 1
            }
        }
    }

    enum Probe { case input, other(String) }

    /// What a file without a report's extension holds, from its first kilobyte.
    static func probe(_ path: String) -> Probe {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return .other("cannot be read") }
        defer { close(fd) }
        var head = [UInt8](repeating: 0, count: 1024)
        let n = head.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        guard n > 0 else { return .other("empty") }
        head.removeLast(head.count - n)
        let marker = Array("%PDF-".utf8)
        if head.count >= marker.count, (0...(head.count - marker.count)).contains(where: { Array(head[$0..<($0 + marker.count)]) == marker }) {
            return .input
        }
        // An image is a page, not a report: the pages of one go together to `nianbao convert`.
        if Nianbao.looksLikeImage(head.prefix(16)) { return .other("an image of a page (convert a report's page images with nianbao convert)") }
        if head.contains(0) { return .other("not a PDF, web page or text") }
        // A text extract or a web page: valid UTF-8 (a cut last character allowed), or GB18030 with
        // Chinese in it, is taken; the converter decides whether it is a report.
        var end = head.count
        while end > 0, end > head.count - 4, head[end - 1] >= 0x80 { end -= 1 }
        if String(validating: head[..<end], as: UTF8.self) != nil { return .input }
        if head.contains(where: { $0 >= 0x81 }) && !head.contains(where: { $0 < 0x09 }) { return .input }
        return .other("not a PDF, web page or text")
    }

    /// A path for messages and records: bytes that are not UTF-8 written as `\xNN`.
    static func display(_ bytes: [UInt8]) -> String {
        var out = ""
        var i = 0
        while i < bytes.count {
            var j = i + 1
            while j <= bytes.count, j - i <= 4 {
                if let s = String(validating: bytes[i..<j], as: UTF8.self) { out += s; break }
                j += 1
            }
            if j <= bytes.count, j - i <= 4 { i = j; continue }
            out += String(format: "\\x%02X", bytes[i])
            i += 1
        }
        return out
    }
}
