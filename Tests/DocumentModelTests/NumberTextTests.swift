import Testing
import DocumentModel

/// How printed text reads as a number, a note or a blank: every stage uses these.
@Suite struct NumberTextTests {
    @Test func numberTextShapes() {
        #expect(NumberText.valueNumber("75394432.52元")?.number == "75394432.52")
        #expect(NumberText.valueNumber("-18")?.value == -18)
        #expect(NumberText.valueNumber("1.属于国家秘密") == nil)
        #expect(NumberText.valueNumber("2022年") == nil)
        #expect(NumberText.valueNumber("0469-5872206") == nil)
        #expect(NumberText.isBlankMarker("—"))
    }

    /// Digits alone take a fast path; it must read them as the general path does.
    @Test func digitsAloneReadAsTheGeneralPathReadsThem() {
        for text in ["0", "7", "007", "42", "1234567", "999999999999999", "9999999999999999", "12345678901234567890"] {
            let p = NumberText.leadingNumber(text)
            #expect(p?.number == text && p?.value == Double(text) && p?.remainder == "", "\(text)")
        }
        #expect(NumberText.leadingNumber("")?.number == nil)
        #expect(NumberText.valueNumber("12")?.value == 12)
        #expect(NumberText.valueNumber("12件")?.remainder == "件")
    }

    @Test func blankMarkersAndValueLikeCells() {
        for marker in ["—", "/", "无", "-"] { #expect(NumberText.isValueLike(marker), "\(marker)") }
        #expect(NumberText.isValueLike("12"))
        #expect(NumberText.isValueLike("27.31万元"))
        #expect(!NumberText.isValueLike("自然人"))
        #expect(!NumberText.isValueLike("1.属于国家秘密"))
        #expect(NumberText.valueNumber("22（其中修订16件）")?.value == 22)
    }

    @Test func spacesAreTrimmedWhateverTheirWidth() {
        #expect("\u{3000} 总计\t\u{A0}".trimmingSpaces() == "总计")
        #expect(" \u{3000} ".trimmingSpaces() == "")
    }
}
