/// Substring search over Unicode scalars, for short texts (labels of a few dozen characters).
enum PhraseSearch {
    /// Offset of the last occurrence of `pattern` in `text`, or nil.
    static func lastOffset(of pattern: [Unicode.Scalar], in text: [Unicode.Scalar]) -> Int? {
        let n = text.count, m = pattern.count
        guard m > 0, m <= n else { return nil }
        var i = n - m
        while i >= 0 {
            var j = 0
            while j < m && text[i + j] == pattern[j] { j += 1 }
            if j == m { return i }
            i -= 1
        }
        return nil
    }

    static func contains(_ text: [Unicode.Scalar], _ pattern: [Unicode.Scalar]) -> Bool {
        lastOffset(of: pattern, in: text) != nil
    }
}
