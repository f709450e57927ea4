/// Digits that OCR confuses with each other in printed Chinese reports, both directions: a serif
/// `3` or `9` read as `8`, `6` as `5`, a pale `0` as `9`. The parser uses them to single out the
/// misread cell of a failed identity; OCR uses them to judge two readings of one cell.
public enum DigitLookAlikes {
    public static let pairs: [Character: Set<Character>] = {
        let pairs: [(Character, Character)] = [("3", "8"), ("8", "9"), ("6", "8"), ("5", "6"), ("5", "8"), ("0", "8"),
                                               ("1", "7"), ("0", "6"), ("0", "9"), ("2", "7"), ("3", "5"), ("5", "9")]
        var out: [Character: Set<Character>] = [:]
        for (a, b) in pairs {
            out[a, default: []].insert(b)
            out[b, default: []].insert(a)
        }
        return out
    }()

    /// True when `a` becomes `b` with exactly one of its characters read as its look-alike.
    public static func oneApart(_ a: String, _ b: String) -> Bool {
        let a = Array(a), b = Array(b)
        guard a.count == b.count else { return false }
        let differing = zip(a, b).filter { $0 != $1 }
        guard differing.count == 1, let (x, y) = differing.first else { return false }
        return pairs[x]?.contains(y) ?? false
    }
}
