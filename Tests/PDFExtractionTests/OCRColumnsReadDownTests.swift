import Testing
@testable import PDFExtraction

/// Columns of a table's values read down as lines of vertical text, and the band of the page
/// read again as one block.
@Suite struct OCRColumnsReadDownTests {
    func word(_ text: String, _ left: Int, _ top: Int, _ right: Int, _ bottom: Int) -> OCRWord {
        OCRWord(text: text, left: left, top: top, right: right, bottom: bottom, confidence: 0, startsLine: false)
    }

    /// Lines of labels 48 high, 50 apart, from `top`.
    func labels(_ count: Int, top: Int) -> [OCRWord] {
        (0..<count).map { k in word("属于行政查询事项", 860, top + 50 * k, 1360, top + 50 * k + 48) }
    }

    /// The tight centred print at 300 dpi (seed-40 probe): columns of zeros read
    /// `ODODOVONBOOCOFFROO` (28 px wide, 639 tall) and `(@yeVeyolle` (43 wide, 234 tall), beside
    /// labels read across. The band runs from the highest such word's top to the lowest's
    /// bottom, widened to the label lines it cuts through (a line whose middle lies within).
    @Test func theBandOfColumnsReadDownReachesTheLinesItCuts() throws {
        let words = labels(16, top: 100) + [word("ODODOVONBOOCOFFROO", 1603, 118, 1631, 757),
                                            word("(@yeVeyolle", 1980, 527, 2023, 780)]
        let band = try #require(OCRPageReader.columnsReadDownBand(words, tuning: OCRTuning()))
        #expect(band.lineHeight == 48)
        #expect(band.top == 100)
        // 780 cuts the line at 750–798 below its middle and does not reach the one at 800.
        #expect(band.bottom == 798)
    }

    /// Not columns read down: a word two lines tall (a label's two lines read as one); a tall
    /// word wider than a line (lines of a table run together); a vertical label, which is
    /// Chinese (`无法提供` printed down a narrow cell).
    @Test func tallWordsThatAreNoColumnReadDownGiveNoBand() {
        let page = labels(16, top: 100)
        for w in [word("ec", 1835, 269, 1878, 369), word("RUBLE", 1346, 938, 1461, 1400), word("无法提供", 460, 300, 500, 700)] {
            #expect(OCRPageReader.columnsReadDownBand(page + [w], tuning: OCRTuning()) == nil, "\(w.text)")
        }
        // Three lines tall and a glyph wide, without Chinese: a column read down (`ONO`, 139 px).
        #expect(OCRPageReader.columnsReadDownBand(page + [word("ONO", 1718, 1118, 1745, 1257)], tuning: OCRTuning()) != nil)
    }

    /// Too few words to tell the page's line height: no band (the rule needs a line height).
    @Test func noBandOnAPageOfTooFewWords() {
        #expect(OCRPageReader.columnsReadDownBand([word("ODODOVONBOOCOFFROO", 1603, 118, 1631, 757)], tuning: OCRTuning()) == nil)
    }
}
