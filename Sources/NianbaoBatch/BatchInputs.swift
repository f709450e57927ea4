import Foundation

/// The files a batch converts: files named on the command line (whatever their extension), and
/// under named folders, recursively, every `.pdf`, `.txt`, `.html` and `.htm`. Sorted, each once.
public struct BatchInputs: Sendable {
    public var files: [String] = []
    /// Inputs named on the command line that do not exist: each becomes an error record.
    public var missing: [String] = []

    public static let extensions: Set<String> = ["pdf", "txt", "html", "htm"]

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
            guard let walker = fm.enumerator(atPath: arg) else { continue }
            var found: [String] = []
            while let rel = walker.nextObject() as? String {
                guard extensions.contains((rel as NSString).pathExtension.lowercased()) else { continue }
                let path = base + "/" + rel
                var sub: ObjCBool = false
                if fm.fileExists(atPath: path, isDirectory: &sub), !sub.boolValue { found.append(path) }
            }
            for path in found.sorted() where seen.insert(path).inserted { inputs.files.append(path) }
        }
        inputs.files.sort()
        inputs.missing.sort()
        return inputs
    }
}
