import Foundation

/// A small JSON Schema (2020-12) validator for the keywords Docs/report.schema.json uses:
/// type, const, enum, properties, required, additionalProperties, items, minItems, maxItems,
/// minimum, maximum, pattern, oneOf, $ref to #/$defs.
struct SchemaValidator {
    let root: [String: Any]

    init(schemaAt url: URL) throws {
        root = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [String: Any]
    }

    /// Problems found, as "path: message"; empty when the instance is valid.
    func validate(_ instance: Any) -> [String] {
        var errors: [String] = []
        check(instance, against: root, at: "$", errors: &errors)
        return errors
    }

    static func isBool(_ v: Any) -> Bool { String(describing: type(of: v)).contains("Boolean") }

    func typeMatches(_ v: Any, _ t: String) -> Bool {
        switch t {
        case "null": return v is NSNull
        case "boolean": return Self.isBool(v)
        case "object": return v is [String: Any]
        case "array": return v is [Any]
        case "string": return v is String
        case "number": return v is NSNumber && !Self.isBool(v)
        case "integer":
            guard let n = v as? NSNumber, !Self.isBool(v) else { return false }
            return n.doubleValue == n.doubleValue.rounded()
        default: return false
        }
    }

    func equal(_ a: Any, _ b: Any) -> Bool {
        if a is NSNull && b is NSNull { return true }
        if let x = a as? String, let y = b as? String { return x == y }
        if let x = a as? NSNumber, let y = b as? NSNumber, !Self.isBool(a), !Self.isBool(b) { return x.doubleValue == y.doubleValue }
        if Self.isBool(a) && Self.isBool(b) { return (a as! Bool) == (b as! Bool) }
        return false
    }

    func check(_ v: Any, against s: [String: Any], at path: String, errors: inout [String]) {
        if let ref = s["$ref"] as? String {
            let name = String(ref.dropFirst("#/$defs/".count))
            let defs = root["$defs"] as! [String: Any]
            check(v, against: defs[name] as! [String: Any], at: path, errors: &errors)
            return
        }
        if let t = s["type"] {
            let types = (t as? [String]) ?? [t as! String]
            if !types.contains(where: { typeMatches(v, $0) }) { errors.append("\(path): expected \(types)"); return }
        }
        if let c = s["const"], !equal(v, c) { errors.append("\(path): expected const \(c)") }
        if let e = s["enum"] as? [Any], !e.contains(where: { equal(v, $0) }) { errors.append("\(path): \(v) not in enum") }
        if let p = s["pattern"] as? String, let str = v as? String {
            let re = try! NSRegularExpression(pattern: p)
            if re.firstMatch(in: str, range: NSRange(str.startIndex..., in: str)) == nil { errors.append("\(path): \(str) !~ \(p)") }
        }
        if let n = v as? NSNumber, !Self.isBool(v) {
            if let m = s["minimum"] as? NSNumber, n.doubleValue < m.doubleValue { errors.append("\(path): below minimum") }
            if let m = s["maximum"] as? NSNumber, n.doubleValue > m.doubleValue { errors.append("\(path): above maximum") }
        }
        if let one = s["oneOf"] as? [[String: Any]] {
            let matching = one.filter { sub in var e: [String] = []; check(v, against: sub, at: path, errors: &e); return e.isEmpty }
            if matching.count != 1 { errors.append("\(path): matches \(matching.count) of oneOf") }
        }
        if let o = v as? [String: Any] {
            let props = s["properties"] as? [String: Any] ?? [:]
            for r in s["required"] as? [String] ?? [] where o[r] == nil { errors.append("\(path): missing \(r)") }
            for (k, value) in o {
                if let ps = props[k] as? [String: Any] {
                    check(value, against: ps, at: "\(path).\(k)", errors: &errors)
                } else if let ap = s["additionalProperties"] {
                    if let allowed = ap as? Bool, !allowed, !(ap is [String: Any]) {
                        errors.append("\(path): unexpected property \(k)")
                    } else if let aps = ap as? [String: Any] {
                        check(value, against: aps, at: "\(path).\(k)", errors: &errors)
                    }
                }
            }
        }
        if let a = v as? [Any] {
            if let m = s["minItems"] as? Int, a.count < m { errors.append("\(path): fewer than \(m) items") }
            if let m = s["maxItems"] as? Int, a.count > m { errors.append("\(path): more than \(m) items") }
            if let items = s["items"] as? [String: Any] {
                for (i, x) in a.enumerated() { check(x, against: items, at: "\(path)[\(i)]", errors: &errors) }
            }
        }
    }
}
