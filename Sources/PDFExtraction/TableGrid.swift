/// A table in a scan, from its ruling lines. Rows ("bands") lie between consecutive horizontal
/// rules; within a band, slots lie between the vertical rules that cross it. A cell is a slot, or
/// several slots stacked in consecutive bands when no rule separates them (a label spanning rows,
/// such as a vertical `三、本年度办理结果`). Cells are recognised one by one; their text lines
/// are then put back in the bands they lie in, as a text layer would give them.
struct TableGrid {
    struct Band {
        var top: Int, bottom: Int
        /// Slot boundaries (x) of the band, left to right.
        var edges: [Int]
        /// Where the grid line along the band's top ends: the line is every rule from `top` to
        /// here (the two rules of a double line, or a cell's border a few pixels below its
        /// neighbour's, which Chromium draws where a rowspan cell ends).
        var topLineEnd: Int? = nil
        /// Whether a rule is drawn along the band's top: not where the table runs on from the
        /// page before, its sides starting at the page's top (``openEnd(_:from:down:tolerance:)``).
        var ruledTop = true

        /// Whether a horizontal rule at `y` is part of the line along the band's top.
        func isTopLine(_ y: Int, tolerance: Int) -> Bool {
            y >= top - tolerance && y <= (topLineEnd ?? top) + tolerance
        }
    }

    /// A cell: its extent and the bands it spans.
    struct Cell {
        var x0: Int, x1: Int
        var firstBand: Int, lastBand: Int
    }

    var bands: [Band] = []
    var cells: [Cell] = []
    /// Edges taken for strokes of characters (``dropStrayEdges(tolerance:inText:)``): where, and
    /// from the top of their first band to the bottom of their last.
    var strayEdges: [(x: Int, top: Int, bottom: Int)] = []
    /// The grid's extent.
    var left = 0, right = 0, top = 0, bottom = 0
    /// Whether a rule is drawn along the grid's bottom: not where its last row runs on to the
    /// page's end, its sides closing it (``openEnd(_:from:down:tolerance:)``).
    var ruledBottom = true

    /// Groups the lines into tables (horizontal lines connected by vertical ones), and makes the
    /// bands and cells of each. `tolerance`: rules closer than this are one rule.
    /// `strayEdgeInText`: in a scan, whose vertical runs may be strokes of characters, whether an
    /// edge of a band stands between ink on both sides (``dropStrayEdges(tolerance:inText:)``);
    /// nil in a render whose glyphs were erased.
    static func grids(from lines: RulingLines, tolerance: Int = 8, strayEdgeInText: ((Band, Int) -> Bool)? = nil) -> [TableGrid] {
        guard !lines.horizontal.isEmpty, !lines.vertical.isEmpty else { return [] }
        var parent = Array(0..<lines.horizontal.count)
        func find(_ i: Int) -> Int { var i = i; while parent[i] != i { i = parent[i] }; return i }
        for v in lines.vertical {
            let hs = lines.horizontal.indices.filter { lines.horizontal[$0].crosses(v, tolerance: tolerance) }
            for k in hs.dropFirst() { parent[find(k)] = find(hs[0]) }
        }
        // Two horizontal rules closer than `tolerance` that overlap are one line of the grid (a
        // double rule, or the bottom of a row's cell boxes over the top of the next row's, whose
        // vertical sides stop at them).
        let byY = lines.horizontal.indices.sorted { lines.horizontal[$0].center < lines.horizontal[$1].center }
        for (n, i) in byY.enumerated() {
            let a = lines.horizontal[i]
            for j in byY[(n + 1)...] {
                let b = lines.horizontal[j]
                if b.center - a.center > tolerance { break }
                if min(a.along1, b.along1) > max(a.along0, b.along0) { parent[find(j)] = find(i) }
            }
        }
        var groups: [Int: [Int]] = [:]
        for i in lines.horizontal.indices { groups[find(i), default: []].append(i) }
        var out: [TableGrid] = []
        for members in groups.values where members.count >= 2 {
            let hs = members.map { lines.horizontal[$0] }.sorted { $0.center < $1.center }
            let vs = lines.vertical.filter { v in hs.contains { $0.crosses(v, tolerance: tolerance) } }
            out.append(grid(hs, vs, tolerance: tolerance, strayEdgeInText: strayEdgeInText))
        }
        return out.sorted { $0.top < $1.top }
    }

    /// The grid `hs` and `vs` draw. `strayEdgeInText`: for rules found in a scan, whose vertical
    /// ones may be strokes of characters (``dropStrayEdges(tolerance:inText:)``); nil for edges
    /// laid out from text.
    static func grid(_ hs: [RulingLines.Segment], _ vs: [RulingLines.Segment], tolerance: Int,
                     strayEdgeInText: ((Band, Int) -> Bool)? = nil) -> TableGrid {
        var grid = TableGrid()
        grid.left = hs.map(\.along0).min()!
        grid.right = hs.map(\.along1).max()!
        grid.top = hs.first!.center
        grid.bottom = hs.last!.center
        var lines = chains(hs.map(\.center), tolerance: tolerance)
        // A row cut by the page's end has no rule there: its cells' sides run past the table's
        // last line to the bottom of the page (or down from its top to the first line). Where
        // most of the sides of the band beside it run on together, they close the row.
        if let end = openEnd(vs, from: lines.last!.upperBound, down: true, tolerance: tolerance) {
            lines.append(end...end)
            grid.bottom = end
            grid.ruledBottom = false
        }
        let openTop = openEnd(vs, from: lines.first!.lowerBound, down: false, tolerance: tolerance)
        if let start = openTop {
            lines.insert(start...start, at: 0)
            grid.top = start
        }
        // A slot before the first edge or after the last is a column when it is wider than twice
        // the tolerance or two rules reach across it. One rule drawn out by blur or a speck (a
        // `tight` print at 240 dpi: one of fifteen ended 6 px past the table's double right
        // border, the rest at it) made a slot a line wide, whose rule read as a `1` in a fourth
        // column of three; a group's label column on a page the table runs on to has only its
        // last rule across it, and is wide.
        let reachedLeft = hs.count >= 3 ? hs.map(\.along0).sorted()[1] : grid.left
        let reachedRight = hs.count >= 3 ? hs.map(\.along1).sorted(by: >)[1] : grid.right
        func column(_ width: Int, twoRules: Int) -> Bool { width > 2 * tolerance || twoRules > tolerance }
        let ys = lines.map(\.lowerBound)
        for (k, (a, b)) in zip(ys, ys.dropFirst()).enumerated() {
            // A vertical rule of the band runs from its top line (the last of a double one: cells'
            // own boxes start below it) to its bottom line, or over most of that height (a rule
            // is not found where text touches it).
            let top = lines[k].upperBound
            func covers(_ v: RulingLines.Segment) -> Bool {
                if v.along0 <= top + tolerance && v.along1 >= b - tolerance { return true }
                return Double(min(v.along1, b) - max(v.along0, top)) >= 0.6 * Double(b - top)
            }
            var edges = chains(vs.filter(covers).map(\.center).sorted(), tolerance: tolerance).map(\.lowerBound)
            if edges.first.map({ column($0 - grid.left, twoRules: $0 - reachedLeft) }) ?? true { edges.insert(grid.left, at: 0) }
            if edges.last.map({ column(grid.right - $0, twoRules: reachedRight - $0) }) ?? true { edges.append(grid.right) }
            grid.bands.append(Band(top: a, bottom: b, edges: edges, topLineEnd: top, ruledTop: k > 0 || openTop == nil))
        }
        if let inText = strayEdgeInText { grid.dropStrayEdges(tolerance: tolerance, inText: inText) }
        // A rule along the top of a slot closes the cell above; without one, the slot continues
        // the cell above it when that cell has the same sides.
        func ruled(_ band: Band, _ x0: Int, _ x1: Int) -> Bool {
            let covered = hs.filter { band.isTopLine($0.center, tolerance: tolerance) }
                .map { max(0, min($0.along1, x1) - max($0.along0, x0)) }.reduce(0, +)
            return Double(covered) >= 0.6 * Double(x1 - x0)
        }
        var open: [Int] = []   // cells ending at the previous band
        for (b, band) in grid.bands.enumerated() {
            var next: [Int] = []
            for (x0, x1) in zip(band.edges, band.edges.dropFirst()) {
                if b > 0, !ruled(band, x0, x1),
                   let k = open.first(where: { abs(grid.cells[$0].x0 - x0) <= tolerance && abs(grid.cells[$0].x1 - x1) <= tolerance }) {
                    grid.cells[k].lastBand = b
                    next.append(k)
                } else {
                    grid.cells.append(Cell(x0: x0, x1: x1, firstBand: b, lastBand: b))
                    next.append(grid.cells.count - 1)
                }
            }
            open = next
        }
        return grid
    }

    /// A table of many rows whose slots' sides, in one row or two, line up with no other row's: the
    /// strokes of the same characters in two tight rows (`开` of `公开申请数量` in rows 一 and 二,
    /// `于` of `7.属于` and `8.属于`), standing at the same place and chained through the rule
    /// between the rows, pass every test of a rule's ink. Such an edge, in a table of at least
    /// `strayEdgeMinimumBands` rows, with ink close on both sides of it in each of its rows
    /// (`inText`: it stands inside a line of text), is not a rule, and its slots are one. A
    /// section's own columns over two rows, their header's edge unseen (the 2021 template's
    /// `本年废止件数 | 现行有效件数` over 规章 and 规范性文件), stand between numbers set apart.
    mutating func dropStrayEdges(tolerance: Int, inText: (Band, Int) -> Bool) {
        guard bands.count >= TableGrid.strayEdgeMinimumBands else { return }
        func has(_ b: Int, _ x: Int) -> Bool { bands[b].edges.dropFirst().dropLast().contains { abs($0 - x) <= tolerance } }
        var stray: [(band: Int, x: Int)] = []
        for band in bands {
            for x in band.edges.dropFirst().dropLast() {
                let rows = bands.indices.filter { has($0, x) }
                guard rows.count <= 2, rows.last! - rows.first! == rows.count - 1,
                      rows.allSatisfy({ b in bands[b].edges.contains { abs($0 - x) <= tolerance && inText(bands[b], $0) } }) else { continue }
                for b in rows { stray.append((b, x)) }
                if !strayEdges.contains(where: { abs($0.x - x) <= tolerance && $0.top == bands[rows[0]].top }) {
                    strayEdges.append((x, bands[rows[0]].top, bands[rows.last!].bottom))
                }
            }
        }
        for (b, x) in stray {
            let edges = bands[b].edges
            bands[b].edges = [edges.first!] + edges.dropFirst().dropLast().filter { abs($0 - x) > tolerance } + [edges.last!]
        }
    }

    /// `rules` without the vertical runs this grid took for strokes of characters: they are not
    /// erased before the cells are read (the strokes of `开`, erased, left `公于-申讲数量`).
    func withoutStrayEdges(_ rules: RulingLines, tolerance: Int) -> RulingLines {
        guard !strayEdges.isEmpty else { return rules }
        var out = rules
        out.vertical.removeAll { v in
            strayEdges.contains { abs(v.center - $0.x) <= tolerance && v.along0 >= $0.top - tolerance && v.along1 <= $0.bottom + tolerance }
        }
        return out
    }

    /// The fewest rows a table has for an edge of one row or two to be a stray (``dropStrayEdges(tolerance:inText:)``).
    static let strayEdgeMinimumBands = 6

    /// Where the vertical rules that run on past the grid line at `y` (down, or up) end, when at
    /// least three do, by more than twice the tolerance, and end together (within it of their
    /// median end): the median end; nil otherwise.
    static func openEnd(_ vs: [RulingLines.Segment], from y: Int, down: Bool, tolerance: Int) -> Int? {
        let ends = vs.compactMap { v -> Int? in
            let beyond = down ? v.along1 - y : y - v.along0
            guard beyond > 2 * tolerance, down ? v.along0 <= y + tolerance : v.along1 >= y - tolerance else { return nil }
            return down ? v.along1 : v.along0
        }.sorted()
        guard ends.count >= 3 else { return nil }
        let median = ends[ends.count / 2]
        guard 2 * ends.filter({ abs($0 - median) <= tolerance }).count > ends.count else { return nil }
        return median
    }

    /// Sorted positions of rules grouped into grid lines: a rule closer than `tolerance` to the one
    /// before it is the same line (a chain: the two lines of a double rule, or a cell's border
    /// beside its neighbour's). Each line from its first rule to its last.
    static func chains(_ positions: [Int], tolerance: Int) -> [ClosedRange<Int>] {
        var out: [ClosedRange<Int>] = []
        for p in positions {
            if let last = out.last, p - last.upperBound <= tolerance {
                out[out.count - 1] = last.lowerBound...p
            } else {
                out.append(p...p)
            }
        }
        return out
    }

    /// The slot of `band` that contains `x`.
    func slot(band: Int, x: Int) -> Int? {
        let edges = bands[band].edges
        for (s, (a, b)) in zip(edges, edges.dropFirst()).enumerated() where x >= a && x < b { return s }
        return nil
    }

    /// The band that holds `y` (from its top, before its bottom), if any.
    func band(containing y: Int) -> Int? {
        bands.firstIndex { $0.top <= y && y < $0.bottom }
    }

    /// The band of `cell` a text line centred at `y` belongs to.
    func band(of cell: Cell, y: Int) -> Int {
        for b in cell.firstBand...cell.lastBand where y < bands[b].bottom { return b }
        return cell.lastBand
    }
}
