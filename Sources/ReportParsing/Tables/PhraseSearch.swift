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

    /// Offset of the last occurrence of `pattern` in `text` allowing other characters between its
    /// characters: at most `maxGap` at a time and `maxTotal` in all. Wrapped labels interleave with
    /// the fragments of a vertical group label (`申请人无正` `）其` `当理由…`). Returns the offset of
    /// the match's first character.
    static func lastGappedOffset(of pattern: [Unicode.Scalar], in text: [Unicode.Scalar], maxGap: Int = 2, maxTotal: Int = 4) -> Int? {
        guard let first = pattern.first, pattern.count <= text.count else { return nil }
        var start = text.count - 1
        while start >= 0 {
            if text[start] == first {
                var i = start + 1, j = 1, total = 0, gap = 0
                while j < pattern.count && i < text.count {
                    if text[i] == pattern[j] {
                        j += 1
                        gap = 0
                    } else {
                        gap += 1
                        total += 1
                        if gap > maxGap || total > maxTotal { break }
                    }
                    i += 1
                }
                if j == pattern.count { return start }
            }
            start -= 1
        }
        return nil
    }

    /// Offset of the last place where `pattern` occurs in `text` with at most `maxSubstitutions`
    /// characters read wrong (OCR: `了政强制` for `行政强制`), or nil.
    static func lastApproximateOffset(of pattern: [Unicode.Scalar], in text: [Unicode.Scalar], maxSubstitutions: Int) -> Int? {
        let n = text.count, m = pattern.count
        guard m > 0, m <= n else { return nil }
        var i = n - m
        while i >= 0 {
            var wrong = 0, j = 0
            while j < m && wrong <= maxSubstitutions {
                if text[i + j] != pattern[j] { wrong += 1 }
                j += 1
            }
            if wrong <= maxSubstitutions { return i }
            i -= 1
        }
        return nil
    }

    static func contains(_ text: [Unicode.Scalar], _ pattern: [Unicode.Scalar]) -> Bool {
        lastOffset(of: pattern, in: text) != nil
    }
}
