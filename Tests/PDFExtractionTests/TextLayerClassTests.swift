import Testing
import DocumentModel
@testable import PDFExtraction

/// Which text layers are read and which go to OCR (`PDFExtractor.classify`).
@Suite struct TextLayerClassTests {
    func page(_ text: String) -> [PageGlyph] {
        text.unicodeScalars.enumerated().map { i, s in
            PageGlyph(scalar: s, x0: Double(i % 40) * 12, y0: Double(i / 40) * 16, x1: Double(i % 40) * 12 + 11,
                      y1: Double(i / 40) * 16 + 12, fontSize: 12)
        }
    }

    func origin(_ text: String) -> TextOrigin { PDFExtractor.classify(page(text), threshold: 0.5) }

    @Test func reportTextIsRead() {
        #expect(origin("本年度报告根据《中华人民共和国政府信息公开条例》要求编制。全年共收到政府信息公开申请233件，均在法定期限内予以答复。") == .textLayer)
    }

    @Test func aTableOfNumbersWithItsLabelsIsRead() {
        #expect(origin("行政许可 396 442 278 其他对外管理服务事项 10 7 105 " + String(repeating: "12 0 0 3 0 0 15 ", count: 20)) == .textLayer)
    }

    @Test func aPageWithoutTextIsNone() {
        #expect(origin("   ") == .none)
    }

    /// Caught: a font without a Unicode map whose codes are small numbers gave ASCII punctuation,
    /// digits and capitals; the page counted as text and the report was refused as "not a report"
    /// instead of being OCR'd.
    @Test func punctuationAndCapitalsWhereChineseIsDrawnAreUnreadable() {
        #expect(origin("!\" # $%&'()*+ ./012 3 4 3 56 3 4 73 5+89:;<= >?@>?ABC DDDEFF GDH I+ , 6 JKL MNO PQ RS") == .garbled)
    }

    @Test func privateUseCodesAreUnreadable() {
        #expect(origin(String(repeating: "\u{E001}\u{E002}\u{E013}", count: 20)) == .garbled)
    }

    /// Codes that land among the ideographs come out as rare characters, not as prose.
    @Test func rareIdeographsAreUnreadable() {
        #expect(origin("亍丌兀丐廿卅丕亘丞鬲孬噩丨禺丿匕乇夭爻卮氐囟胤馗毓睾鼗丶亟鼐乜乩亓芈孛啬嘏仄厍厝厣厥厮靥赝匚叵匦匮匾赜卦卣刂刈刎刭刳刿剀剌剞剡剜蒯剽") == .garbled)
    }

    /// An English page is not readable Chinese either: OCR (chi_sim+eng) reads it.
    @Test func anEnglishPageGoesToOCR() {
        #expect(origin("The annual report on government information disclosure is published under the regulations of the State Council.") == .garbled)
    }
}
