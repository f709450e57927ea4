import Testing
import TextNormalization

@Suite struct UnifyCharacterWidthsTests {
    let rule = UnifyCharacterWidths()

    @Test func fullWidthDigitsAndLettersBecomeASCII() {
        #expect(rule.apply("１２件，ＡＢｃ") == "12件，ABc")
    }

    @Test func asciiBracketsAroundChineseBecomeFullWidth() {
        #expect(rule.apply("(一) 予以公开") == "（一） 予以公开")
        #expect(rule.apply("(二) 部分公开 (区分处理的, 只计这一情形)") == "（二） 部分公开 （区分处理的, 只计这一情形）")
    }

    @Test func bracketsAroundLatinAndPhoneNumbersStay() {
        #expect(rule.apply("(0469)5872206") == "(0469)5872206")
        #expect(rule.apply("see (RFC 3986)") == "see (RFC 3986)")
    }

    @Test func minusAndFullStopInsideNumbers() {
        #expect(rule.apply("－１８") == "-18")
        #expect(rule.apply("２７．３１") == "27.31")
    }

    @Test func prosePunctuationIsNotRewritten() {
        #expect(rule.apply("号，邮编：155811。") == "号，邮编：155811。")
    }

    @Test func ideographicSpaceBecomesASpace() {
        #expect(rule.apply("\u{3000}\u{3000}正文") == "  正文")
    }
}
