/// The encoding to read a web page in: the one its `<meta charset>` (or `http-equiv`
/// `Content-Type`) declares, with the GB family read as GB18030 (its superset: pages labelled
/// `gb2312` hold GBK characters); without a declaration, UTF-8 when the bytes are valid UTF-8,
/// else GB18030 (the encoding of Chinese pages that declare nothing).
enum HTMLCharset {
    /// The declared charset label in the first 4 KiB, lowercased, if any.
    static func declared(_ bytes: [UInt8]) -> String? {
        let head = bytes.prefix(4096).map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
        let key = Array("charset".utf8)
        var i = 0
        while i + key.count < head.count {
            if Array(head[i..<(i + key.count)]) == key {
                var j = i + key.count
                while j < head.count, head[j] == 0x20 { j += 1 }
                if j < head.count, head[j] == UInt8(ascii: "=") {
                    j += 1
                    while j < head.count, head[j] == 0x20 || head[j] == 0x22 || head[j] == 0x27 { j += 1 }
                    var label: [UInt8] = []
                    while j < head.count, label.count < 40 {
                        let c = head[j]
                        let ok = (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39) || c == UInt8(ascii: "-") || c == UInt8(ascii: "_")
                        if !ok { break }
                        label.append(c)
                        j += 1
                    }
                    if !label.isEmpty { return String(decoding: label, as: UTF8.self) }
                }
            }
            i += 1
        }
        return nil
    }

    /// The iconv name to parse with and the name reported in the output (`utf-8`, `gb18030`).
    static func choose(_ bytes: [UInt8]) throws(HTMLProblem) -> (iconv: String, reported: String) {
        let label = declared(bytes)
        switch label {
        case "utf-8", "utf8":
            return ("UTF-8", "utf-8")
        case "gb2312", "gbk", "gb18030", "x-gbk", "cp936", "euc-cn", "x-euc-cn", "csgb2312", "chinese", "iso-ir-58":
            return ("GB18030", "gb18030")
        case nil:
            return isUTF8(bytes) ? ("UTF-8", "utf-8") : ("GB18030", "gb18030")
        case let other?:
            if other == "iso-8859-1" || other == "us-ascii" || other == "windows-1252" {
                // Mislabelled Chinese pages are common; Latin-1 pages are not reports.
                return isUTF8(bytes) ? ("UTF-8", "utf-8") : ("GB18030", "gb18030")
            }
            throw .unsupportedEncoding(other)
        }
    }

    static func isUTF8(_ bytes: [UInt8]) -> Bool {
        var it = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&it) {
            case .scalarValue: continue
            case .emptyInput: return true
            case .error: return false
            }
        }
    }
}
