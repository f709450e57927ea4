/// A JSON value with exact number text, written with sorted keys.
///
/// The output is written by hand rather than with `JSONEncoder`: numbers must keep the text the
/// source printed (`27.30`, not `27.3`), keys must sort for stable golden files, and this is the
/// hot path of a batch (see Docs/architecture.md).
public indirect enum JSONValue: Hashable, Sendable {
    case null
    case bool(Bool)
    /// A number token, already valid JSON (see ``printedNumber(_:)``).
    case number(String)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

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
        var out = ""
        out.reserveCapacity(4096)
        write(into: &out, indent: nil, level: 0)
        return out
    }

    /// Pretty JSON, two-space indentation.
    public func pretty() -> String {
        var out = ""
        out.reserveCapacity(8192)
        write(into: &out, indent: "  ", level: 0)
        return out
    }

    func write(into out: inout String, indent: String?, level: Int) {
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .number(let n): out += n
        case .string(let s): Self.writeString(s, into: &out)
        case .array(let a):
            if a.isEmpty { out += "[]"; return }
            out += "["
            for (i, v) in a.enumerated() {
                if i > 0 { out += "," }
                newline(&out, indent, level + 1)
                v.write(into: &out, indent: indent, level: level + 1)
            }
            newline(&out, indent, level)
            out += "]"
        case .object(let o):
            if o.isEmpty { out += "{}"; return }
            out += "{"
            for (i, k) in o.keys.sorted().enumerated() {
                if i > 0 { out += "," }
                newline(&out, indent, level + 1)
                Self.writeString(k, into: &out)
                out += indent == nil ? ":" : ": "
                o[k]!.write(into: &out, indent: indent, level: level + 1)
            }
            newline(&out, indent, level)
            out += "}"
        }
    }

    private func newline(_ out: inout String, _ indent: String?, _ level: Int) {
        guard let indent else { return }
        out += "\n"
        for _ in 0..<level { out += indent }
    }

    static func writeString(_ s: String, into out: inout String) {
        out += "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 || u.value == 0x2028 || u.value == 0x2029 {
                    let hex = String(u.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        out += "\""
    }
}
