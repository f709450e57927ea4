import Testing
@testable import PDFExtraction

/// The band of a page's large type (a title), read again as one block.
@Suite struct OCRLargeTypeTests {
    /// A line of words `height` high at `top`, from `left`, each character `advance` wide.
    func line(_ texts: [String], top: Int, height: Int, advance: Int, left: Int = 100) -> [OCRWord] {
        var x = left
        return texts.enumerated().map { i, t in
            let w = OCRWord(text: t, left: x, top: top, right: x + advance * t.count, bottom: top + height,
                            confidence: 90, startsLine: i == 0)
            x += advance * t.count + 4
            return w
        }
    }

    /// Six lines of body type (characters 45 wide) under `above`, on a page 3000 high; two of
    /// them with words given the line's box, half as high again as the type.
    func page(_ above: [OCRWord]) -> [OCRWord] {
        above + (0..<6).flatMap { k in line(["根据", "条例", "要求", "编制", "本报告"], top: 1000 + 70 * k, height: k < 2 ? 62 : 45, advance: 45) }
    }

    /// 平潭's title, twice the body's size, over its last character alone on a line, which the
    /// page's layout read `全` in body size: both lines are the band; the line of body type under
    /// them is not.
    @Test func aTitleAndItsLastCharacterAloneOnALineAreOneBand() throws {
        let words = page(line(["平潭", "综合", "实验区", "政府"], top: 200, height: 96, advance: 96)
                         + line(["全"], top: 333, height: 53, advance: 50)
                         + line(["平潭综合实验区", "政府信息公开工作年度报告"], top: 532, height: 47, advance: 45))
        let band = try #require(OCRPageReader.largeTypeBand(words, pageHeight: 3000, tuning: OCRTuning()))
        #expect(band.top == 200)
        #expect(band.bottom == 386)
    }

    /// A page in one size of type has no large type, though some of its lines' words are given
    /// boxes half as high again; nor has a page too short to tell its body's size, nor one whose
    /// only large type lies low on the page (not a title).
    @Test func noBandWithoutLargeTypeAtTheTop() {
        #expect(OCRPageReader.largeTypeBand(page([]), pageHeight: 3000, tuning: OCRTuning()) == nil)
        #expect(OCRPageReader.largeTypeBand(line(["标题"], top: 100, height: 96, advance: 96) + line(["正文"], top: 300, height: 45, advance: 45),
                                            pageHeight: 3000, tuning: OCRTuning()) == nil)
        #expect(OCRPageReader.largeTypeBand(page(line(["附表"], top: 2000, height: 96, advance: 96)), pageHeight: 3000, tuning: OCRTuning()) == nil)
    }

    /// Large Latin junk above the title is not where the band starts: it starts at large Chinese
    /// (its characters' advance tells the size; Latin has none).
    @Test func theBandStartsAtLargeChinese() throws {
        let words = page(line(["ll"], top: 50, height: 96, advance: 96) + line(["年度报告"], top: 400, height: 96, advance: 96))
        let band = try #require(OCRPageReader.largeTypeBand(words, pageHeight: 3000, tuning: OCRTuning()))
        #expect(band.top == 400)
        #expect(band.bottom == 496)
    }
}
