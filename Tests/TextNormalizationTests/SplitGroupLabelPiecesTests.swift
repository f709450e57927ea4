import Testing
import DocumentModel
import TextNormalization

/// A group label wrapped into pieces beside the row labels of a narrow print (the real 平潭 and
/// 上海市科委 web pages printed by Chromium on a narrow page, Samples/prints): the pieces were
/// read into the row labels, `年度办（二）部分公开…` no longer started an item, was joined onto the
/// row above, and the values of （一）予以公开 were put in （二）部分公开's row: wrong numbers.
@Suite struct SplitGroupLabelPiecesTests {
    /// A cell as the text layer gives it: `raw` as extracted (with the space the gap made), `text`
    /// after the Chinese spaces are removed.
    func c(_ raw: String, _ x0: Double, _ x1: Double, _ line: Int) -> Cell {
        Cell(text: raw.replacingOccurrences(of: " ", with: ""), raw: raw, ref: SourceRef(page: 3, line: line), x0: x0, x1: x1)
    }

    func narrowPrint() -> Table {
        func values(_ v: [String], _ line: Int) -> [Cell] {
            v.enumerated().map { c($1, 200 + 30 * Double($0), 206 + 30 * Double($0), line) }
        }
        return Table(rows: [
            row([c("三、本 （一）予以公开", 40, 150, 1)] + values(["6", "0", "0", "0", "0", "1", "7"], 1)),
            row([c("年度办 （二）部分公开", 40, 150, 2)]),
            row([c("理结果 （区分处理的，只", 40, 160, 3)]),
            row([c("计这一情形，不计", 80, 160, 4)] + values(["6", "0", "0", "0", "0", "0", "6"], 4)),
            row([c("其他情形）", 80, 130, 5)]),
        ])
    }

    @Test func piecesOfAKnownGroupLabelAreSplitOffTheRowLabels() {
        let repair = SplitGroupLabelPieces(lexicon: testLexicon).apply(narrowPrint())
        #expect(repair.repairs == 3)
        #expect(repair.table.rows.prefix(3).map { $0.cells.prefix(2).map(\.text) }
                == [["三、本", "（一）予以公开"], ["年度办", "（二）部分公开"], ["理结果", "（区分处理的，只"]])
        // The pieces keep the left of the cell; the row labels start where the pieces end.
        let first = repair.table.rows[0].cells
        #expect(first[0].x0 == 40 && first[1].x1 == 150 && first[0].x1 == first[1].x0)
        #expect(first[1].raw == "（一）予以公开")
    }

    @Test func eachRowKeepsItsValuesOnceTheRulesAfterItRun() {
        let m = ColumnMatcher(tolerance: 6)
        var t = SplitGroupLabelPieces(lexicon: testLexicon).apply(narrowPrint()).table
        t = JoinSplitHeaderCells(lexicon: testLexicon, matcher: m).apply(t).table
        t = JoinVerticalLabels(matcher: m).apply(t).table
        t = JoinWrappedRowLabels(matcher: m).apply(t).table
        // （二）'s label lines stay before its values (the parser reads label lines up to the values
        // as one label), none of them glued onto （一）'s row.
        #expect(texts(t) == [["三、本年度办理结果", "（一）予以公开", "6", "0", "0", "0", "0", "1", "7"],
                             ["（二）部分公开"], ["（区分处理的，只"],
                             ["计这一情形，不计其他情形）", "6", "0", "0", "0", "0", "0", "6"]])
    }

    /// A wider gap left some pieces cells of their own (`table-layout:fixed`, Samples/prints): they
    /// count in the run, and only the glued one is split.
    @Test func piecesAlreadyCellsOfTheirOwnCountInTheRun() {
        let t = Table(rows: [
            row([c("三、本年", 40, 80, 1), c("（一）予以公开", 85, 150, 1), c("6", 200, 206, 1), c("7", 230, 236, 1)]),
            row([c("度办理结 （二）部分公开", 40, 150, 2)]),
            row([c("果", 40, 52, 3), c("（区分处理的，只", 85, 160, 3)]),
        ])
        let repair = SplitGroupLabelPieces(lexicon: testLexicon).apply(t)
        #expect(repair.repairs == 1)
        #expect(repair.table.rows.map { $0.cells.prefix(2).map(\.text) }
                == [["三、本年", "（一）予以公开"], ["度办理结", "（二）部分公开"], ["果", "（区分处理的，只"]])
    }

    /// Regression (上海市科委's page printed by Chromium at zoom 1.25, read by its lines): the last
    /// piece `果` stood alone on the line of （二）'s values (its label wraps around them), so the run
    /// `三、本年` `度办理结` made no whole term and nothing was split; read as line geometry alone,
    /// （一）'s values went to （二）'s row (2 wrong numbers). A lone last piece before values
    /// completes the term.
    @Test func theLastPieceAloneBesideValuesCompletesTheTerm() {
        let t = Table(rows: [
            row([c("三、本年 （一）予以公开", 40, 150, 1), c("9", 200, 206, 1), c("9", 230, 236, 1)]),
            row([c("度办理结 （二）部分公开（区分处理的，只计", 40, 190, 2)]),
            row([c("果", 40, 52, 3), c("0", 200, 206, 3), c("0", 230, 236, 3)]),
            row([c("这一情形，不计其他情形）", 85, 190, 4)]),
        ])
        let repair = SplitGroupLabelPieces(lexicon: testLexicon).apply(t)
        #expect(repair.repairs == 2)
        #expect(repair.table.rows.map { $0.cells.prefix(2).map(\.text) }
                == [["三、本年", "（一）予以公开"], ["度办理结", "（二）部分公开（区分处理的，只计"], ["果", "0"], ["这一情形，不计其他情形）"]])
        // A lone short label before values that completes no term is a row label: left alone.
        let label = Table(rows: [row([c("规章", 40, 64, 1), c("13", 200, 212, 1)]), row([c("规章", 40, 64, 2), c("13", 200, 212, 2)])])
        #expect(SplitGroupLabelPieces(lexicon: testLexicon).apply(label).repairs == 0)
    }

    /// Pieces that read down the lines as no known term stay where they are: two row labels that
    /// happen to start with a short word and a space are not a group label.
    @Test func piecesThatMakeNoKnownTermAreLeft() {
        let t = Table(rows: [row([c("其他 （一）予以公开", 40, 150, 1)]), row([c("说明 （二）部分公开", 40, 150, 2)])])
        #expect(SplitGroupLabelPieces(lexicon: testLexicon).apply(t).repairs == 0)
    }

    /// Tab fields and grid cells are separate cells already.
    @Test func fieldedCellsAreLeft() {
        var t = narrowPrint()
        for r in t.rows.indices { for k in t.rows[r].cells.indices { t.rows[r].cells[k].field = k } }
        #expect(SplitGroupLabelPieces(lexicon: testLexicon).apply(t).repairs == 0)
    }
}
