import DocumentModel

/// Joins header and label cells whose text wrapped inside one table cell, across lines or pages
/// (`社会公` + `益组织` → `社会公益组织`, `法律服` + `务机构` → `法律服务机构`, `结果` + `维持` → `结果维持`,
/// `三`/`、`/`本`/`年`/… → `三、本年度办理结果`).
///
/// Fragments are joined down a column (same tab field or overlapping x) across consecutive rows
/// whose cell in that column is empty, and, in extracts without positions, along a row. A join is
/// made only when the result is a known table term or the start of one (the lexicon), so two
/// distinct labels are never glued together.
public struct JoinSplitHeaderCells: TableRule {
    public static let name = "join-split-header-cells"

    public var lexicon: Lexicon
    public var matcher: ColumnMatcher
    /// How many rows below a fragment its continuation may be (rows with an empty cell in between).
    public var maxRowDistance: Int = 12

    public init(lexicon: Lexicon, matcher: ColumnMatcher) {
        self.lexicon = lexicon
        self.matcher = matcher
    }

    public func apply(_ table: Table) -> TableRepair {
        guard !lexicon.isEmpty else { return TableRepair(table, 0) }
        var rows = table.rows
        var joins = 0
        // Down a column.
        for i in rows.indices {
            for c in rows[i].cells.indices {
                var cell = rows[i].cells[c]
                guard ColumnMatcher.hasPosition(cell), cell.text.utf8.count <= Self.maxFragmentBytes, Self.isLabel(cell),
                      !lexicon.contains(cell.text), lexicon.isPrefix(cell.text) else { continue }
                var j = i + 1
                while j < rows.count, j - i <= maxRowDistance, !lexicon.contains(cell.text) {
                    guard let k = rows[j].cells.firstIndex(where: { sameColumnLoosely($0, cell) && !$0.text.isEmpty }) else {
                        j += 1
                        continue
                    }
                    let fragment = rows[j].cells[k]
                    let joined = cell.text.joinedText(fragment.text)
                    guard Self.isLabel(fragment), lexicon.isPrefix(joined) else { break }
                    cell.text = joined
                    cell.raw = cell.raw + "\n" + fragment.raw
                    rows[j].cells[k].text = ""
                    rows[j].cells[k].raw = ""
                    joins += 1
                    j += 1
                }
                rows[i].cells[c] = cell
            }
        }
        // Along a row, for cells without positions (one cell per line extracts).
        for i in rows.indices {
            var cells = rows[i].cells
            var c = 0
            while c + 1 < cells.count {
                let a = cells[c], b = cells[c + 1]
                if !ColumnMatcher.hasPosition(a), Self.isLabel(a), Self.isLabel(b), !lexicon.contains(a.text) {
                    let joined = a.text.joinedText(b.text)
                    if lexicon.isPrefix(joined) {
                        cells[c].text = joined
                        cells[c].raw = a.raw + "\n" + b.raw
                        cells.remove(at: c + 1)
                        joins += 1
                        continue
                    }
                }
                c += 1
            }
            rows[i].cells = cells
        }
        // Rows emptied by joins are dropped (tab rows keep their empty fields otherwise).
        rows.removeAll { $0.cells.allSatisfy(\.text.isEmpty) }
        return TableRepair(Table(rows: rows), joins)
    }

    /// Tab fields may shift by one where a header continues on the next page (pdfplumber numbers
    /// the fields of each page's table separately); the lexicon guards the join.
    func sameColumnLoosely(_ a: Cell, _ b: Cell) -> Bool {
        if let fa = a.field, let fb = b.field { return abs(fa - fb) <= 1 }
        return matcher.sameColumn(a, b)
    }

    /// Longer cells are whole labels, not fragments (the longest known term is under 40 characters).
    static let maxFragmentBytes = 120

    static func isLabel(_ c: Cell) -> Bool {
        !c.text.isEmpty && !NumberText.isValueLike(c.text)
    }
}
