/// One member of a JSON object.
public struct JSONMember: Hashable, Sendable {
    public let key: String
    public let value: JSONValue
}

/// A JSON value with exact number text, written with sorted keys.
///
/// The output is written by hand rather than with `JSONEncoder`: numbers must keep the text the
/// source printed (`27.30`, not `27.3`), keys must sort for stable golden files, and this is the
/// hot path of a batch (see Docs/architecture.md). Writing goes to a UTF-8 byte buffer.
public indirect enum JSONValue: Hashable, Sendable {
    case null
    case bool(Bool)
    /// A number token, already valid JSON (see ``printedNumber(_:)``).
    case number(String)
    case string(String)
    case array([JSONValue])
    /// An object's members, sorted by key (build with ``object(_:)`` or ``sorted(_:)``).
    case members([JSONMember])

    /// An object from a dictionary; members are sorted by key.
    public static func object(_ dict: [String: JSONValue]) -> JSONValue {
        .members(dict.map { JSONMember(key: $0.key, value: $0.value) }.sorted { $0.key < $1.key })
    }

    /// An object from members already in key order (checked in debug builds). Cheaper than
    /// ``object(_:)`` on hot paths.
    public static func sorted(_ members: KeyValuePairs<String, JSONValue>) -> JSONValue {
        let m = members.map { JSONMember(key: $0.key, value: $0.value) }
        assert(zip(m, m.dropFirst()).allSatisfy { $0.key < $1.key }, "members out of order")
        return .members(m)
    }

    /// A number token from printed text: leading zeros dropped (`007` → `7`), otherwise as printed.
    public static func printedNumber(_ printed: String) -> JSONValue {
        var s = Substring(printed)
        var sign = ""
        if s.hasPrefix("-") { sign = "-"; s = s.dropFirst() }
        while s.count > 1, s.first == "0", s.dropFirst().first != "." { s = s.dropFirst() }
        if s.hasPrefix(".") { s = "0" + s }
        return .number(sign + s)
    }

    public static func int(_ v: Int) -> JSONValue { .number(String(v)) }

    public static func optional(_ s: String?) -> JSONValue { s.map(JSONValue.string) ?? .null }

    /// Compact JSON on one line.
    public func serialized() -> String {
        var out: [UInt8] = []
        out.reserveCapacity(64 * 1024)
        write(into: &out, pretty: false, level: 0)
        return String(decoding: out, as: UTF8.self)
    }

    /// Pretty JSON, two-space indentation.
    public func pretty() -> String {
        var out: [UInt8] = []
        out.reserveCapacity(128 * 1024)
        write(into: &out, pretty: true, level: 0)
        return String(decoding: out, as: UTF8.self)
    }

    func write(into out: inout [UInt8], pretty: Bool, level: Int) {
        switch self {
        case .null: out.append(contentsOf: [0x6E, 0x75, 0x6C, 0x6C])
        case .bool(let b): out.append(contentsOf: b ? Array("true".utf8) : Array("false".utf8))
        case .number(let n): out.append(contentsOf: n.utf8)
        case .string(let s): Self.writeString(s, into: &out)
        case .array(let a):
            if a.isEmpty { out.append(0x5B); out.append(0x5D); return }
            out.append(0x5B)
            for (i, v) in a.enumerated() {
                if i > 0 { out.append(0x2C) }
                if pretty { Self.newline(&out, level + 1) }
                v.write(into: &out, pretty: pretty, level: level + 1)
            }
            if pretty { Self.newline(&out, level) }
            out.append(0x5D)
        case .members(let m):
            if m.isEmpty { out.append(0x7B); out.append(0x7D); return }
            out.append(0x7B)
            for (i, member) in m.enumerated() {
                if i > 0 { out.append(0x2C) }
                if pretty { Self.newline(&out, level + 1) }
                Self.writeString(member.key, into: &out)
                out.append(0x3A)
                if pretty { out.append(0x20) }
                member.value.write(into: &out, pretty: pretty, level: level + 1)
            }
            if pretty { Self.newline(&out, level) }
            out.append(0x7D)
        }
    }

    private static func newline(_ out: inout [UInt8], _ level: Int) {
        out.append(0x0A)
        for _ in 0..<(level * 2) { out.append(0x20) }
    }

    static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    static func writeString(_ s: String, into out: inout [UInt8]) {
        out.append(0x22)
        var utf8 = s.utf8.makeIterator()
        var pending: [UInt8] = []   // bytes of a multi-byte sequence (for U+2028/U+2029)
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
                pending = [b]
                if let b1 = utf8.next() { pending.append(b1) }
                if let b2 = utf8.next() { pending.append(b2) }
                if pending.count == 3 && pending[1] == 0x80 && (pending[2] == 0xA8 || pending[2] == 0xA9) {
                    out.append(contentsOf: Array(pending[2] == 0xA8 ? "\\u2028".utf8 : "\\u2029".utf8))
                } else {
                    out.append(contentsOf: pending)
                }
            default: out.append(b)
            }
        }
        out.append(0x22)
    }
}
