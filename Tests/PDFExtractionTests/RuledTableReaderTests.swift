import Testing
import DocumentModel
@testable import PDFExtraction

/// Reading born-digital ruled tables as grids: the steps on drawn images, each named after the
/// real print that needed it.
@Suite struct RuledTableReaderTests {
    typealias Drawing = ScanImageTests.Drawing

    func glyph(_ s: Unicode.Scalar, _ x0: Double, _ y0: Double, _ x1: Double, _ y1: Double, size: Double = 10) -> PageGlyph {
        PageGlyph(scalar: s, x0: x0, y0: y0, x1: x1, y1: y1, fontSize: size)
    }

    /// A 72 dpi render: one pixel per point. Rules at y 10, 30, 50 from x 10 to 190; at x 10, 100, 190.
    func grid() -> Drawing {
        var d = Drawing(200, 100)
        for y in [10, 30, 50] { d.box(10, y, 181, 1) }
        for x in [10, 100, 190] { d.box(x, 10, 1, 41) }
        return d
    }

    /// Regression (the 2019 report's tight print scanned at 300 dpi): in rows 一 and 二,
    /// `公开申请数量` stands at the same place, and the strokes of `开` and `请`, chained through the
    /// rule between the rows, were taken for two rules of those two rows only: the labels were cut
    /// in three and both rows lost. An edge of one row or two that lines up with no other row of a
    /// table of six rows or more, with text on both sides of it, is not a rule. Kept: one that
    /// lines up with another row's, one with ink on one side only (a section's own columns of
    /// numbers, their header's edge unseen), and every edge of a smaller table.
    @Test func strokesOfTheSameCharactersInTwoTightRowsAreNotRules() {
        typealias S = RulingLines.Segment
        func table(rows: Int, extra: [S], inText: @escaping (TableGrid.Band, Int) -> Bool = { _, _ in true }) -> TableGrid {
            let hs = (0...rows).map { S(across0: 10 + 50 * $0, across1: 11 + 50 * $0, along0: 0, along1: 600) }
            var vs = [0, 300, 450, 600].map { S(across0: $0, across1: $0 + 1, along0: 10, along1: 10 + 50 * rows) }
            vs += extra
            return TableGrid.grid(hs, vs, tolerance: 4, strayEdgeInText: inText)
        }
        let strokes = [S(across0: 120, across1: 121, along0: 60, along1: 160), S(across0: 200, across1: 201, along0: 60, along1: 160)]
        let tall = table(rows: 7, extra: strokes)
        #expect(tall.bands.map(\.edges.count) == Array(repeating: 4, count: 7))
        #expect(tall.cells.count == 7 * 3)
        // A column of two rows that another row's edge lines up with is kept.
        let aligned = table(rows: 7, extra: strokes + [S(across0: 121, across1: 122, along0: 310, along1: 360)])
        #expect(aligned.bands[1].edges == [0, 120, 300, 450, 600] && aligned.bands[6].edges == [0, 121, 300, 450, 600])
        #expect(aligned.bands[2].edges == [0, 120, 300, 450, 600])
        // Numbers set apart from the edge on one side: kept.
        let apart = table(rows: 7, extra: strokes) { _, x in x != 200 }
        #expect(apart.bands[1].edges == [0, 200, 300, 450, 600])
        let short = table(rows: 5, extra: strokes)
        #expect(short.bands[1].edges == [0, 120, 200, 300, 450, 600])
    }

    /// What makes an edge of a scan's band "in text": ink within half the band's height on both
    /// sides of it (the neighbours of a character's stroke), not on one side only (a number
    /// set apart from the rule, left-aligned in its cell).
    @Test func anEdgeInsideALineOfTextHasInkCloseOnBothSides() {
        var d = ScanImageTests.Drawing(300, 60)
        d.vline(x: 100, from: 0, to: 60)
        d.box(80, 15, 12, 30)       // a stroke of the character before
        d.box(110, 15, 12, 30)      // the next character
        #expect(d.image.inkOnBothSides(ofX: 100, top: 0, bottom: 60, gap: 6, threshold: 128))
        var apart = ScanImageTests.Drawing(300, 60)
        apart.vline(x: 100, from: 0, to: 60)
        apart.box(20, 15, 12, 30)   // a number at its cell's left, far from the rule
        apart.box(110, 15, 12, 30)
        #expect(!apart.image.inkOnBothSides(ofX: 100, top: 0, bottom: 60, gap: 6, threshold: 128))
    }

    @Test func thinRulesOfARenderAreFound() {
        let rules = RuledTableReader.rules(in: grid().image, threshold: 225, minimumLength: 16)
        #expect(rules.horizontal.map(\.center).sorted() == [10, 30, 50])
        #expect(rules.vertical.map(\.center).sorted() == [10, 100, 190])
        let grids = TableGrid.grids(from: rules, tolerance: 3)
        #expect(grids.count == 1 && grids[0].bands.count == 2 && grids[0].cells.count == 4)
    }

    /// Cells boxed apart on a small page (a web page printed on A5 with `border-spacing:2px`):
    /// at 72 dpi the two box sides 1.5 pt apart render as one run 4 px thick, with the grey of the
    /// gap between. Regression: rules were at most 3 px thick, so these were dropped, the 2019
    /// applications table lost its label and applicant columns and 41 cells went unplaced.
    @Test func boxSidesMergedIntoOneThickRunAreARule() {
        var d = grid()
        d.box(99, 10, 1, 41); d.box(100, 10, 2, 41, level: 200); d.box(102, 10, 1, 41)   // the middle rule: two sides and the gap
        d.box(10, 29, 181, 1); d.box(10, 30, 181, 2, level: 200); d.box(10, 32, 181, 1)   // the middle row's rule, likewise
        let rules = RuledTableReader.rules(in: d.image, threshold: 225, minimumLength: 16)
        #expect(rules.vertical.count == 3, "\(rules.vertical)")
        #expect(rules.horizontal.count == 3, "\(rules.horizontal)")
        let grids = TableGrid.grids(from: rules, tolerance: 3)
        #expect(grids.count == 1 && grids.first?.cells.count == 4)
    }

    /// A tight synthetic table: the strokes of characters in one column, touching the rules above
    /// and below their rows, chained into a vertical run that split the label `行政规范性文件`.
    @Test func strokesChainedThroughRulesAreNotRules() {
        var d = grid()
        d.box(60, 10, 1, 41)   // a chain of strokes from rule to rule, through two rows of text
        let glyphs = [glyph("性", 55, 12, 65, 28), glyph("章", 55, 32, 65, 48)]
        let found = RuledTableReader.rules(in: d.image, threshold: 225, minimumLength: 16)
        #expect(found.vertical.map(\.center).contains(60))
        let cut = RuledTableReader.cut(found, byGlyphs: glyphs, scale: 1, minimumLength: 16)
        #expect(cut.vertical.map(\.center).sorted() == [10, 100, 190])
        #expect(cut.horizontal.count == 3)
    }

    /// Chromium's glyph boxes are the font's line height (31 pt for 12 pt text) and reached over
    /// the rules around their cell, cutting them; the ink box is no taller than the font size.
    @Test func tallGlyphBoxesDoNotCutTheRulesAroundTheirCell() throws {
        let tall = glyph("或", 95, 0, 105, 40, size: 10)
        let ink = try #require(RuledTableReader.inkBox(tall))
        #expect(ink.y0 == 15 && ink.y1 == 25)
        let cut = RuledTableReader.cut(RuledTableReader.rules(in: grid().image, threshold: 225, minimumLength: 16),
                                       byGlyphs: [tall], scale: 1, minimumLength: 16)
        #expect(cut.vertical.map(\.center).sorted() == [10, 100, 190])
    }

    /// Separate cell borders (HTML's `border="1"` without `cellspacing="0"`, printed by Chromium):
    /// every row boundary is two rules a few points apart. A character's stroke (`讠` of `请`)
    /// touching a cell's top reached across both and was taken for a column rule, splitting
    /// `1.信访举报投诉类申请` into two cells and moving its row's values one column right. Found by
    /// printing the real 2019 report with separate borders (Samples/prints).
    @Test func aStrokeThroughBothRulesOfADoubleLineIsNotARule() {
        var d = Drawing(200, 100)
        for y in [10, 13, 40, 43, 70] { d.box(10, y, 181, 1) }
        for x in [10, 100, 190] { d.box(x, 10, 1, 61) }
        d.box(60, 10, 1, 20)   // a stroke from the double rule at 10/13 down into the row
        let rules = RuledTableReader.rules(in: d.image, threshold: 225, minimumLength: 16)
        #expect(rules.vertical.map(\.center).sorted() == [10, 100, 190])
        // A rule that crosses two lines of the grid stays.
        d.box(150, 40, 1, 31)
        let kept = RuledTableReader.rules(in: d.image, threshold: 225, minimumLength: 16)
        #expect(kept.vertical.map(\.center).sorted() == [10, 100, 150, 190])
    }

    /// 上海市政府办公厅's 2019 page printed in landscape puts section 四's table at the top of a page
    /// of its own: its headers set too tightly to split into cells, its one row of values the only
    /// line of three cells. The page was not rendered for its rules, and the row (6 values for 15
    /// columns) was left unplaced. A line of three numbers or more makes a page worth reading.
    @Test func aPageWithOneRowOfNumbersIsWorthReading() {
        let reader = RuledTableReader(builder: LineBuilder(options: PDFExtractionOptions()))
        func line(_ texts: [String], _ n: Int) -> Line {
            Line(spans: texts.enumerated().map { Span(text: $1, x0: Double(40 * $0), x1: Double(40 * $0 + 20)) },
                 ref: SourceRef(page: 6, line: n))
        }
        let headers = [line(["行政复议", "行政诉讼"], 1), line(["未经复议直接起诉", "复议后起诉"], 2),
                       line(["结果维持 结果纠正 其他结果 尚未审结 总计"], 3)]
        #expect(reader.worthReading(headers + [line(["5", "2", "7", "8", "1", "9"], 4)]))
        // One line of three cells that are not numbers is not a table.
        #expect(!reader.worthReading(headers + [line(["联系人", "电话", "地址"], 4)]))
    }

    /// Chromium draws the last row on a page without its bottom rule: the vertical rules that run
    /// on past the last horizontal rule close it where they end together (``TableGrid/openEnd``,
    /// the one rule for PDFs and scans).
    @Test func aRowLeftOpenByAPageBreakIsClosed() {
        var d = grid()
        for x in [10, 100, 190] { d.box(x, 50, 1, 20) }
        let rules = RuledTableReader.rules(in: d.image, threshold: 225, minimumLength: 16)
        #expect(!rules.horizontal.contains { $0.center > 60 })
        let g = TableGrid.grids(from: rules, tolerance: 3)[0]
        #expect(g.bands.count == 3)
        #expect(g.bottom == 69 && g.bands.last?.bottom == 69)
    }

    /// A rule under the group-label column only (Chromium lets a vertical group label end inside
    /// a row) splits the bands but not the row: the row's label and values stay one line.
    @Test func aRuleUnderOneColumnDoesNotSplitARow() {
        var d = Drawing(200, 100)
        for y in [10, 30, 50] { d.box(10, y, 181, 1) }
        for x in [10, 50, 190] { d.box(x, 10, 1, 41) }
        d.box(10, 40, 41, 1)   // under the narrow left column only, inside the second row
        let rules = RuledTableReader.rules(in: d.image, threshold: 225, minimumLength: 16)
        let g = TableGrid.grids(from: rules, tolerance: 3)[0]
        #expect(g.bands.count == 3)
        #expect(RuledTableReader.rows(of: g, rules: rules, tolerance: 3) == [0..<1, 1..<3])
    }

    /// 上海市政府办公厅's 2019 page in small type (Samples/prints style `small-type`): where the
    /// group label （五）不予处理 ends, Chromium draws its bottom border (two pixels at 72 dpi, under
    /// the group column only) three pixels above the next row's top border, the two one line of
    /// the grid. The row's top was looked for at the line's first rule only, found under one
    /// column, and （六）其他处理 was joined to the row above it (5.要求行政机关确认…): the rows of
    /// （六） and （七）总计 went unplaced.
    @Test func aBorderUnderARowspanJustAboveTheNextRowIsThatRowsTop() {
        func h(_ y: Int, _ x0: Int, _ x1: Int) -> RulingLines.Segment { .init(across0: y, across1: y, along0: x0, along1: x1) }
        func v(_ x: Int, _ y0: Int, _ y1: Int) -> RulingLines.Segment { .init(across0: x, across1: x, along0: y0, along1: y1) }
        var rules = RulingLines()
        rules.horizontal = [h(10, 10, 190), h(30, 10, 190), h(50, 50, 80), h(51, 50, 80), h(54, 50, 190), h(55, 10, 190), h(75, 10, 190)]
        rules.vertical = [v(10, 10, 75), v(50, 10, 75), v(80, 10, 51), v(190, 10, 75)]
        let g = TableGrid.grids(from: rules, tolerance: 3)[0]
        #expect(g.bands.map(\.top) == [10, 30, 50])
        #expect(g.bands[2].isTopLine(55, tolerance: 3) && !g.bands[2].isTopLine(59, tolerance: 3))
        #expect(RuledTableReader.rows(of: g, rules: rules, tolerance: 3) == [0..<1, 1..<2, 2..<3])
    }

    /// The same report in WenQuanYi small type: the page's first row (其他对外管理服务事项 0 0 0,
    /// continued from the page before) is 13 pt high, under a heading row of one cell
    /// (第二十条第（六）项) that draws no sides. Its sides, shorter than a rule, were dropped,
    /// and the row came out as one cell. A short run from rule to rule on the line of a long
    /// vertical rule is a side; one elsewhere (strokes of 握 boxed by strokes) is not.
    @Test func shortSidesOfARowUnderAOneCellRowAreRules() {
        var d = Drawing(200, 100)
        for y in [10, 23, 40, 60] { d.box(10, y, 181, 1) }
        for x in [10, 190] { d.box(x, 10, 1, 51) }
        for x in [70, 130] { d.box(x, 10, 1, 14); d.box(x, 40, 1, 21) }   // sides of the first and last rows
        d.box(150, 10, 1, 14); d.box(158, 10, 1, 14)                        // a character's strokes, rule to rule
        let rules = RuledTableReader.rules(in: d.image, threshold: 225, minimumLength: 16, minimumSideLength: 6)
        #expect(rules.vertical.filter { $0.center == 70 || $0.center == 130 }.count == 4)
        #expect(!rules.vertical.contains { $0.center == 150 || $0.center == 158 })
        let g = TableGrid.grids(from: rules, tolerance: 3)[0]
        #expect(g.bands[0].edges == [10, 70, 130, 190])
        #expect(g.bands[1].edges == [10, 190])
        // Without the shorter length, the first row's sides are not found.
        let before = RuledTableReader.rules(in: d.image, threshold: 225, minimumLength: 16)
        #expect(TableGrid.grids(from: before, tolerance: 3)[0].bands[0].edges == [10, 190])
    }

    /// The same report with padded cells: the last rows on the page (labels over blank values,
    /// lines of one cell) lay below the part rendered, 30 pt under the last line of two cells, and
    /// were read by their lines: 5.属于三类内部事务信息's 5 was left unplaced. Rules that reach the
    /// edge of the part rendered have the page rendered again to that edge of the page.
    @Test func rulesRunningOutOfTheRenderedBandWidenIt() {
        func v(_ x: Int, _ y0: Int, _ y1: Int) -> RulingLines.Segment { .init(across0: x, across1: x, along0: y0, along1: y1) }
        var rules = RulingLines()
        rules.vertical = [v(10, 100, 541), v(190, 100, 541)]
        let below = RuledTableReader.widened((60, 541.5), by: rules, scale: 1, pageHeight: 842)
        #expect(below.map { $0.0 == 60 && $0.1 == 842 } == true)
        rules.vertical = [v(10, 60, 300)]
        let above = RuledTableReader.widened((60, 541.5), by: rules, scale: 1, pageHeight: 842)
        #expect(above.map { $0.0 == 0 && $0.1 == 541.5 } == true)
        rules.vertical = [v(10, 100, 500)]
        #expect(RuledTableReader.widened((60, 541.5), by: rules, scale: 1, pageHeight: 842) == nil)
    }

    /// 平潭's 2020 page with 18 px body type: `3.危及“三安全一稳定”` fills its cell, and the box of
    /// the closing quote (a full em, its ink in the left half) reached over the cell's side, which
    /// was cut there: the label and the row's first value were one cell, and the row's values went
    /// unplaced. A closing mark's ink is the left half of its box, an opening mark's the right.
    @Test func theSpaceAfterAClosingQuoteDoesNotCutARule() throws {
        let quote = glyph("\u{201D}", 92, 12, 102, 28)
        let ink = try #require(RuledTableReader.inkBox(quote))
        #expect(ink.x0 == 92 && ink.x1 == 97)
        #expect(try #require(RuledTableReader.inkBox(glyph("（", 92, 12, 102, 28))).x0 == 97)
        #expect(try #require(RuledTableReader.inkBox(glyph("稳", 92, 12, 102, 28))).x1 == 102)
        let cut = RuledTableReader.cut(RuledTableReader.rules(in: grid().image, threshold: 225, minimumLength: 16),
                                       byGlyphs: [quote], scale: 1, minimumLength: 16)
        #expect(cut.vertical.map(\.center).sorted() == [10, 100, 190])
        // A character across the rule still cuts it.
        let across = RuledTableReader.cut(RuledTableReader.rules(in: grid().image, threshold: 225, minimumLength: 16),
                                          byGlyphs: [glyph("稳", 92, 12, 108, 28)], scale: 1, minimumLength: 16)
        #expect(!across.vertical.contains { $0.center == 100 && $0.along0 <= 12 })
    }

    @Test func spacesPrintNoInk() {
        #expect(!RuledTableReader.isInk(" ") && !RuledTableReader.isInk("\u{3000}") && !RuledTableReader.isInk("\u{A0}"))
        #expect(RuledTableReader.isInk("性") && RuledTableReader.isInk("7"))
    }
}

/// Fake bold: WPS and Word draw the same text twice about a point apart.
@Suite struct OverprintedGlyphsTests {
    func glyphs(_ text: String, x: Double, y: Double, advance: Double = 5.25, size: Double = 10.5) -> [PageGlyph] {
        text.unicodeScalars.enumerated().map { i, s in
            PageGlyph(scalar: s, x0: x + Double(i) * advance, y0: y, x1: x + Double(i + 1) * advance, y1: y + size, fontSize: size)
        }
    }

    /// Regression: a report drawn in fake bold gave `88` for 8 and `225566` for 256.
    @Test func textDrawnTwiceAPointApartIsReadOnce() {
        let bold = zip(glyphs("256", x: 100, y: 200), glyphs("256", x: 100.9, y: 200.2)).flatMap { [$0, $1] }
        let lines = LineBuilder(options: .init()).lines(from: OverprintedGlyphs.remove(bold), page: 1)
        #expect(lines.map(\.text) == ["256"])
        let eight = glyphs("8", x: 50, y: 50) + glyphs("8", x: 50.8, y: 50)
        #expect(LineBuilder(options: .init()).lines(from: OverprintedGlyphs.remove(eight), page: 1).map(\.text) == ["8"])
    }

    @Test func repeatedCharactersSideBySideStay() {
        let text = glyphs("1100", x: 10, y: 10) + glyphs("规规", x: 10, y: 40, advance: 10.5)
        #expect(OverprintedGlyphs.remove(text).count == 6)
        // The same character on the next line, and the same column of a table, stays.
        let column = glyphs("8", x: 10, y: 10) + glyphs("8", x: 10, y: 22)
        #expect(OverprintedGlyphs.remove(column).count == 2)
    }
}
