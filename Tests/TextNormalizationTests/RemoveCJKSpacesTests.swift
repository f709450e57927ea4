import Testing
import TextNormalization

@Suite struct RemoveCJKSpacesTests {
    let rule = RemoveCJKSpaces()

    @Test func spacesBetweenChineseAreRemoved() {
        #expect(rule.apply("2022 年政府 信息公开") == "2022年政府信息公开")
        #expect(rule.apply("号 ， 邮 编 ：") == "号，邮编：")
        #expect(rule.apply("1. 属于国家秘密") == "1.属于国家秘密")
    }

    @Test func spacesBetweenLatinWordsAndNumbersStay() {
        #expect(rule.apply("Open Government Information") == "Open Government Information")
        #expect(rule.apply("0 1 1") == "0 1 1")
        #expect(rule.apply("Hello   World") == "Hello World")
    }

    @Test func urlsAndEmailsAreKeptWhole() {
        #expect(rule.apply("网址 http://www.hljyy.gov.cn/zwgk/ 查阅") == "网址http://www.hljyy.gov.cn/zwgk/查阅")
        #expect(rule.apply("邮箱：xxgk@example.gov.cn") == "邮箱：xxgk@example.gov.cn")
    }

    @Test func wordingIsNeverChanged() {
        #expect(rule.apply("及时给予 回映") == "及时给予回映")
    }

    @Test func trims() {
        #expect(rule.apply("  规章  ") == "规章")
    }
}
