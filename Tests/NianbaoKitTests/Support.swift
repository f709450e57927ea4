import Foundation
@testable import NianbaoKit

let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// Every sample input under Samples/, as repository-relative paths, sorted.
func sampleInputs(extensions: Set<String> = ["txt", "pdf"]) -> [String] {
    let base = repoRoot.appendingPathComponent("Samples")
    guard let e = FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil) else { return [] }
    var out: [String] = []
    for case let url as URL in e where extensions.contains(url.pathExtension) {
        let rel = String(url.path.dropFirst(repoRoot.path.count + 1))
        if rel.hasPrefix("Samples/expected/") || rel.hasPrefix("Samples/tools/") { continue }
        out.append(rel)
    }
    return out.sorted()
}

/// Converts a repository-relative sample, naming it by its relative path (stable in goldens).
func convertSample(_ relative: String, options: ConvertOptions = .init()) throws -> Conversion {
    let bytes = [UInt8](try Data(contentsOf: repoRoot.appendingPathComponent(relative)))
    return try Nianbao.convert(bytes: bytes, path: relative, options: options)
}

func jsonObject(_ text: String) throws -> Any {
    try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
}

/// truth.json beside a sample: path → number (nil for a cell printed blank).
func truth(for relative: String) throws -> [String: Double?]? {
    let dir = repoRoot.appendingPathComponent(relative).deletingLastPathComponent()
    let url = dir.appendingPathComponent("truth.json")
    guard FileManager.default.fileExists(atPath: url.path) else { return nil }
    let obj = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [String: Any]
    let paths = obj["paths"] as! [String: Any]
    return paths.mapValues { ($0 as? NSNumber)?.doubleValue }
}
