import DocumentModel

/// Splits the pieces of a group label off the row labels they were read together with. A narrow
/// page wraps a group label that spans rows (`三、本年度办理结果`) into pieces of a few characters,
/// each printed beside a line of the row labels, closer than a cell gap:
///
///     三、本 （一）予以公开        9  0  0 …
///     年度办 （二）部分公开（区分处理
///     理结果 的，只计这一情形，不计其  0  0  0 …
///
/// Read as one cell per line, the pieces glue onto the row labels, `年度办（二）部分公开…` no longer
/// starts an item, and it is joined onto the row above: the values of （一） land in （二）'s row.
/// Where consecutive lines each start with a short run of Chinese, a space, then more text (or
/// with such a run as a cell of its own, before a label), and those runs read down the lines make
/// a known table term (the lexicon), each run becomes a cell of its own at the left of its line; the rules after this one join the pieces down the column
/// and the row labels as usual. Needs x positions and the text as extracted (the space).
public struct SplitGroupLabelPieces: TableRule {
    public static let name = "split-group-label-pieces"

    public var lexicon: Lexicon
    /// The longest piece, in characters.
    public var maxPieceLength = 4

    public init(lexicon: Lexicon) {
        self.lexicon = lexicon
    }

    public func apply(_ table: Table) -> TableRepair {
        guard !lexicon.isEmpty else { return TableRepair(table, 0) }
        var rows = table.rows
        var repairs = 0
        var i = 0
        while i < rows.count {
            guard let first = piece(rows[i]), lexicon.isPrefix(first.piece) else { i += 1; continue }
            var run = [first]
            var term = first.piece
            var j = i + 1
            while j < rows.count, rows[j].ref.page == rows[j - 1].ref.page {
                if let next = piece(rows[j]), lexicon.isPrefix(term + next.piece) {
                    run.append(next)
                    term += next.piece
                    j += 1
                } else if let last = piece(rows[j], beforeValues: true), lexicon.contains(term + last.piece) {
                    // The term's last piece, a cell of its own on a line of values (`果` beside
                    // the values of the row whose label wraps around it).
                    run.append(last)
                    term += last.piece
                    j += 1
                    break
                } else {
                    break
                }
            }
            guard run.count >= 2, lexicon.contains(term) else { i += 1; continue }
            for (k, p) in run.enumerated() {
                let r = i + k
                guard let rest = p.rest else { continue }   // a cell of its own already
                let cell = rows[r].cells[p.index]
                let (x0, x1) = (cell.x0!, cell.x1!)
                let cut = x0 + (x1 - x0) * Double(p.piece.unicodeScalars.count) / Double(max(1, cell.text.unicodeScalars.count))
                var head = cell
                head.text = p.piece
                head.raw = p.piece
                head.x1 = cut
                var tail = cell
                tail.text = rest
                tail.raw = String(String.UnicodeScalarView(cell.raw.unicodeScalars.drop { !ScalarClass.isHorizontalSpace($0) }
                    .drop(while: ScalarClass.isHorizontalSpace)))
                tail.x0 = cut
                rows[r].cells.replaceSubrange(p.index...p.index, with: [head, tail])
                repairs += 1
            }
            i = j
        }
        return TableRepair(Table(rows: rows), repairs)
    }

    /// The row's leftmost cell as a piece and the rest, when its raw text is a run of one to
    /// `maxPieceLength` Chinese characters (or `、`), a space, then text that is not a value; or
    /// the piece alone (`rest` nil) when the cell is such a run by itself and a label follows it
    /// on the line (the gap after it was wide enough), or with `beforeValues`, values.
    func piece(_ row: TableRow, beforeValues: Bool = false) -> (index: Int, piece: String, rest: String?)? {
        let order = row.cells.indices.filter { row.cells[$0].x0 != nil && !row.cells[$0].text.isEmpty }
            .sorted { row.cells[$0].x0! < row.cells[$1].x0! }
        guard let index = order.first, row.cells[index].x1 != nil, row.cells[index].field == nil else { return nil }
        let cell = row.cells[index]
        let raw = cell.raw.unicodeScalars
        func isPiece<C: Collection>(_ s: C) -> Bool where C.Element == Unicode.Scalar {
            (1...maxPieceLength).contains(s.count) && s.allSatisfy { ScalarClass.isHan($0) || $0 == "、" }
        }
        guard let space = raw.firstIndex(where: ScalarClass.isHorizontalSpace) else {
            guard isPiece(cell.text.unicodeScalars), order.count >= 2,
                  NumberText.isValueLike(row.cells[order[1]].text) == beforeValues else { return nil }
            return (index, cell.text, nil)
        }
        if beforeValues { return nil }
        let head = raw[..<space]
        guard isPiece(head) else { return nil }
        let piece = String(String.UnicodeScalarView(head))
        guard cell.text.hasPrefix(piece) else { return nil }
        let rest = String(cell.text.dropFirst(piece.count))
        guard !rest.isEmpty, !NumberText.isValueLike(rest) else { return nil }
        return (index, piece, rest)
    }
}
