import Testing
import DocumentModel
@testable import PDFExtraction

/// Numbers of two columns read as one word on a page that continues a table without rules,
/// parted under the page before's header (``NumbersUnderThePageBefore``).
@Suite struct NumbersUnderThePageBeforeTests {
    /// The header of the 2019 requests table, its columns at their places (points).
    static let header: Line = {
        let words = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]
        let xs: [(Double, Double)] = [(340, 362), (375, 398), (410, 433), (447, 482), (496, 531), (540, 552), (565, 577)]
        var line = Line(spans: zip(words, xs).map { Span(text: $0, x0: $1.0, x1: $1.1, confidence: 90) }, ref: SourceRef(page: 4, line: 9))
        line.tableHeader = true
        return line
    }()

    /// The total row on the next page: `1805` over 其他 and 总计, its ink parted `1` `805`.
    static func totalRow(parts: [(String, Double, Double)] = [("1", 545, 549), ("805", 555, 576)]) -> Line {
        var merged = Span(text: "1805", x0: 545, x1: 576, confidence: 95)
        merged.inkParts = parts.map { Span(text: $0.0, x0: $0.1, x1: $0.2, confidence: 95) }
        return Line(spans: [Span(text: "（七）总计", x0: 250, x1: 300, confidence: 90), Span(text: "767", x0: 340, x1: 362, confidence: 92),
                            Span(text: "35", x0: 385, x1: 398, confidence: 92), Span(text: "2", x0: 525, x1: 530, confidence: 95), merged],
                    ref: SourceRef(page: 5, line: 1))
    }

    static func pages(_ before: [Line], _ after: [Line], width: Double = 612, turns: Int = 3) -> [Page] {
        var a = Page(number: 4, lines: before, width: 612, height: 792, origin: .ocr)
        var b = Page(number: 5, lines: after, width: width, height: 792, origin: .ocr)
        a.quarterTurns = 3
        b.quarterTurns = turns
        return [a, b]
    }

    /// Regression (上海市政府办公厅's 2019 page printed without rules, values set right, scanned
    /// at 200 and 240 dpi): its last two rows on a page of their own, too few to find the table,
    /// were read as prose; the total row's `1 805` came back `1805`, four values for seven
    /// columns, and the row was lost (5 cells). Its ink parts it, each part under one column of
    /// the header on the page before: `1` and `805`. The parts are cleared from every span.
    @Test func aWordOverTwoColumnsOfThePageBeforesHeaderIsParted() {
        var pages = Self.pages([Self.header], [Self.totalRow()])
        NumbersUnderThePageBefore.parting(&pages)
        #expect(pages[1].lines[0].spans.map(\.text) == ["（七）总计", "767", "35", "2", "1", "805"])
        #expect(pages[1].lines[0].spans.suffix(2).map { [$0.x0!, $0.x1!] } == [[545, 549], [555, 576]])
        #expect(pages.allSatisfy { $0.lines.allSatisfy { $0.spans.allSatisfy { $0.inkParts.isEmpty } } })
    }

    /// Not parted: with no header on the page before (a line of words not read as one), on a
    /// page turned otherwise or of another width, where a part lies under two columns or two
    /// parts under one, nor below the page's own header (its table's, parted on the page).
    @Test func aWordIsPartedOnlyUnderThePageBeforesHeaderWhereEachPartFits() {
        var plain = Self.header
        plain.tableHeader = false
        var ownHeader = Self.header
        ownHeader.ref = SourceRef(page: 5, line: 1)
        for var pages in [Self.pages([plain], [Self.totalRow()]), Self.pages([Self.header], [Self.totalRow()], width: 792),
                          Self.pages([Self.header], [Self.totalRow()], turns: 1),
                          Self.pages([Self.header], [Self.totalRow(parts: [("18", 545, 567), ("05", 570, 576)])]),
                          Self.pages([Self.header], [Self.totalRow(parts: [("1", 566, 568), ("805", 570, 576)])]),
                          Self.pages([Self.header], [ownHeader, Self.totalRow()])] {
            NumbersUnderThePageBefore.parting(&pages)
            #expect(pages[1].lines.last!.spans.last!.text == "1805")
            #expect(pages[1].lines.last!.spans.allSatisfy { $0.inkParts.isEmpty })
        }
    }

    /// A number on a line of prose with another number gets the parts its ink gives it, measured
    /// on its ink's height (the line is taller: its label's characters), as on a page with its
    /// header (gap 17 against 6: a third of 36 and twice the narrowest); a number whose gaps are
    /// alike, or a line with one number, gets none.
    @Test func aNumbersInkPartsAreNotedOnALineOfNumbers() {
        var d = ScanImageTests.Drawing(900, 200)
        d.box(40, 60, 80, 70)                                                  // a label, taller than the digits
        for (x0, x1) in [(300, 320), (328, 348), (356, 376)] { d.box(x0, 80, x1 - x0, 36) }       // 767
        for (x0, x1) in [(500, 520), (537, 557), (563, 583), (589, 609)] { d.box(x0, 80, x1 - x0, 36) }   // 1 805
        func line(_ spans: [Span]) -> OCRPageReader.PixelLine { OCRPageReader.PixelLine(top: 60, bottom: 130, spans: spans) }
        var lines = [line([Span(text: "（七）总计", x0: 40, x1: 120), Span(text: "767", x0: 300, x1: 376), Span(text: "1805", x0: 500, x1: 609)]),
                     line([Span(text: "（七）总计", x0: 40, x1: 120), Span(text: "1805", x0: 500, x1: 609)])]
        OCRPageReader.markingInkParts(&lines, image: d.image, threshold: 128)
        #expect(lines[0].spans[2].inkParts.map(\.text) == ["1", "805"])
        #expect(lines[0].spans[2].inkParts.map { [$0.x0!, $0.x1!] } == [[500, 519], [537, 608]])
        #expect(lines[0].spans[1].inkParts.isEmpty && lines[1].spans[1].inkParts.isEmpty)
    }

    /// Regression (the same print at 200 dpi, under a seal): （七）总计's label read `(+) Sit`,
    /// and its `767` read with it (`(+) Sit 767`, closer than a cell's gap): the row's first
    /// value lost. Under the page before's header the number, under 自然人, is a field of its own
    /// and the label's words, under no column, the label. Not where the words reach a column.
    @Test func aNumberReadWithALabelsWordsIsPartedFromThemUnderThePageBeforesHeader() {
        func row(_ words: (Double, Double)) -> Line {
            var line = Self.totalRow()
            var label = Span(text: "(+) Sit 767", x0: words.0, x1: 362, confidence: 60)
            label.inkParts = [Span(text: "(+) Sit", x0: words.0, x1: words.1, confidence: 60), Span(text: "767", x0: 340, x1: 362, confidence: 92)]
            line.spans = [label] + line.spans.dropFirst(2)
            return line
        }
        var pages = Self.pages([Self.header], [row((250, 300))])
        NumbersUnderThePageBefore.parting(&pages)
        #expect(pages[1].lines[0].spans.map(\.text) == ["(+) Sit", "767", "35", "2", "1", "805"])
        var reaching = Self.pages([Self.header], [row((250, 345))])
        NumbersUnderThePageBefore.parting(&reaching)
        #expect(reaching[1].lines[0].spans.first?.text == "(+) Sit 767")
    }

    /// The parts of a label's words and a number after them are noted on a line of a label and
    /// its numbers (two or more besides), not on a line with one number besides.
    @Test(.enabled(if: OCRAvailability.languageDataInstalled, "tesseract chi_sim and eng data not installed"))
    func aNumberReadWithALabelsWordsIsNotedApart() throws {
        let reader = try OCRPageReader(options: OCROptions())
        func word(_ text: String, _ left: Int, _ right: Int, first: Bool = false) -> OCRWord {
            OCRWord(text: text, left: left, top: 1800, right: right, bottom: 1850, confidence: 90, startsLine: first)
        }
        let row = [word("(+)", 1000, 1060, first: true), word("Sit", 1070, 1120), word("767", 1150, 1230), word("35", 1400, 1450), word("2", 1600, 1620)]
        let line = try #require(reader.proseLines(row).first)
        #expect(line.spans.map(\.text) == ["(+) Sit 767", "35", "2"])
        #expect(line.spans[0].inkParts.map(\.text) == ["(+) Sit", "767"])
        #expect(line.spans[0].inkParts.map { [$0.x0!, $0.x1!] } == [[1000, 1120], [1150, 1230]])
        let prose = try #require(reader.proseLines(Array(row.prefix(4))).first)
        #expect(prose.spans.allSatisfy { $0.inkParts.isEmpty })
    }
}
