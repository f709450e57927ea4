import Testing
import DocumentModel

/// Item numbers as the stages read them.
@Suite struct ItemNumberTests {
    @Test func bracketedNumbersAndRuns() {
        let s = Array("（二）部分公开 (12) 3.".unicodeScalars)
        #expect(ItemNumber.bracketedEnd(s, at: 0) == 3)
        #expect(ItemNumber.bracketedEnd(s, at: 8) == 12)
        #expect(ItemNumber.bracketedEnd(Array("（）".unicodeScalars), at: 0) == nil)
        #expect(ItemNumber.bracketedEnd(Array("（二".unicodeScalars), at: 0) == nil)
        #expect(ItemNumber.numeralRunEnd(Array("十二、".unicodeScalars), from: 0) == 2)
        #expect(ItemNumber.digitRunEnd(Array("12.属于".unicodeScalars), from: 0) == 2)
        #expect(ItemNumber.numerals["七"] == 7)
    }

    @Test func headingNumbers() {
        #expect(ItemNumber.startsWithChineseHeadingNumber("三、收到和处理政府信息公开申请情况"))
        #expect(ItemNumber.startsWithChineseHeadingNumber("十一、其他"))
        #expect(!ItemNumber.startsWithChineseHeadingNumber("（三）不予公开"))
        #expect(!ItemNumber.startsWithChineseHeadingNumber("三是"))
    }

    @Test func textIsJoinedWithASpaceOnlyBetweenLatinWords() {
        #expect("社会公".joinedText("益组织") == "社会公益组织")
        #expect("Open".joinedText("Data") == "Open Data")
        #expect("https://a.gov.cn/".joinedText("xxgk") == "https://a.gov.cn/xxgk")
        #expect("".joinedText("总计") == "总计")
    }
}
