/// Writes JSON straight into a UTF-8 buffer: objects, arrays, keys and values in order, commas and
/// indentation handled here. Keys must be written in sorted order (checked in debug builds), so the
/// output is stable for golden files and diffs.
///
/// The report is written this way rather than through `JSONEncoder` or an intermediate tree:
/// numbers must keep the text the source printed (`27.30`, not `27.3`), and this is the hot path of
/// whole-process conversions and batches (Docs/performance.md).
public struct JSONWriter {
    public private(set) var bytes: [UInt8] = []
    let pretty: Bool
    /// Per open container: whether it has an element yet.
    private var hasElement: [Bool] = []
    #if DEBUG
    /// Per open container: the last key written, to check the order.
    private var lastKeys: [String?] = []
    #endif
    private var afterKey = false

    public init(pretty: Bool, capacity: Int = 64 * 1024) {
        self.pretty = pretty
        bytes.reserveCapacity(capacity)
    }

    public var string: String { String(decoding: bytes, as: UTF8.self) }

    static let spaces = [UInt8](repeating: 0x20, count: 64)

    private mutating func newline() {
        bytes.append(0x0A)
        let n = hasElement.count * 2
        if n <= Self.spaces.count { bytes.append(contentsOf: Self.spaces[0..<n]) } else { for _ in 0..<n { bytes.append(0x20) } }
    }

    /// Comma and indentation before a value or a key.
    private mutating func element() {
        if afterKey { afterKey = false; return }
        let n = hasElement.count
        if n > 0 {
            if hasElement[n - 1] { bytes.append(0x2C) } else { hasElement[n - 1] = true }
            if pretty { newline() }
        }
    }

    public mutating func beginObject() { element(); bytes.append(0x7B); open() }
    public mutating func beginArray() { element(); bytes.append(0x5B); open() }

    private mutating func open() {
        hasElement.append(false)
        #if DEBUG
        lastKeys.append(nil)
        #endif
    }

    public mutating func endObject() { end(0x7D) }
    public mutating func endArray() { end(0x5D) }

    private mutating func end(_ close: UInt8) {
        let had = hasElement.removeLast()
        #if DEBUG
        lastKeys.removeLast()
        #endif
        if had && pretty { newline() }
        bytes.append(close)
    }

    public mutating func key(_ k: String) {
        #if DEBUG
        precondition(lastKeys.last.map { $0 == nil || $0! < k } ?? false, "key \(k) out of order")
        lastKeys[lastKeys.count - 1] = k
        #endif
        element()
        Self.writeString(k, into: &bytes)
        bytes.append(0x3A)
        if pretty { bytes.append(0x20) }
        afterKey = true
    }

    public mutating func null() { element(); bytes.append(contentsOf: [0x6E, 0x75, 0x6C, 0x6C]) }
    public mutating func bool(_ b: Bool) { element(); bytes.append(contentsOf: b ? Array("true".utf8) : Array("false".utf8)) }
    public mutating func int(_ v: Int) { element(); bytes.append(contentsOf: String(v).utf8) }
    public mutating func string(_ s: String) { element(); Self.writeString(s, into: &bytes) }
    public mutating func string(_ s: String?) { if let s { string(s) } else { null() } }
    public mutating func int(_ v: Int?) { if let v { int(v) } else { null() } }

    /// A number from printed text: leading zeros dropped (`007` → `7`), otherwise as printed.
    public mutating func number(printed: String) {
        element()
        bytes.append(contentsOf: Self.canonicalNumber(printed).utf8)
    }

    /// A number already valid in JSON.
    public mutating func number(raw: String) {
        element()
        bytes.append(contentsOf: raw.utf8)
    }

    /// Writes `key` then `value`.
    public mutating func field(_ key: String, _ value: String?) { self.key(key); string(value) }
    public mutating func field(_ key: String, _ value: Int?) { self.key(key); int(value) }
    public mutating func field(_ key: String, _ value: Bool) { self.key(key); bool(value) }

    static func canonicalNumber(_ printed: String) -> String {
        var s = Substring(printed)
        var sign = ""
        if s.hasPrefix("-") { sign = "-"; s = s.dropFirst() }
        while s.count > 1, s.first == "0", s.dropFirst().first != "." { s = s.dropFirst() }
        if s.hasPrefix(".") { s = "0" + s }
        return sign + s
    }

    static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    static func writeString(_ s: String, into out: inout [UInt8]) {
        out.append(0x22)
        // Most strings need no escaping: copy their UTF-8 whole (scanned as a buffer: the
        // iterator of `utf8` cost 15 instructions a byte).
        var copy = s
        let copied = copy.withUTF8 { buffer -> Bool in
            for b in buffer where b < 0x20 || b == 0x22 || b == 0x5C || b == 0xE2 { return false }
            out.append(contentsOf: buffer)
            return true
        }
        if copied {
            out.append(0x22)
            return
        }
        var utf8 = s.utf8.makeIterator()
        while let b = utf8.next() {
            switch b {
            case 0x22: out.append(0x5C); out.append(0x22)
            case 0x5C: out.append(0x5C); out.append(0x5C)
            case 0x0A: out.append(0x5C); out.append(0x6E)
            case 0x0D: out.append(0x5C); out.append(0x72)
            case 0x09: out.append(0x5C); out.append(0x74)
            case 0x00..<0x20:
                out.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 0xF)]])
            case 0xE2:
                // U+2028 and U+2029 (E2 80 A8/A9) are escaped: valid JSON, but not valid JavaScript.
                var seq: [UInt8] = [b]
                if let b1 = utf8.next() { seq.append(b1) }
                if let b2 = utf8.next() { seq.append(b2) }
                if seq.count == 3 && seq[1] == 0x80 && (seq[2] == 0xA8 || seq[2] == 0xA9) {
                    out.append(contentsOf: Array(seq[2] == 0xA8 ? "\\u2028".utf8 : "\\u2029".utf8))
                } else {
                    out.append(contentsOf: seq)
                }
            default: out.append(b)
            }
        }
        out.append(0x22)
    }
}
