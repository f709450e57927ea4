import Testing
import DocumentModel
@testable import TextInput

@Suite struct ExtractReaderTests {
    func read(_ text: String) throws -> Document {
        try ExtractReader.read(text, path: "t.txt", encoding: .utf8)
    }

    @Test func tabSeparatedFieldsKeepEmptyCells() throws {
        let doc = try read("规章\t0\t0\t0\n行政许可\t0\t\t\n")
        #expect(doc.source.layout == .tabSeparated)
        let line = doc.pages[0].lines[1]
        #expect(line.spans.map(\.text) == ["行政许可", "0", "", ""])
        #expect(line.spans.map(\.field) == [0, 1, 2, 3])
    }

    @Test func spaceAlignedColumnsGetCharacterPositions() throws {
        let doc = try read("""
            信息内容         本年制发件数       本年废止件数
            规章           8            256
            行政规范性文件      0            103
            """)
        #expect(doc.source.layout == .spaceAligned)
        let row = doc.pages[0].lines[1]
        #expect(row.spans.map(\.text) == ["规章", "8", "256"])
        #expect(row.spans[1].x0 == 13)
    }

    @Test func narrowNumericColumnsOneSpaceApartAreSplit() throws {
        let doc = try read("行政复议      0 4 0  0   4\n规章   1   2\n规章   1   2\n")
        #expect(doc.pages[0].lines[0].spans.map(\.text) == ["行政复议", "0", "4", "0", "0", "4"])
    }

    @Test func chineseWordsOneSpaceApartInAnAlignedRowAreCells() throws {
        let doc = try read("结果 结果     其他   尚未\n规章   1   2\n规章   1   2\n")
        #expect(doc.pages[0].lines[0].spans.map(\.text) == ["结果", "结果", "其他", "尚未"])
    }

    @Test func singleSpacedLabelAndNumbersAreSplit() throws {
        let doc = try read("规章 15 19 6\n行政许可 79\n2.重复申请 6 0 0 3 0 1 10\n- 3 -\n")
        let lines = doc.pages[0].lines
        #expect(lines[0].spans.map(\.text) == ["规章", "15", "19", "6"])
        #expect(lines[1].spans.map(\.text) == ["行政许可", "79"])
        #expect(lines[2].spans.count == 8)
        #expect(lines[3].spans.map(\.text) == ["- 3 -"])
    }

    /// Regression: the note `54（其中修订 2` (its bracket closed on the next line) was split at the 2.
    @Test func numberInsideAnOpenBracketIsNotACell() throws {
        let doc = try read("54（其中修订 2\n规章 8 36\n")
        #expect(doc.pages[0].lines[0].spans.map(\.text) == ["54（其中修订 2"])
    }

    /// Regression: a label that wraps before its bracket closes, with its row's values after it,
    /// kept the values in the label cell (the row was lost).
    @Test func aRunOfNumbersAfterAnOpenBracketIsCells() throws {
        let doc = try read("理结果    （二）部分公开（区分处理的，只计这一 6 0 0 0       0   0 6\n")
        #expect(doc.pages[0].lines[0].spans.map(\.text) == ["理结果", "（二）部分公开（区分处理的，只计这一", "6", "0", "0", "0", "0", "0", "6"])
    }

    @Test func proseEndingInAYearIsNotSplit() throws {
        let doc = try read("阆中市住房和城乡建设局 2024\n年政府信息公开工作年度报告\n")
        #expect(doc.pages[0].lines[0].spans.count == 1)
    }

    @Test func formFeedsSeparatePagesAndLineNumbersCountInTheFile() throws {
        let doc = try read("第一页\n内容\n\u{0C}第二页\n\u{0C}")
        #expect(doc.pages.count == 2)
        #expect(doc.pages[1].lines[0].spans[0].text == "第二页")
        #expect(doc.pages[1].lines[0].ref == SourceRef(page: 2, line: 3))
    }

    @Test func crlfAndCRLineEnds() throws {
        let a = try read("一\r\n二\r\n三")
        let b = try read("一\r二\r三")
        #expect(a.pages[0].lines.map { $0.spans.first?.text } == ["一", "二", "三"])
        #expect(b.pages[0].lines.map { $0.spans.first?.text } == ["一", "二", "三"])
    }

    @Test func oneCellPerLineExtractsHaveNoPositions() throws {
        let doc = try read("规章\n8\n256\n20\n行政规范性文件\n0\n")
        #expect(doc.source.layout == .oneCellPerLine)
        #expect(doc.pages[0].lines.allSatisfy { $0.spans.allSatisfy { $0.x0 == nil } })
    }

    @Test func tooLongLineIsRefused() {
        let long = String(repeating: "数", count: 50)
        #expect(throws: TextInputProblem.lineTooLong(line: 1, limit: 10)) {
            try ExtractReader.read(long, path: "t", encoding: .utf8, options: .init(maxLineLength: 10))
        }
    }
}

/// Regression (large-font sample, pdftotext -layout): a vertical group label fragment one space
/// before a row label, `年度办 （二）部分公开（区`, was one cell.
@Suite struct SplitBeforeItemsTests {
    @Test func aSpaceBeforeAnItemNumberSeparatesCells() throws {
        let doc = try ExtractReader.read("年度办 （二）部分公开（区\n规章   1   2\n规章   1   2\n", path: "t", encoding: .utf8)
        #expect(doc.pages[0].lines[0].spans.map(\.text) == ["年度办", "（二）部分公开（区"])
    }

    /// Spans and cells store their geometry compactly (`Float`, `Int32`): nil stays nil, zero
    /// stays zero, columns and points come back as given, equal spans are equal.
    @Test func compactGeometryKeepsValuesAndNil() {
        let none = Span(text: "a")
        #expect(none.x0 == nil && none.x1 == nil && none.field == nil && none.centerX == nil)
        #expect(none == Span(text: "a"))
        let columns = Span(text: "b", x0: 0, x1: 13, field: 4)
        #expect(columns.x0 == 0 && columns.x1 == 13 && columns.field == 4 && columns.centerX == 6.5)
        #expect(columns != Span(text: "b", x0: nil, x1: 13, field: 4))
        let points = Span(text: "c", x0: 512.25, x1: 841.890625)
        #expect(points.x0 == 512.25 && points.x1 == 841.890625)
        var cell = Cell(text: "1", raw: "1", ref: SourceRef(page: 1, line: 1), x0: 72.5, x1: 90)
        #expect(cell.x0 == 72.5 && cell.field == nil)
        cell.x0 = nil
        cell.field = 7
        #expect(cell.x0 == nil && cell.field == 7 && cell.centerX == nil)
    }
}

/// Regression: a line of many numbers was split in quadratic time (minutes for 500,000 tokens);
/// the split must stay right on a long line. Its time is checked by Benchmarks/bench-linear.sh.
@Suite struct LongLineTests {
    @Test func aLongLineOfNumbersSplitsIntoOneCellEach() throws {
        let text = "数量 " + Array(repeating: "12", count: 5_000).joined(separator: " ")
        let spans = ExtractReader.splitTrailingNumbers(Span(text: text, x0: 0, x1: Double(text.unicodeScalars.count)))
        #expect(spans.count == 5_001)
        #expect(spans.first?.text == "数量" && spans.dropFirst().allSatisfy { $0.text == "12" })
        #expect(spans.last?.x0 == Double(text.unicodeScalars.count - 2))
    }
}
