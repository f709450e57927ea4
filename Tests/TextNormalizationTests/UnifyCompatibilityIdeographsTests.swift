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

    /// Regression (pdfplumber's extracts of the three real reports): `上海市人⺠政府办公厅`,
    /// `部⻔`, `意⻅`, `⻓效`: radicals with no NFKC mapping were kept, and the titles and labels
    /// carrying them matched nothing.
    @Test func radicalsThatAreWholeCharactersBecomeTheirIdeographs() {
        #expect(rule.apply("上海市\u{2F08}\u{2EA0}政府办公厅") == "上海市人民政府办公厅")
        #expect(rule.apply("部\u{2ED4}意\u{2EC5}\u{2ED3}效\u{2EC6}色\u{2EDA}面") == "部门意见长效角色页面")
        // A radical that is only a component (`⺡` U+2EA1, the water radical) stays.
        #expect(rule.apply("\u{2EA1}") == "\u{2EA1}")
    }

    @Test func compatibilityIdeographs() {
        #expect(rule.apply("\u{F9F6}") == "\u{81E8}")
    }

    @Test func ordinaryTextIsUntouched() {
        #expect(rule.apply("行政许可 12") == "行政许可 12")
    }
}
