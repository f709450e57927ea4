import DocumentModel

extension TableReader {
    /// The first value of a row's run when it lies in the column of labels: OCR read a label as a
    /// number (`行政处罚` read `4 了TI`, 上海市科委's tight print without rules, 300 dpi, JPEG q30;
    /// the `4` went to the row above, 行政许可, whose `97` was lost: a wrong number, certain).
    ///
    /// That value starts its line, below a line that a label of the row starts, and starts where
    /// that label starts: it overlaps the label and ends within its first quarter. Values are
    /// printed right of their labels; a label wider than the table (a line read across the
    /// columns) has its first quarter left of the values. OCR readings only: a text layer's
    /// numbers there are printed (a serial number's column), not misread. Not a table of one row
    /// (section 四): it has no column of labels, and its values start under its header's first
    /// words. Nil otherwise, or the value and the label.
    func valueInLabelColumn(_ m: RowMatch, run: [Int]) -> (value: Int, label: Int)? {
        guard template.rows.count > 1, let v = run.first(where: { stream[$0].kind != .empty }), stream[v].kind == .value,
              stream[v].confidence != nil, let vx0 = stream[v].x0, let vx1 = stream[v].x1, startsLine(v) else { return nil }
        let label = m.labelItems.last { l in
            guard l < v, stream[l].ref != stream[v].ref, startsLine(l), let x0 = stream[l].x0, let x1 = stream[l].x1, x1 > x0 else { return false }
            return vx1 > x0 && vx0 < x1 && vx1 <= x0 + (x1 - x0) / 4
        }
        return label.map { (v, $0) }
    }

    /// Whether item `i` is the first of its line.
    private func startsLine(_ i: Int) -> Bool {
        i == 0 || stream[i - 1].ref != stream[i].ref
    }
}
