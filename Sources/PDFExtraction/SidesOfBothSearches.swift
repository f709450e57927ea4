/// The vertical rules of two searches of one page, together. The search for pale rules
/// (``GrayImage/paleRulesEnhanced(block:run:gain:paperShare:)``) averages darkness along each row,
/// which spreads type set close to a vertical rule into it: where numbers sit against a pale rule
/// (left-aligned in their cells) or a header's characters fill their cell, the rule's ink there is
/// too wide to be a line, and the side of a row of values is lost, while the plain search, at the
/// page's one threshold, still finds it (the review table of 上海市科委's light-rules print, upside
/// down at 200 dpi: `1 | 0` and `0 | 0 | 0` read as one cell each, the row 12 fields for 15
/// columns and left null). Each search's sides passed the same tests of a line, so
/// both are kept. The horizontal rules stay the pale search's own: averaging along rows keeps
/// them, and the plain search's, a few pixels off theirs, would add rows of no height.
extension RulingLines {
    /// These rules with the vertical ones of `other` added: the sides of these that lie along one
    /// of `other` (their middles within `tolerance`, overlapping or meeting it) become one side, at
    /// its place, over all their lengths (the pale search finds a pale side in pieces a few pixels
    /// apart, each of which, lengthened, would be a column of its own); any other is added. A
    /// loose rule that two sides now cross is a rule of a table again (the pale search missed
    /// the sides of a light-rules table's top row, which the plain search found: its top rule,
    /// left loose, cut the row off).
    func addingSides(of other: RulingLines, tolerance: Int, crossingTolerance: Int) -> RulingLines {
        var out = self
        for s in other.vertical {
            let along = out.vertical.filter { v in
                abs(v.center - s.center) <= tolerance && v.along0 <= s.along1 + tolerance && s.along0 <= v.along1 + tolerance
            }
            var side = s
            side.along0 = along.map(\.along0).reduce(s.along0, Swift.min)
            side.along1 = along.map(\.along1).reduce(s.along1, Swift.max)
            out.vertical.removeAll { along.contains($0) }
            out.vertical.append(side)
        }
        let crossed = out.loose.filter { h in out.vertical.filter { h.crosses($0, tolerance: crossingTolerance) }.count >= 2 }
        out.loose.removeAll { crossed.contains($0) }
        out.horizontal += crossed
        return out
    }
}
