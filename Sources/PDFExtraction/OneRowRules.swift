/// Sides one row high beside a page's tables. Vertical rules must be 70 px long (at 300 dpi) to be
/// sides: shorter, they are as often the strokes of characters in a tight table's rows, touching
/// the rules above and below them. A page whose rules make no table seeks sides one row high
/// everywhere (``RulingLines/find(in:threshold:options:)``: a table of one row alone on a page);
/// beside a page's tables they are taken only where the tables' own rules vouch for them: in line
/// with a side of a table, in a row between rows that span the table (`sidesInLine`: the 2019
/// active-disclosure table's 规范性文件 row at the top of a page, its sides 69 px between the
/// rules), where a column's side goes on from the row into the next at the width of the row's
/// sides (`sidesCutByText`: the side cut in the header's row by type close on both its sides),
/// or around a table of one row below another table (`oneRowTables`: the last row of a table
/// carried to the next page, above the next table; drawn in the tests, not yet among the
/// samples).
extension RulingLines {
    /// The one-row tables among `horizontal` rules and `sides`, both found with the one-row
    /// minimum, beside the tables of `found`: each an upper and a lower rule crossed by no side of
    /// `found`, apart by a row (`minimumHeight` at least, `maximumHeight` at most), their ends
    /// within `endTolerance` of each other, with the sides that cross both and no rule of `found`,
    /// one of them at each end and three at least. Empty when there is none.
    static func oneRowTables(horizontal: [Segment], sides: [Segment], found: (h: [Segment], v: [Segment]),
                             tolerance: Int, endTolerance: Int, minimumHeight: Int, maximumHeight: Int) -> (h: [Segment], v: [Segment]) {
        let loose = horizontal.filter { h in !onARule(h, of: found.h, tolerance: tolerance) && !found.v.contains { h.crosses($0, tolerance: tolerance) } }
        let free = sides.filter { v in !found.h.contains { v.crosses($0, tolerance: tolerance) } && !onARule(v, of: found.v, tolerance: tolerance) }
        var out: (h: [Segment], v: [Segment]) = ([], [])
        for (top, bottom) in rowPairs(loose, endTolerance: endTolerance, minimumHeight: minimumHeight, maximumHeight: maximumHeight) {
            let crossing = free.filter { $0.crosses(top, tolerance: tolerance) && $0.crosses(bottom, tolerance: tolerance) }
            let left = min(top.along0, bottom.along0), right = max(top.along1, bottom.along1)
            guard crossing.count >= 3, crossing.contains(where: { abs($0.center - left) <= endTolerance }),
                  crossing.contains(where: { abs($0.center - right) <= endTolerance }) else { continue }
            for s in [top, bottom] where !out.h.contains(s) { out.h.append(s) }
            for s in crossing where !out.v.contains(s) { out.v.append(s) }
        }
        return out
    }
}

extension RulingLines {
    /// Whether `runs` (horizontal, as found) hold two of the same extent, within `tolerance` at
    /// both ends, a row apart and not on a rule of `found`: a cheap test before sides are sought
    /// again.
    static func mayHoldOneRowTable(_ runs: [Segment], beside found: [Segment], tolerance: Int, minimumHeight: Int, maximumHeight: Int) -> Bool {
        !rowPairs(runs.filter { !onARule($0, of: found, tolerance: tolerance) }, endTolerance: tolerance,
                  minimumHeight: minimumHeight, maximumHeight: maximumHeight).isEmpty
    }

    /// Whether `s` lies on one of `rules` (of its direction): within `tolerance` across, and
    /// overlapping along.
    static func onARule(_ s: Segment, of rules: [Segment], tolerance: Int) -> Bool {
        rules.contains { abs(s.center - $0.center) <= tolerance && min(s.along1, $0.along1) > max(s.along0, $0.along0) }
    }

    /// The pairs of horizontal `rules` a row apart (`minimumHeight` to `maximumHeight` between
    /// their middles) whose ends lie within `endTolerance` of each other: a one-row table's top
    /// and bottom.
    static func rowPairs(_ rules: [Segment], endTolerance: Int, minimumHeight: Int, maximumHeight: Int) -> [(Segment, Segment)] {
        let sorted = rules.sorted { $0.center < $1.center }
        var pairs: [(Segment, Segment)] = []
        for (i, top) in sorted.enumerated() {
            for bottom in sorted[(i + 1)...] {
                let height = bottom.center - top.center
                guard height <= maximumHeight else { break }
                if height >= minimumHeight, abs(top.along0 - bottom.along0) <= endTolerance, abs(top.along1 - bottom.along1) <= endTolerance {
                    pairs.append((top, bottom))
                }
            }
        }
        return pairs
    }
}

extension RulingLines {
    /// A table's row between rows that span its width (the 2019 active-disclosure table's
    /// 规范性文件 row, alone at the top of a page above 第二十条第（五）项's title row) has column
    /// sides one row high, too short for sides: the row was read as one cell (3 cells lost on
    /// the dashed and the header-filled 2019 prints at 300 and 240 dpi). Sides that short are
    /// taken where they lie in line with a side of the page's tables, at most `near` from its
    /// end, and cross two of its rules (one row); never elsewhere: there they are as often the
    /// strokes of characters in a tight table's rows, touching the rules above and below them.
    /// Nor closer than `cellWidth` to a side of the row. `runs`: the page's vertical runs;
    /// `pieces`: their pieces kept at the shorter minimum.
    static func sidesInLine(_ runs: [Segment], found: (h: [Segment], v: [Segment]), tolerance: Int, near: Int, cellWidth: Int,
                            pieces: ([Segment]) -> [Segment]) -> [Segment] {
        func inLine(_ s: Segment) -> Bool { found.v.contains { abs($0.center - s.center) <= tolerance } }
        return pieces(runs.filter(inLine)).filter { p in
            let rules = found.h.filter { p.crosses($0, tolerance: tolerance) }
            // No side of the row closer than a narrow cell (the table's left side 19 px from
            // `亻`'s upright in a tight row, a stroke in line with the same stroke in other rows).
            return rules.count == 2
                && !found.v.contains { abs($0.center - p.center) < cellWidth && $0.crosses(rules[0], tolerance: tolerance) && $0.crosses(rules[1], tolerance: tolerance) }
                && found.v.contains { abs($0.center - p.center) <= tolerance && min(abs($0.along0 - p.along1), abs(p.along0 - $0.along1)) <= near }
        }
    }
}

extension RulingLines {
    /// A column's side that the header's type comes close to (the 2019 review table printed
    /// landscape by Chromium: `尚未审结` and `总计` on both sides of the doubled border between
    /// them) is cut in the header's row, and its piece left in the value row below, one row high
    /// (62 px at 300 dpi), is too short for a side: the value row was a cell short and its
    /// values left null. Such a piece is taken when its run goes on across the row's rule into
    /// the next row (the run crosses three rule lines of the page's tables at least), it crosses
    /// two rule lines (a doubled border's two rules are one line), sides of the row lie on both
    /// sides of it (a cell wide away at least, none nearer), and its run is as wide as the row's
    /// sides (within `widthSlack`): a doubled border is, a character's stroke in a tight row is
    /// not. `runs`: the page's vertical runs; `pieces`: their pieces kept at `minimumLength` (the
    /// in-line sides', 60 px at 300 dpi: longer than the strokes of type in a tight row).
    static func sidesCutByText(_ runs: [Segment], found: (h: [Segment], v: [Segment]), tolerance: Int, cellWidth: Int, widthSlack: Int,
                               minimumLength: Int, pieces: ([Segment]) -> [Segment]) -> [Segment] {
        /// The rule lines among `rules` (sorted by their middles): rules within `tolerance` are one.
        func lines(_ rules: [Segment]) -> [[Segment]] {
            var out: [[Segment]] = []
            for r in rules.sorted(by: { $0.center < $1.center }) {
                if let last = out.last?.last, r.center - last.center <= tolerance { out[out.count - 1].append(r) } else { out.append([r]) }
            }
            return out
        }
        /// Whether `run` has a stretch `minimumLength` long (but for a crossing's pixel at each
        /// end) that no side found on it covers: a run the page's sides cover has no piece to give.
        func uncovered(_ run: Segment) -> Bool {
            var from = run.along0
            for side in found.v.filter({ abs($0.center - run.center) <= tolerance }).sorted(by: { $0.along0 < $1.along0 })
            where side.along1 >= from && side.along0 <= run.along1 {
                if side.along0 - from >= minimumLength - 2 { return true }
                from = max(from, side.along1)
            }
            return run.along1 - from >= minimumLength - 2
        }
        let candidates = runs.filter { run in uncovered(run) && lines(found.h.filter { run.crosses($0, tolerance: tolerance) }).count >= 3 }
        guard !candidates.isEmpty else { return [] }
        return pieces(candidates).filter { p in
            guard !onARule(p, of: found.v, tolerance: tolerance) else { return false }
            let crossed = lines(found.h.filter { p.crosses($0, tolerance: tolerance) })
            guard crossed.count == 2 else { return false }
            let row = found.v.filter { v in crossed.allSatisfy { line in line.contains { v.crosses($0, tolerance: tolerance) } } }
            guard row.contains(where: { $0.center <= p.center - cellWidth }), row.contains(where: { $0.center >= p.center + cellWidth }),
                  !row.contains(where: { abs($0.center - p.center) < cellWidth }) else { return false }
            let widths = row.map { $0.across1 - $0.across0 }.sorted()
            return abs((p.across1 - p.across0) - widths[widths.count / 2]) <= widthSlack
        }
    }
}
