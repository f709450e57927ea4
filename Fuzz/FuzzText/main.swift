import NianbaoKit

/// libFuzzer target for the text path: decode, read, normalize, parse, encode (`make fuzz`).
/// Inputs that look like PDFs are left to the PDF target.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzText(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    if bytes.starts(with: Array("%PDF".utf8)) { return 0 }
    var options = ConvertOptions()
    options.maxFileSize = 1 << 20
    if let c = try? Nianbao.convert(bytes: bytes, path: "fuzz.txt", options: options) {
        _ = ReportJSON.encodeBytes(c, pretty: false)
    }
    return 0
}
