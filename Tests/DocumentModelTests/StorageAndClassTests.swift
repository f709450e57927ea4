import Testing
import DocumentModel

/// The compact storage of positions and fields, and the character classes the stages share.
@Suite struct StorageAndClassTests {
    struct Box {
        @StoredAsFloat var x: Double?
        @StoredAsInt32 var field: Int?
    }

    @Test func positionsKeepAMillionthOfAPointAndFieldsClamp() {
        var b = Box(x: nil, field: nil)
        #expect(b.x == nil && b.field == nil)
        b.x = 595.276
        #expect(abs(b.x! - 595.276) < 1e-4)
        b.x = 12
        #expect(b.x == 12)
        b.field = 7
        #expect(b.field == 7)
        b.field = Int.max
        #expect(b.field == Int(Int32.max))
    }

    @Test func characterClasses() {
        #expect(ScalarClass.isHan("政"))
        #expect(ScalarClass.isHan("\u{F900}"))       // a compatibility ideograph
        #expect(!ScalarClass.isHan("、"))
        #expect(ScalarClass.isCJKPunctuation("、"))
        #expect(ScalarClass.isCJKPunctuation("（"))
        #expect(!ScalarClass.isCJKPunctuation("("))
        #expect(ScalarClass.isCJK("あ"))
        #expect(!ScalarClass.isCJK("a"))
        #expect(ScalarClass.isHorizontalSpace("\u{3000}"))
        #expect(!ScalarClass.isHorizontalSpace("\n"))
        #expect(ScalarClass.isASCIIDigit("7") && !ScalarClass.isASCIIDigit("７"))
    }
}
