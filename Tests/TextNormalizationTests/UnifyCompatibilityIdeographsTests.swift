import Testing
import TextNormalization

/// Regression (t2021-chromium-web, pdfplumber): Chromium's PDF text layer writes some characters as
/// Kangxi radicals, so `⾏政许可` (U+2F8F) did not match `行政许可`.
@Suite struct UnifyCompatibilityIdeographsTests {
    let rule = UnifyCompatibilityIdeographs()

    @Test func kangxiRadicalsBecomeUnifiedIdeographs() {
        #expect(rule.apply("\u{2F8F}政许可") == "行政许可")
        #expect(rule.apply("申请\u{2F08}\u{2F46}正当理由") == "申请人无正当理由")
    }

    @Test func compatibilityIdeographs() {
        #expect(rule.apply("\u{F9F6}") == "\u{81E8}")
    }

    @Test func ordinaryTextIsUntouched() {
        #expect(rule.apply("行政许可 12") == "行政许可 12")
    }
}
