/// Decodes rows from extracts that print the labels of several rows first and their values after,
/// in blocks (`pdftotext` in its default reading order): each block is a rectangle of the table,
/// listed row by row, and blocks come in reading order, each starting at the first cell not yet
/// filled (or, when a column header is printed before it, at the first free cell of that column).
///
/// A block of n values can be many rectangles (4 values: 4×1, 2×2, 1×4), so this returns every
/// tiling of the rows' cells by the blocks that fits, honouring column headers printed right
/// before a block (`法律服务机构` / `31` / `3` … starts in that column). The caller keeps a tiling
/// only when it is the one the report's identities confirm; otherwise nothing is placed.
enum ColumnOrderedDecoder {
    /// One way to read the values: per row, per column, the stream index of the value.
    struct Candidate: Equatable {
        var cells: [[Int?]]
        /// True when every block of more than one value was anchored by a column header.
        var anchored: Bool
    }

    /// Limits on the search, so a pathological extract cannot hang the parser.
    static let maxCandidates = 64
    static let maxSteps = 200_000

    static func candidates(rows: [RowTemplate], blocks: [[Int]], headers: [String?], stream: [StreamItem]) -> [Candidate] {
        let widths = rows.map(\.columns.count)
        let total = widths.reduce(0, +)
        guard blocks.map(\.count).reduce(0, +) == total, !blocks.isEmpty else { return [] }
        var filled = widths.map { Array(repeating: Int?.none, count: $0) }
        var found: [Candidate] = []
        var steps = 0
        // Column constraint per block: the key its first value's column must have.
        let constraints: [String?] = headers.map { header in
            guard let header, !header.isEmpty else { return nil }
            var best: (String, Int)? = nil
            for row in rows {
                for col in row.columns {
                    for name in [col.header] + col.aliases {
                        let k = MatchKey.make(name)
                        if header.hasSuffix(k), k.count > (best?.1 ?? 0) { best = (col.key, k.count) }
                    }
                }
            }
            return best?.0
        }

        /// The first free cell in row order, or the first free cell of the column a header names.
        func firstFree(in key: String? = nil) -> (Int, Int)? {
            for r in filled.indices {
                for c in filled[r].indices where filled[r][c] == nil {
                    if key == nil || rows[r].columns[c].key == key { return (r, c) }
                }
            }
            return nil
        }

        func search(_ b: Int, _ anchored: Bool) {
            steps += 1
            if found.count >= maxCandidates || steps > maxSteps { return }
            guard b < blocks.count else {
                if firstFree() == nil { found.append(Candidate(cells: filled, anchored: anchored)) }
                return
            }
            guard let (r, c) = firstFree(in: constraints[b]) else { return }
            let n = blocks[b].count
            for w in 1...n where n % w == 0 {
                let h = n / w
                guard r + h <= rows.count else { continue }
                var fits = true
                for rr in r..<(r + h) {
                    if c + w > widths[rr] { fits = false; break }
                    for cc in c..<(c + w) where filled[rr][cc] != nil { fits = false; break }
                    if !fits { break }
                }
                guard fits else { continue }
                for (i, item) in blocks[b].enumerated() { filled[r + i / w][c + i % w] = item }
                search(b + 1, anchored && (n == 1 || constraints[b] != nil))
                for i in 0..<n { filled[r + i / w][c + i % w] = nil }
            }
        }
        search(0, true)
        return found
    }
}
