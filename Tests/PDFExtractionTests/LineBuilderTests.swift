import Testing
import DocumentModel
@testable import PDFExtraction

@Suite struct LineBuilderTests {
    /// Glyphs `advance` apart, each as wide as its advance (or `width`), one font size high.
    func glyphs(_ text: String, x: Double, y: Double, advance: Double = 12, size: Double = 12, width: Double? = nil) -> [PageGlyph] {
        text.unicodeScalars.enumerated().map { i, s in
            PageGlyph(scalar: s, x0: x + Double(i) * advance, y0: y, x1: x + Double(i) * advance + (width ?? min(advance, size)),
                      y1: y + size, fontSize: size)
        }
    }

    let builder = LineBuilder(options: PDFExtractionOptions())

    @Test func glyphsOnOneBaselineAreOneLineSplitAtCellGaps() {
        let g = glyphs("规章", x: 100, y: 200) + glyphs("8", x: 200, y: 200, advance: 6) + glyphs("256", x: 260, y: 200, advance: 6)
        let lines = builder.lines(from: g.shuffled(), page: 1)
        #expect(lines.count == 1)
        #expect(lines[0].spans.map(\.text) == ["规章", "8", "256"])
        #expect(lines[0].spans[1].x0 == 200)
    }

    @Test func linesAreReadTopToBottom() {
        let g = glyphs("第二行", x: 100, y: 230) + glyphs("第一行", x: 100, y: 200)
        #expect(builder.lines(from: g, page: 1).map { $0.spans.map(\.text) } == [["第一行"], ["第二行"]])
    }

    /// Regression (large-font sample): a narrow group label `）其` 0.95 em before its sub-label was
    /// glued to it at a 1 em threshold.
    @Test func narrowAdjacentCellsAreSeparated() {
        let g = glyphs("）其", x: 121.2, y: 400, advance: 12.5, size: 12.5) + glyphs("当理由逾期不", x: 158.1, y: 400, advance: 12.5, size: 12.5)
        #expect(builder.lines(from: g, page: 1)[0].spans.map(\.text) == ["）其", "当理由逾期不"])
    }

    /// Glyphs as Chromium's prints report them: 12-point type with font size 24 and boxes 31.2
    /// high (the text matrix halves the size; the boxes are the font's line height at 24).
    func chromium(_ text: String, x: Double, y: Double) -> [PageGlyph] {
        text.unicodeScalars.enumerated().map { i, s in
            PageGlyph(scalar: s, x0: x + Double(i) * 12, y0: y - 9.6, x1: x + Double(i + 1) * 12, y1: y + 21.6, fontSize: 24)
        }
    }

    /// Regression (the 2019 report of 上海市政府办公厅 printed by Chromium with no rules): gaps were
    /// measured against the reported size, twice the drawn one, so header words a character
    /// apart (`商业 科研`) were one cell, and the boxes, 2.6 em high, ran header lines 0.8 em apart
    /// together. The em is the Chinese characters' width; boxes are cut to it.
    @Test func chromiumsDoubledFontSizeDoesNotGlueHeaderWords() {
        let g = chromium("自然", x: 335.3, y: 654.4) + chromium("商业", x: 366.2, y: 664.2) + chromium("科研", x: 401.6, y: 664.2)
            + chromium("人", x: 335.3, y: 672.4) + chromium("企业", x: 366.2, y: 682) + chromium("机构", x: 401.6, y: 682)
        #expect(LineBuilder.emScale(g) == 0.5)
        var builder = builder
        builder.emScale = LineBuilder.emScale(g)
        let lines = builder.lines(from: g, page: 1).map { $0.spans.map(\.text) }
        #expect(lines == [["自然"], ["商业", "科研"], ["人"], ["企业", "机构"]], "\(lines)")
    }

    /// Where the Chinese characters are as wide as the reported size (LibreOffice, WPS), nothing changes.
    @Test func theEmScaleIsOneWhereSizesAreTrue() {
        #expect(LineBuilder.emScale(glyphs("政府信息公开工作年度报告", x: 0, y: 0)) == 1)
        #expect(LineBuilder.emScale(glyphs("2024", x: 0, y: 0, advance: 6)) == 1)
    }

    /// Regression (the 2019 report printed with no rules, in Noto Sans CJK): the second line of
    /// the review table's first five headings (`持 正 果 结 计`, one character each, 2.3 em
    /// apart) was taken for a letter-spaced title and kept as one cell, and the review row, whose
    /// columns come from those headings, was lost (6 cells).
    @Test func evenlySpacedOneCharacterHeadingsAreCells() {
        let g = ["持", "正", "果", "结", "计"].enumerated().flatMap { i, c in glyphs(c, x: 34.5 + Double(i) * 39.8, y: 554.7) }
        #expect(builder.lines(from: g, page: 1)[0].spans.map(\.text) == ["持", "正", "果", "结", "计"])
    }

    @Test func letterSpacedTitleStaysOneRun() {
        let g = glyphs("年度报告", x: 100, y: 100, advance: 30, width: 12)
        #expect(builder.lines(from: g, page: 1)[0].spans.count == 1)
    }

    @Test func adjacentNumbersInNarrowColumnsAreSeparated() {
        // "35" ends at 111; "7" starts 5 pt (0.5 em) later, in the next column.
        let g = glyphs("35", x: 100, y: 100, advance: 5.5, size: 10) + glyphs("7", x: 116, y: 100, advance: 5.5, size: 10)
        #expect(builder.lines(from: g, page: 1)[0].spans.map(\.text) == ["35", "7"])
    }
}
