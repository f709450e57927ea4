import Foundation
import DocumentModel
import TextInput
import TextNormalization
import ReportParsing
import NianbaoKit
import PDFExtraction

// Benchmarks for `make bench` (release build). Figures are wall-clock medians over repeated runs
// in one process; see Docs/performance.md for the method and how to compare against baselines.

func median(_ xs: [Double]) -> Double {
    let s = xs.sorted()
    return s.isEmpty ? 0 : s[s.count / 2]
}

func milliseconds(_ d: Duration) -> Double {
    Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) / 1e15
}

let args = CommandLine.arguments.dropFirst()
let root = args.first ?? "Samples"
let rounds = Int(ProcessInfo.processInfo.environment["BENCH_ROUNDS"] ?? "") ?? 30

var inputs: [(String, [UInt8])] = []
if let e = FileManager.default.enumerator(atPath: root) {
    for case let rel as String in e where rel.hasSuffix(".txt") && !rel.hasPrefix("expected") && !rel.contains("README") {
        let path = root + "/" + rel
        if let d = FileManager.default.contents(atPath: path) { inputs.append((path, [UInt8](d))) }
    }
}
inputs.sort { $0.0 < $1.0 }
guard !inputs.isEmpty else {
    FileHandle.standardError.write(Data("no .txt samples under \(root)\n".utf8))
    exit(2)
}

let options = ConvertOptions()
let clock = ContinuousClock()
var read: [Double] = [], normalize: [Double] = [], parse: [Double] = [], encode: [Double] = [], total: [Double] = []
for _ in 0..<rounds {
    for (path, bytes) in inputs {
        let t0 = clock.now
        let (text, enc) = try! TextDecoder.decode(bytes)
        let doc = try! ExtractReader.read(text, path: path, encoding: enc)
        let t1 = clock.now
        let clean = Normalizer(options: options.normalization).normalize(doc)
        let t2 = clock.now
        let report = ReportParser().parse(clean)
        let t3 = clock.now
        let json = ReportJSON.encode(Conversion(document: doc, clean: clean, report: report), pretty: false)
        let t4 = clock.now
        precondition(!json.isEmpty)
        read.append(milliseconds(t1 - t0))
        normalize.append(milliseconds(t2 - t1))
        parse.append(milliseconds(t3 - t2))
        encode.append(milliseconds(t4 - t3))
        total.append(milliseconds(t4 - t0))
    }
}
let np = zip(normalize, parse).map { $0 + $1 }
print("text extracts: \(inputs.count) inputs × \(rounds) rounds (median per report, ms)")
print(String(format: "  read+decode %.3f  normalize %.3f  parse %.3f  normalize+parse %.3f  encode JSON %.3f  total %.3f",
             median(read), median(normalize), median(parse), median(np), median(encode), median(total)))
print(String(format: "  normalize+parse worst input: %.3f ms (target < 5 ms)", np.max() ?? 0))
let perSecond = 1000 / median(total)
print(String(format: "  throughput (one core, in process): %.0f reports/s", perSecond))

// PDFs: the same stages with poppler's text layer as the reader.
var pdfs: [String] = []
if let e = FileManager.default.enumerator(atPath: root) {
    for case let rel as String in e where rel.hasSuffix(".pdf") && !rel.contains("scanned") { pdfs.append(root + "/" + rel) }
}
pdfs.sort()
if !pdfs.isEmpty {
    var pRead: [Double] = [], pNorm: [Double] = [], pParse: [Double] = [], pEnc: [Double] = [], pTotal: [Double] = [], pages = 0
    for _ in 0..<rounds {
        for path in pdfs {
            let t0 = clock.now
            let doc = try! PDFExtractor.read(path: path, sha256: nil)
            let t1 = clock.now
            let clean = Normalizer(options: options.normalization).normalize(doc)
            let t2 = clock.now
            let report = ReportParser().parse(clean)
            let t3 = clock.now
            let json = ReportJSON.encode(Conversion(document: doc, clean: clean, report: report), pretty: true)
            let t4 = clock.now
            precondition(!json.isEmpty)
            pages += doc.pages.count
            pRead.append(milliseconds(t1 - t0)); pNorm.append(milliseconds(t2 - t1)); pParse.append(milliseconds(t3 - t2))
            pEnc.append(milliseconds(t4 - t3)); pTotal.append(milliseconds(t4 - t0))
        }
    }
    let pagesPerReport = Double(pages) / Double(rounds * pdfs.count)
    print("PDFs: \(pdfs.count) reports (\(String(format: "%.1f", pagesPerReport)) pages on average) × \(rounds) rounds (median per report, ms)")
    print(String(format: "  poppler text layer %.3f  normalize %.3f  parse %.3f  encode JSON %.3f  total %.3f",
                 median(pRead), median(pNorm), median(pParse), median(pEnc), median(pTotal)))
    print(String(format: "  in-process throughput, one core: %.0f reports/s (target ≥ 40)", 1000 / median(pTotal)))
}
