import DocumentModel

/// Rules a scan lost inside a row of values. Where text touches a table's vertical rule on both
/// sides (a label running into its first value, two values side by side in a cramped column of a
/// Chromium print), the rule is not found in that row, and the row's cell runs over two or more
/// columns: `二、上年结转政府信息公开申请数量118`, `60 6o`. The other rows of the table do draw
/// those columns. A cell is cut at such a column edge when the edge lies in the table's value
/// columns, no word of the cell crosses it, its parts in the value columns hold a number or
/// nothing, and a number lies beyond the first edge: the values then keep the columns their
/// positions give them. Header cells that span value columns (`法人或其他组织`) hold text, not
/// numbers, and are left whole.
///
/// A number that the cell's reading dropped counts too (`inked`): a label on two lines with its
/// row's first value beside it, between the lines, read as one block gave the label and no `0`.
extension OCRPageReader {
    /// For each cell to cut, the edges (page pixels, left to right) to cut it at. `inked`: whether
    /// a part of a cell (its cell, and the part's left and right) holds ink, read or not.
    static func cutsAtMissingRules(_ grid: TableGrid, texts: [CellText], words: [[OCRWord]], tolerance: Int,
                                   inked: (TableGrid.Cell, Int, Int) -> Bool = { _, _, _ in false }) -> [(cell: Int, edges: [Int])] {
        let edges = columnEdges(grid, tolerance: tolerance)
        guard edges.count >= 3 else { return [] }
        // Value columns: between two edges, cells that fill that column alone and mostly read as
        // numbers. The value area runs from the left edge of the first to the table's right.
        func alone(_ c: TableGrid.Cell, _ a: Int, _ b: Int) -> Bool { abs(c.x0 - a) <= tolerance && abs(c.x1 - b) <= tolerance }
        var firstValueEdge: Int?
        for (a, b) in zip(edges, edges.dropFirst()) {
            let inColumn = grid.cells.indices.filter { alone(grid.cells[$0], a, b) && texts[$0].inked }
            let numbers = inColumn.filter { readsAsNumber(texts[$0].text) }.count
            if numbers >= 2 && 2 * numbers >= inColumn.count { firstValueEdge = a; break }
        }
        guard let start = firstValueEdge else { return [] }
        let valueEdges = edges.filter { $0 >= start && $0 < grid.right - tolerance }

        var cuts: [(cell: Int, edges: [Int])] = []
        for (i, cell) in grid.cells.enumerated() where cell.firstBand == cell.lastBand && !words[i].isEmpty {
            let inside = valueEdges.filter { $0 > cell.x0 + tolerance && $0 < cell.x1 - tolerance }
            // Edges no word crosses. A word reaching past an edge by `tolerance` or less, with
            // no digit at that end, to where another word of the cell lies, does not: text
            // touched the rule from both sides, and the rule was read with one of them (`事项`
            // reaching past it before `(0`, `I0` after a `0`). A digit there may be the number's
            // own (`118` for a box's side and `18`: left whole).
            func crosses(_ w: OCRWord, _ e: Int) -> Bool {
                guard w.left < e && w.right > e else { return false }
                let others = words[i].filter { $0.left != w.left || $0.right != w.right }.map { ($0.left + $0.right) / 2 }
                let scalars = w.text.unicodeScalars
                if e - w.left <= tolerance, let first = scalars.first, !ScalarClass.isASCIIDigit(first),
                   others.contains(where: { $0 < e }) { return false }
                if w.right - e <= tolerance, let last = scalars.last, !ScalarClass.isASCIIDigit(last),
                   others.contains(where: { $0 > e }) { return false }
                return true
            }
            let open = inside.filter { e in !words[i].contains { crosses($0, e) } }
            guard !open.isEmpty else { continue }
            let bounds = [cell.x0] + open + [cell.x1]
            let parts = zip(bounds, bounds.dropFirst()).map { a, b in
                joined(words[i].filter { ($0.left + $0.right) / 2 >= a && ($0.left + $0.right) / 2 < b }.sorted { $0.left < $1.left })
            }
            // A part in the value area holds a number (perhaps misread: `6o`; each part is read
            // again alone) or nothing; the first may be the row's label when the cell starts left
            // of the value area. At least one number is set apart.
            let firstInValues = cell.x0 >= start - tolerance
            let later = parts.dropFirst()
            let setApart = later.indices.contains { k in !parts[k].isEmpty || inked(cell, bounds[k], bounds[k + 1]) }
            guard later.allSatisfy({ $0.isEmpty || looksNumeric($0) }), setApart,
                  !firstInValues || parts[0].isEmpty || looksNumeric(parts[0]) else { continue }
            cuts.append((i, open))
        }
        return cuts
    }

    /// Cells holding two or more numbers side by side on one line, a number's height or more
    /// apart (`0 0 0`, also `1 o` where one of them was misread as letters): a cell holds one
    /// number, so these are cells whose rules the scan lost in every row (section 四's one row
    /// under headers that lost them too, where no other row draws the columns). Cut midway
    /// between the numbers; each part is read alone. A cell over several bands (a light row rule
    /// lost too: `0 0 6` over `0 0 0`) is cut when each of its lines lies in a band of its own
    /// and every line has as many numbers, the gaps between them in the same places. Numbers
    /// stacked on two lines in one band (a row rule lost) are not cut, nor lines with a blank
    /// cell in one of them (no cut would hold every line's numbers apart).
    static func cutsBetweenNumbers(_ grid: TableGrid, words: [[OCRWord]], skipping done: Set<Int>) -> [(cell: Int, edges: [Int])] {
        var cuts: [(cell: Int, edges: [Int])] = []
        for (i, cell) in grid.cells.enumerated() where !done.contains(i) && words[i].count >= 2 {
            let ws = words[i]
            guard ws.allSatisfy({ readsAsNumber($0.text) || mayBeMisreadDigits($0.text) }), ws.contains(where: { readsAsNumber($0.text) }) else { continue }
            var lines: [[OCRWord]] = []
            for w in ws {
                if w.startsLine || lines.isEmpty { lines.append([w]) } else { lines[lines.count - 1].append(w) }
            }
            if lines.count > 1 {
                let bands = lines.map { l in grid.band(of: cell, y: (l.map(\.top).min()! + l.map(\.bottom).max()!) / 2) }
                guard cell.firstBand < cell.lastBand, Set(bands).count == lines.count else { continue }
            }
            let height = ws.map { $0.bottom - $0.top }.max() ?? 0
            let gaps = lines.map { line -> [(width: Int, x: Int)] in
                let sorted = line.sorted { $0.left < $1.left }
                return zip(sorted, sorted.dropFirst()).map { ($1.left - $0.right, ($0.right + $1.left) / 2) }
            }
            guard height > 0, !gaps[0].isEmpty, gaps.allSatisfy({ $0.count == gaps[0].count && $0.allSatisfy { $0.width >= height } }),
                  gaps.allSatisfy({ zip($0, gaps[0]).allSatisfy { abs($0.x - $1.x) < height } }) else { continue }
            cuts.append((i, gaps[0].indices.map { k in gaps.map { $0[k].x }.reduce(0, +) / gaps.count }))
        }
        return cuts
    }

    /// A word of one or two letters that small type misreads digits as (`o` for `0`, `i` for `1`,
    /// `Jo` for a rule's remnant and a `0`, `if` for a `1` at 300 dpi), or one symbol a glyph high
    /// that no count is printed as (`£` for a `1` with a flag and a foot at 200 dpi; not a blank
    /// marker, a rule's residue or a speck's dot): beside a number in one cell, a number too.
    static func mayBeMisreadDigits(_ text: String) -> Bool {
        let scalars = text.unicodeScalars
        if scalars.count == 1, "£$¥€¢§&@#%".unicodeScalars.contains(scalars.first!) { return true }
        return (1...2).contains(scalars.count) && scalars.allSatisfy { "oOQDiIlJjf|]".unicodeScalars.contains($0) }
    }

    /// The x of the table's vertical rules that most rows draw: every band's slot edges, those
    /// within `tolerance` of each other taken as one, kept when at least a third of the bands
    /// (and three) have it.
    static func columnEdges(_ grid: TableGrid, tolerance: Int) -> [Int] {
        var seen: [(x: Int, bands: Set<Int>)] = []
        for (b, band) in grid.bands.enumerated() {
            for x in band.edges {
                if let k = seen.firstIndex(where: { abs($0.x - x) <= tolerance }) { seen[k].bands.insert(b) } else { seen.append((x, [b])) }
            }
        }
        let needed = max(3, (grid.bands.count + 2) / 3)
        return seen.filter { $0.bands.count >= needed }.map(\.x).sorted()
    }
}
