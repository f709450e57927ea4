import CFuzzDriver
#if canImport(Glibc)
import Glibc
#endif
import NianbaoKit

/// libFuzzer target for the text path: decode, read, normalize, parse, encode (`make fuzz`).
/// Inputs that look like PDFs are left to the PDF target.
func fuzzText(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let data else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    if bytes.starts(with: Array("%PDF".utf8)) { return 0 }
    var options = ConvertOptions()
    options.maxFileSize = 1 << 20
    if let c = try? Nianbao.convert(bytes: bytes, path: "fuzz.txt", options: options) {
        _ = ReportJSON.encodeBytes(c, pretty: false)
    }
    return 0
}

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzText(data, size) })
