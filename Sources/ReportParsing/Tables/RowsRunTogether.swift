import DocumentModel

/// Two table rows printed onto one line. Where a table's rows overlap on the page (a line height
/// smaller than the font's, as a web page printed with `line-height:1` and a CJK font gives),
/// their labels interleave (`属属于于三四类类…`) and each field holds the values of both rows:
/// `1 1`, `0 0`, and, where two digits touch, `11` for the `1` of one row and the `1` of the next.
/// Two or more fields holding two numbers each show the line is two rows (one such field may be a
/// number printed with a space, `1 107`); then none of its single numbers can be trusted either
/// (it may be two digits run together), and every value of the row is left null, unplaced, with a
/// warning.
enum RowsRunTogether {
    /// True when `text` is two or more numbers separated by spaces (`1 1`, `0 12`).
    static func holdsSeveralNumbers(_ text: String) -> Bool {
        let parts = text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\u{3000}" })
        return parts.count >= 2 && parts.allSatisfy { NumberText.valueNumber(String($0)) != nil }
    }

    /// The row's cells with their values left null when two or more fields of the row hold several
    /// numbers; the warning names the row and the cells cleared.
    static func apply(_ cells: inout [String: CellRecord], paths: [String], label: String, table: String) -> ReportWarning? {
        let several = paths.compactMap { cells[$0] }.filter { $0.status == .text && holdsSeveralNumbers($0.raw ?? "") }
        guard several.count >= 2, let two = several.first else { return nil }
        var cleared: [String] = []
        for p in paths {
            guard var c = cells[p], c.value != nil else { continue }
            c.value = nil
            c.status = .unplaced
            c.uncertain = false
            cells[p] = c
            cleared.append(p)
        }
        guard !cleared.isEmpty else { return nil }
        return ReportWarning(code: .rowValuesAmbiguous,
            message: "row \(label) of the \(table) table: a field holds two numbers (\(two.raw ?? "")), so two rows run together on one line; its values are left null rather than guessed",
            paths: cleared, ref: two.ref)
    }
}
