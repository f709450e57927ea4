import DocumentModel

/// The line of prose right below a table drawn with rules. The rule closing the table's last row
/// is drawn across that line's columns too: the line starts a block of its own and continues no
/// cell of the table. A heading that OCR read short (`言息公开行政复议、行政诉讼情况` for
/// `三、政府信息公开行政复议、行政诉讼情况`: no item number left) read otherwise as the wrapped
/// tail of the last row's label, `四、结转下年度继续办理`, and the joined label was taken for the
/// next table's row: that row was lost, and the next table with it.
extension OCRPageReader {
    /// Marks `ruledAbove` the spans over a grid of `grids` (drawn, closed by a rule at the bottom)
    /// of the first line of `lines` below it (the first whose spans reach over its columns).
    static func markingLinesBelowRuledGrids(_ lines: inout [PixelLine], grids: [TableGrid]) {
        for grid in grids where grid.ruledBottom {
            func over(_ s: Span) -> Bool {
                guard let x0 = s.x0, let x1 = s.x1 else { return false }
                return x1 > Double(grid.left) && x0 < Double(grid.right)
            }
            let below = lines.indices.filter { k in
                let middle = (lines[k].top + lines[k].bottom) / 2
                return middle > grid.bottom && lines[k].spans.contains(where: over)
            }
            guard let first = below.min(by: { lines[$0].top < lines[$1].top }) else { continue }
            for s in lines[first].spans.indices where over(lines[first].spans[s]) { lines[first].spans[s].ruledAbove = true }
        }
    }
}
