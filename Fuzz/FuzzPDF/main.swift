import CFuzzDriver
#if canImport(Glibc)
import Glibc
#endif
import NianbaoKit
import PDFExtraction

/// libFuzzer target for the PDF path: poppler's text layer through our C interop, layout,
/// normalization, parsing (`make fuzz`). OCR is off: it would fuzz tesseract, slowly.
func fuzzPDF(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let data else { return 0 }
    var bytes = Array("%PDF-".utf8)
    let input = UnsafeBufferPointer(start: data, count: size)
    bytes += input.starts(with: bytes) ? Array(input.dropFirst(5)) : Array(input)
    var options = ConvertOptions()
    options.ocr.mode = .never
    options.maxPages = 50
    if let c = try? Nianbao.convert(bytes: bytes, path: "fuzz.pdf", options: options) {
        _ = ReportJSON.encodeBytes(c, pretty: false)
    }
    return 0
}

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzPDF(data, size) })
