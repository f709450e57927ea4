#if canImport(Glibc)
import Glibc
#endif
import DocumentModel

/// Detects the encoding of a text extract and decodes it.
///
/// Order: byte-order marks; strict UTF-8; then UTF-16 (either byte order) and GB18030 ranked by how
/// plausible the decoded text is for a Chinese report. NUL bytes outside UTF-16 mean binary data.
public enum TextDecoder {
    /// Minimum share of plausible characters (Han, ASCII printable, CJK punctuation, whitespace)
    /// for a decoding without a byte-order mark to be accepted.
    public static let minimumPlausibility = 0.9

    /// Maximum share of control characters in a decoded text before it is called binary.
    public static let maximumControlShare = 0.02

    /// Decodes `bytes`, returning the text (line ends as found) and the encoding.
    public static func decode(_ bytes: [UInt8]) throws(TextInputProblem) -> (text: String, encoding: TextEncoding) {
        if bytes.isEmpty { throw .empty }
        let result: (String, TextEncoding)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            guard let s = strictUTF8(bytes[3...]) else { throw classifyFailure(bytes) }
            result = (s, .utf8BOM)
        } else if bytes.starts(with: [0xFF, 0xFE]) {
            result = (utf16(bytes[2...], littleEndian: true), .utf16LE)
        } else if bytes.starts(with: [0xFE, 0xFF]) {
            result = (utf16(bytes[2...], littleEndian: false), .utf16BE)
        } else if let s = strictUTF8(bytes[...]) {
            if s.unicodeScalars.contains(where: { $0.value == 0 }) {
                guard let u = bestUTF16(bytes) else { throw .binary }
                result = u
            } else {
                result = (s, .utf8)
            }
        } else if let u = bestUTF16(bytes) {
            result = u
        } else if isStructurallyGB18030(bytes), let s = GB18030.decode(bytes),
                  plausibility(s) >= minimumPlausibility {
            result = (s, .gb18030)
        } else {
            throw classifyFailure(bytes)
        }
        try checkText(result.0)
        return result
    }


    static func strictUTF8(_ bytes: ArraySlice<UInt8>) -> String? {
        var it = bytes.makeIterator()
        var decoder = UTF8()
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(bytes.count)
        while true {
            switch decoder.decode(&it) {
            case .scalarValue(let s): scalars.append(s)
            case .emptyInput: return String(scalars)
            case .error: return nil
            }
        }
    }

    static func utf16(_ bytes: ArraySlice<UInt8>, littleEndian: Bool) -> String {
        var units = [UInt16]()
        units.reserveCapacity(bytes.count / 2)
        var i = bytes.startIndex
        while i + 1 < bytes.endIndex {
            let a = UInt16(bytes[i]), b = UInt16(bytes[i + 1])
            units.append(littleEndian ? (b << 8 | a) : (a << 8 | b))
            i += 2
        }
        return String(decoding: units, as: UTF16.self)
    }

    /// UTF-16 without a byte-order mark: accepted when one byte order decodes to plausible text.
    static func bestUTF16(_ bytes: [UInt8]) -> (String, TextEncoding)? {
        guard bytes.count >= 4, bytes.count % 2 == 0 else { return nil }
        var best: (String, TextEncoding, Double)?
        for le in [true, false] {
            let s = utf16(bytes[...], littleEndian: le)
            if s.unicodeScalars.contains(where: { $0.value == 0 }) { continue }
            let p = plausibility(s)
            if p >= minimumPlausibility, p > (best?.2 ?? 0) { best = (s, le ? .utf16LE : .utf16BE, p) }
        }
        return best.map { ($0.0, $0.1) }
    }

    /// Valid GB18030 byte structure: ASCII, two-byte (81–FE, 40–7E/80–FE) or four-byte sequences.
    static func isStructurallyGB18030(_ b: [UInt8]) -> Bool {
        var i = 0
        let n = b.count
        while i < n {
            let c = b[i]
            if c < 0x80 {
                if c == 0 { return false }
                i += 1
            } else if c >= 0x81 && c <= 0xFE, i + 1 < n {
                let d = b[i + 1]
                if (d >= 0x40 && d <= 0x7E) || (d >= 0x80 && d <= 0xFE) {
                    i += 2
                } else if d >= 0x30 && d <= 0x39, i + 3 < n,
                          b[i + 2] >= 0x81 && b[i + 2] <= 0xFE, b[i + 3] >= 0x30 && b[i + 3] <= 0x39 {
                    i += 4
                } else {
                    return false
                }
            } else {
                return false
            }
        }
        return true
    }

    /// Share of characters that are plausible in a Chinese report.
    static func plausibility(_ s: String) -> Double {
        var good = 0, total = 0
        for u in s.unicodeScalars {
            total += 1
            let v = u.value
            if (0x20...0x7E).contains(v) || v == 0x0A || v == 0x0D || v == 0x09 || v == 0x0C
                || (0x4E00...0x9FA5).contains(v) || ScalarClass.isCJKPunctuation(u)
                || (0xFF10...0xFF5A).contains(v) || v == 0x3000 || (0x2460...0x24FF).contains(v) {
                good += 1
            }
        }
        return total == 0 ? 0 : Double(good) / Double(total)
    }

    /// After decoding: whitespace only is empty, NULs or many control characters are binary.
    static func checkText(_ s: String) throws(TextInputProblem) {
        var controls = 0, total = 0, visible = 0
        for u in s.unicodeScalars {
            total += 1
            let v = u.value
            if v == 0 { throw .binary }
            if v < 0x20 && v != 0x0A && v != 0x0D && v != 0x09 && v != 0x0C { controls += 1 }
            if v == 0xFFFD { controls += 1 }
            if !ScalarClass.isHorizontalSpace(u) && v != 0x0A && v != 0x0D && v != 0x0C { visible += 1 }
        }
        if visible == 0 { throw .empty }
        if Double(controls) / Double(max(total, 1)) > maximumControlShare { throw .binary }
    }

    /// Bytes that decode as nothing: binary when they hold NULs or many control bytes.
    static func classifyFailure(_ bytes: [UInt8]) -> TextInputProblem {
        var controls = 0
        for b in bytes where b < 0x20 && b != 0x0A && b != 0x0D && b != 0x09 && b != 0x0C { controls += 1 }
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) { return .empty }
        return Double(controls) / Double(bytes.count) > maximumControlShare ? .binary : .unknownEncoding
    }
}

/// GB18030 (a superset of GBK and GB2312) to Unicode through the C library's iconv.
enum GB18030 {
    /// The decoded text, or nil when iconv rejects the bytes.
    static func decode(_ bytes: [UInt8]) -> String? {
        let cd = iconv_open("UTF-8", "GB18030")
        guard cd != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(cd) }
        var input = bytes
        var output = [UInt8](repeating: 0, count: bytes.count * 2 + 16)
        let produced: Int? = input.withUnsafeMutableBytes { inRaw in
            output.withUnsafeMutableBytes { outRaw in
                var inPtr = inRaw.baseAddress?.assumingMemoryBound(to: CChar.self)
                var inLeft = inRaw.count
                var outPtr = outRaw.baseAddress?.assumingMemoryBound(to: CChar.self)
                var outLeft = outRaw.count
                let r = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft)
                guard r != -1, inLeft == 0 else { return nil }
                return outRaw.count - outLeft
            }
        }
        guard let produced else { return nil }
        return String(decoding: output[0..<produced], as: UTF8.self)
    }
}
