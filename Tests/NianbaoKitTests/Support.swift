import Foundation
import TestSupport
import Synchronization
@testable import NianbaoKit

let repoRoot = Repository.root

/// Every sample input under Samples/, as repository-relative paths, sorted.
func sampleInputs(extensions: Set<String> = ["txt", "pdf", "html"]) -> [String] {
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
func convertSample(_ relative: String, options: ConvertOptions) throws -> Conversion {
    let bytes = [UInt8](try Data(contentsOf: repoRoot.appendingPathComponent(relative)))
    return try Nianbao.convert(bytes: bytes, path: relative, options: options)
}

/// Conversions with the default options, made once per test run: golden, schema and accuracy
/// tests share them (a scanned sample takes seconds to recognise).
private let sampleCache = Mutex<[String: Result<Conversion, any Error>]>([:])

func convertSample(_ relative: String) throws -> Conversion {
    if let cached = sampleCache.withLock({ $0[relative] }) { return try cached.get() }
    let result: Result<Conversion, any Error>
    do {
        result = .success(try convertSample(relative, options: ConvertOptions()))
    } catch {
        result = .failure(error)
    }
    sampleCache.withLock { $0[relative] = result }
    return try result.get()
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
