import DocumentModel

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
        /// True when every block was anchored by a column header printed before it.
        var anchored: Bool
    }

    /// Group headers that contain a column's name (`法人或其他组织` holds `其他`): never a column.
    static let groupHeaderNames = ["法人或其他组织", "申请人情况", "未经复议直接起诉", "复议后起诉"]

    /// Limits on the search, so a pathological extract cannot hang the parser.
    static let maxCandidates = 512
    static let maxSteps = 1_000_000

    /// Every tiling, or nil when there are more than ``maxCandidates`` (or the search is cut short):
    /// too many readings to choose from with confidence.
    ///
    /// With `rowSum`, a tiling that fills a row whose printed parts do not add up to its printed
    /// total is dropped as soon as the row is full: the identity prunes the search (a source whose
    /// rows do not add up then yields no tiling, and nothing is placed).
    static func candidates(rows: [RowTemplate], blocks: [[Int]], headers: [String?], stream: [StreamItem],
                           rowSum: TableTemplate.RowSum? = nil) -> [Candidate]? {
        let widths = rows.map(\.columns.count)
        let total = widths.reduce(0, +)
        guard blocks.map(\.count).reduce(0, +) == total, !blocks.isEmpty else { return [] }
        var filled = widths.map { Array(repeating: Int?.none, count: $0) }
        var found: [Candidate] = []
        var steps = 0
        // Column constraint per block, from the column headers printed right before it: the block
        // starts in the first of them and, when there are several, is as wide as their number.
        let groupHeaders = Self.groupHeaderNames.map { Array(MatchKey.make($0).unicodeScalars) }
        let headerKeys: [(key: String, name: [Unicode.Scalar])] = rows.flatMap { row in
            row.columns.flatMap { col in ([col.header] + col.aliases).map { (col.key, Array(MatchKey.make($0).unicodeScalars)) } }
        }
        let anchors: [(key: String, width: Int?)?] = headers.map { header in
            guard let header, !header.isEmpty else { return nil }
            let text = Array(header.unicodeScalars)
            // The column headers that end the text, in order: the block starts under the first of
            // them. Read right to left, longest name first, so `法人或其他组织` is not `其他`.
            var found: [String] = []
            var end = text.count
            while end > 0 {
                var best: (String, Int)? = nil
                for (key, name) in headerKeys where name.count > (best?.1 ?? 0) && name.count <= end
                    && Array(text[(end - name.count)..<end]) == name {
                    best = (key, name.count)
                }
                guard let (key, n) = best else { break }
                if let group = groupHeaders.first(where: { $0.count > n && $0.count <= end && Array(text[(end - $0.count)..<end]) == $0 }) {
                    _ = group
                    break
                }
                found.insert(key, at: 0)
                end -= n
            }
            guard let first = found.first else { return nil }
            return (first, found.count > 1 ? found.count : nil)
        }
        let constraints = anchors.map { $0?.key }

        // Column indices of the row identity in each row, and the value of each stream item.
        let sumIndices: [(parts: [Int], total: Int)?] = rows.map { row in
            guard let rowSum else { return nil }
            let parts = rowSum.parts.compactMap { p in row.columns.firstIndex { $0.key == p } }
            guard parts.count == rowSum.parts.count, let t = row.columns.firstIndex(where: { $0.key == rowSum.total }) else { return nil }
            return (parts, t)
        }
        func value(_ item: Int) -> Double? { NumberText.valueNumber(stream[item].text)?.value }
        func rowAddsUp(_ r: Int) -> Bool {
            guard let (parts, t) = sumIndices[r] else { return true }
            let cells = filled[r]
            guard cells.allSatisfy({ $0 != nil }) else { return true }
            var sum = 0.0
            for p in parts { guard let v = value(cells[p]!) else { return true }; sum += v }
            guard let total = value(cells[t]!) else { return true }
            return abs(sum - total) < 1e-6
        }

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
            if found.count > maxCandidates || steps > maxSteps { return }
            guard b < blocks.count else {
                if firstFree() == nil { found.append(Candidate(cells: filled, anchored: anchored)) }
                return
            }
            guard let (r, c) = firstFree(in: constraints[b]) else { return }
            let n = blocks[b].count
            for w in 1...n where n % w == 0 && (anchors[b]?.width == nil || anchors[b]?.width == w) {
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
                if (r..<(r + h)).allSatisfy(rowAddsUp) {
                    search(b + 1, anchored && constraints[b] != nil)
                }
                for i in 0..<n { filled[r + i / w][c + i % w] = nil }
            }
        }
        search(0, true)
        return found.count > maxCandidates || steps > maxSteps ? nil : found
    }
}
