import Testing
import DocumentModel
import TextNormalization

@Suite struct RebuildRowsFromCellLinesTests {
    func one(_ t: String, _ line: Int) -> RebuildRowsFromCellLines.Item { .cells([cell(t, line: line)], multiCell: false) }

    @Test func labelsThenValuesFormARow() {
        let items = ["第二十条第（一）项", "信息内容", "本年制发件数", "规章", "8", "256", "20", "行政规范性文件", "0", "103", "30"]
            .enumerated().map { one($1, $0 + 1) }
        let (rows, repairs) = RebuildRowsFromCellLines().apply(items)
        #expect(texts(Table(rows: rows)) == [["第二十条第（一）项", "信息内容", "本年制发件数", "规章", "8", "256", "20"],
                                            ["行政规范性文件", "0", "103", "30"]])
        #expect(repairs == 2)
    }

    @Test func gapsAndMultiCellLinesEndRows() {
        let items: [RebuildRowsFromCellLines.Item] = [one("0", 1), one("20", 2), .gap, one("31", 3),
                                                      .cells([cell("规章"), cell("1")], multiCell: true), one("5", 5)]
        let (rows, _) = RebuildRowsFromCellLines().apply(items)
        #expect(texts(Table(rows: rows)) == [["0", "20"], ["31"], ["规章", "1"], ["5"]])
    }
}

/// Regression: consecutive one-cell lines with positions (a wrapped label's tail, the next label's
/// head) were glued into one row, and the parser took both labels for a column-ordered group.
@Suite struct RebuildRowsKeepsPositionedLinesApartTests {
    @Test func positionedSingleCellLinesAreRowsOfTheirOwn() {
        let items: [RebuildRowsFromCellLines.Item] = [.cells([cell("开", x: 209, line: 1)], multiCell: false),
                                                      .cells([cell("3.危及“三安全一稳", x: 168, line: 2)], multiCell: false)]
        #expect(RebuildRowsFromCellLines().apply(items).rows.count == 2)
    }
}
