import DocumentModel

/// Reading order for pages set in two columns of prose: when most lines hold exactly two long runs
/// of text split by a gutter near the middle of the page, the left column is read before the right
/// one (lines come out of the line builder left half beside right half).
///
/// Tables are never affected: lines with numeric cells or more than two cells do not count, and
/// a page is reordered only when two-column lines are the clear majority.
struct ColumnOrder {
    /// Share of the page's lines that must be two-column prose lines.
    var minimumShare = 0.6
    /// The gutter must lie within this share of the page width around its middle.
    var gutterBand = 0.2
    /// Each half must hold at least this many characters to be prose.
    var minimumRunLength = 8

    func reorder(_ lines: [Line], pageWidth: Double?) -> [Line] {
        guard let width = pageWidth, width > 0, lines.count >= 6 else { return lines }
        let middle = width / 2, band = width * gutterBand / 2
        func isTwoColumn(_ l: Line) -> Bool {
            guard l.spans.count == 2, let leftEnd = l.spans[0].x1, let rightStart = l.spans[1].x0 else { return false }
            let gutter = (leftEnd + rightStart) / 2
            return abs(gutter - middle) <= band
                && l.spans.allSatisfy { $0.text.unicodeScalars.count >= minimumRunLength && !NumberText.isValueLike($0.text) }
        }
        let twoColumn = lines.filter(isTwoColumn).count
        guard Double(twoColumn) >= minimumShare * Double(lines.count) else { return lines }
        var left: [Line] = [], right: [Line] = []
        for line in lines {
            var l = line
            if let last = line.spans.last, line.spans.count >= 2, let start = last.x0, start >= middle - band {
                var r = line
                r.spans = [last]
                l.spans = Array(line.spans.dropLast())
                right.append(r)
            } else if let first = line.spans.first, let start = first.x0, start >= middle - band {
                right.append(line)
                continue
            }
            if !l.spans.isEmpty { left.append(l) }
        }
        var out = left + right
        for i in out.indices { out[i].ref.line = i + 1 }
        return out
    }
}
