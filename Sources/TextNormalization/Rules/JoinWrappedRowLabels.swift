import DocumentModel

/// Joins row labels wrapped over several lines. Layouts centre a row's values on its label, so a
/// wrapped label leaves fragments on lines of their own above and below the values:
///
///     2.其他法律行政法规禁止          ← head: starts an item (`2.`), so it opens the next row
///                          0  2  0 …  ← values
///     公开                             ← tail: continues the row above
///
/// A label-only row whose first fragment starts an item (`2.`, `（二）`, `一、`), or that sits right
/// above a row of values without a label of its own (`其他对外管理服` / `259 -7 410` / `务事项`), is a
/// head and goes in front of the next row's label in the same column (or becomes its label). Any
/// other label-only row is a tail and goes after the label in the same column of the row above,
/// when that row has values. Neither joins where a drawn rule lies between the two on the page
/// (OCR of a ruled table: the lower one's cell is a cell of its own, `ruledAbove`; a blank row's
/// label read short, `和人` for `2.其他法律行政法规禁止公开`, was joined to the row above and the
/// row lost; a page's top is no such rule). Fragments are matched by column, so this needs x
/// positions (aligned text, PDF geometry).
public struct JoinWrappedRowLabels: TableRule {
    public static let name = "join-wrapped-row-labels"

    public var matcher: ColumnMatcher
    /// The table terms: a label that is one whole takes no tail unless the two make a term or the
    /// start of one (a scan lost `四、` from the heading after the last row, and the heading was
    /// read as the tail of `四、结转下年度继续办理`). Empty: no such check.
    public var lexicon: Lexicon

    public init(matcher: ColumnMatcher, lexicon: Lexicon = Lexicon([])) {
        self.matcher = matcher
        self.lexicon = lexicon
    }

    public func apply(_ table: Table) -> TableRepair {
        var rows = table.rows
        var joins = 0
        // Heads, forwards.
        var i = 0
        while i + 1 < rows.count {
            let fragments = Self.labelOnly(rows[i])
            var next = rows[i + 1]
            // Only into a row with values: a head above a header row is a title, not a label.
            guard let first = fragments.first, fragments.allSatisfy(Self.hasX),
                  next.cells.contains(where: { NumberText.isValueLike($0.text) }) else { i += 1; continue }
            // A head starts an item, or sits above a row of values that has no label of its own.
            let nextHasLabel = next.cells.contains { c in Self.isLabel(c) && fragments.contains { matcher.sameColumn($0, c) } }
            guard Self.startsItem(first.text) || !nextHasLabel else { i += 1; continue }
            // A rule drawn across the head's column above the next row (OCR of a ruled table: the
            // next row's cell there starts under a rule) makes the head a row of its own, printed
            // blank: the large-type print of the 2019 report at 300 dpi read `8.属于行政查询事项`
            // as junk, and the blank row `7.属于行政执法案卷` above it, joined in front as its
            // head, took its values `10 2` (wrong numbers marked certain). The rule at a page's
            // top is the printer's.
            guard !fragments.contains(where: { f in
                next.cells.contains { $0.ruledAbove && $0.ref.page == rows[i].ref.page && matcher.sameColumn($0, f) }
            }) else { i += 1; continue }
            var placedAll = true
            var inserted: [Cell] = []
            for f in fragments {
                if let t = next.cells.firstIndex(where: { Self.isLabel($0) && matcher.sameColumn($0, f) }) {
                    if Self.startsItem(next.cells[t].text) { placedAll = false; break }
                    if Self.startsNumberedItem(f.text), Self.holdsNumberedItemPastItsStart(next.cells[t].text)
                        || Self.startsWithADigit(next.cells[t].text) { placedAll = false; break }
                    next.cells[t].text = f.text.joinedText(next.cells[t].text)
                    next.cells[t].raw = f.raw + "\n" + next.cells[t].raw
                } else if next.cells.contains(where: { NumberText.isValueLike($0.text) }) {
                    inserted.append(f)
                } else {
                    placedAll = false
                    break
                }
            }
            guard placedAll else { i += 1; continue }
            next.cells = inserted + next.cells
            next.ref = min(next.ref, rows[i].ref)
            rows[i + 1] = next
            rows.remove(at: i)
            joins += fragments.count
        }
        // Tails, onto the row above.
        var out: [TableRow] = []
        for row in rows {
            let fragments = Self.labelOnly(row)
            if var last = out.last, let first = fragments.first, fragments.count == row.nonEmptyCells.count,
               fragments.allSatisfy(Self.hasX), !Self.startsItem(first.text),
               !fragments.contains(where: { $0.ruledAbove && $0.ref.page == last.ref.page }),
               last.cells.contains(where: { NumberText.isValueLike($0.text) }) {
                var targets: [Int] = []
                for f in fragments {
                    guard let t = last.cells.firstIndex(where: { Self.isLabel($0) && matcher.sameColumn($0, f) }),
                          !(isWholeTerm(last.cells[t].text) && !lexicon.isPrefix(last.cells[t].text.joinedText(f.text))) else { break }
                    targets.append(t)
                }
                if targets.count == fragments.count {
                    for (f, t) in zip(fragments, targets) {
                        last.cells[t].text = last.cells[t].text.joinedText(f.text)
                        last.cells[t].raw += "\n" + f.raw
                        joins += 1
                    }
                    out[out.count - 1] = last
                    continue
                }
            }
            out.append(row)
        }
        return TableRepair(Table(rows: out), joins)
    }

    /// Whether a label is a whole table term, also when a scan lost its item number and kept the
    /// mark after it (`、结转下年度继续办理` for `四、结转下年度继续办理`: the heading after the table,
    /// which had lost its `三、`, and the next table's header row were read as its tail).
    func isWholeTerm(_ text: String) -> Bool {
        if lexicon.contains(text) { return true }
        guard let first = text.unicodeScalars.first else { return false }
        let numbers: [String]
        switch first {
        case "、": numbers = ["一", "二", "三", "四", "五", "六", "七", "八", "九"]
        case ".", "．": numbers = (1...9).map(String.init)
        default: return false
        }
        return numbers.contains { lexicon.contains($0 + text) }
    }

    /// A fragment that starts an item, also when OCR misread the bracket closing its number
    /// (`(一，部分公开《区分处理的，只计这一` for `（二）部分公开（区分处理的，只计这一`, 平潭's print
    /// ruled across at 200 dpi): it opens its row, which wraps onto the next line with the values,
    /// and is no tail of the row above (joined there, `（一）了BT` and `（二）部分公开` became one
    /// label, and the values of （一）予以公开 were given to （二）部分公开, as certain). What stands
    /// for the bracket is no Chinese character (`（一般…` is text). So does one that OCR misread
    /// the numeral of, in brackets read whole (`(+)` for `（七）`, `(=)` for `（二）`, the 2019
    /// report's print without rules at 300 dpi, seed-28 probe: `(+) 4计` was joined to the blank
    /// row （六）其他处理 above it, and （七）总计's values were lost).
    static func startsItem(_ text: String) -> Bool {
        ItemNumber.startsItem(text) || ItemNumber.startsMisreadItem(text)
    }

    /// `2.其他…`, `3、…`: an item numbered with digits, as the rows under a group label are.
    static func startsNumberedItem(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, ScalarClass.isASCIIDigit(first) else { return false }
        return ItemNumber.startsItem(text)
    }

    /// A label holding, after something else, an item numbered with digits (`“tT. IA) /ATALLL
    /// 公开5.属于三类内部事务信息`: OCR read the group label beside it as junk in front). A head
    /// numbered likewise is another row's label, not the start of this one (the blank rows
    /// `2.其他法律…公开 3.危及“三安全一稳定”` were joined in front of it, and the three rows were
    /// taken for a column-ordered block whose one value, row 5's `5`, could be any row's).
    static func holdsNumberedItemPastItsStart(_ text: String) -> Bool {
        let s = Array(text.unicodeScalars)
        for i in s.indices.dropFirst() where ScalarClass.isASCIIDigit(s[i]) && !ScalarClass.isASCIIDigit(s[i - 1]) {
            if ItemNumber.startsItem(String(String.UnicodeScalarView(s[i...]))) { return true }
        }
        return false
    }

    /// A label starting with a digit: its own item number, perhaps misread (`9.8 TRAN ASAE.` for
    /// `5.属于三类内部事务信息`, the 2019 tight print at 240 dpi, seed-29 probe). A head numbered
    /// with digits (the blank row `4.保护第三方合法权益` beside its group's label `(=) AF ASF`) does
    /// not go in front of it: joined, row 5's `5` went to row 4, a wrong number marked certain.
    static func startsWithADigit(_ text: String) -> Bool {
        text.unicodeScalars.first.map(ScalarClass.isASCIIDigit) ?? false
    }

    /// The row's cells when all of its non-empty cells are labels; empty otherwise.
    static func labelOnly(_ row: TableRow) -> [Cell] {
        let cells = row.nonEmptyCells
        return cells.allSatisfy(isLabel) ? cells : []
    }

    static func isLabel(_ c: Cell) -> Bool { !c.text.isEmpty && !NumberText.isValueLike(c.text) }

    /// Wrapped fragments need x positions: tab-separated extracts keep a cell's lines together.
    static func hasX(_ c: Cell) -> Bool { c.x0 != nil && c.x1 != nil }
}
