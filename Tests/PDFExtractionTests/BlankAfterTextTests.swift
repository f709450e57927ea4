import DocumentModel
import Testing
@testable import PDFExtraction

/// Lines of prose with blank paper after their text: a row's label whose cells are all blank.
@Suite struct BlankAfterTextTests {
    let scale = OCRTuning.Scale(dpi: 300)
    let tuning = OCRTuning()

    func line(_ text: String, to x1: Double) -> OCRPageReader.PixelLine {
        OCRPageReader.PixelLine(top: 100, bottom: 150, spans: [Span(text: text, x0: 150, x1: x1)])
    }

    /// Regression (the 2019 report printed without rules, scanned at 240 and 300 dpi): the page
    /// after the applications table's break begins with the labels of four rows left blank, then
    /// `（七）总计` and its values; on a scan a label with nothing read after it may hold ink OCR
    /// could not read, so the labels were not taken as blank rows and the total row was lost with
    /// them (five cells). Where the page shows no ink after a line's text up to where its text
    /// ends, nothing is printed there; a speck is not ink, a digit missed is.
    @Test func aLabelWithBlankPaperAfterItIsBlankAfterItsText() {
        var image = GrayImage(width: 2400, height: 300)
        image.fill(x0: 150, y0: 105, x1: 700, y1: 145, value: 0)   // the label's ink
        image.fill(x0: 1500, y0: 140, x1: 1502, y1: 142, value: 0)   // a speck
        let label = line("3.要求提供公开出版物", to: 700)
        #expect(OCRPageReader.blankAfterText(label, textRight: 2300, image: image, threshold: 128, scale: scale, tuning: tuning))
        var digit = image
        digit.fill(x0: 1400, y0: 110, x1: 1420, y1: 140, value: 0)   // a `1` OCR did not read
        #expect(!OCRPageReader.blankAfterText(label, textRight: 2300, image: digit, threshold: 128, scale: scale, tuning: tuning))
        // Ink past where the page's text ends is not the line's.
        #expect(OCRPageReader.blankAfterText(label, textRight: 1300, image: digit, threshold: 128, scale: scale, tuning: tuning))
    }

    /// A line with numbers in its text (values read into the label's words, `站252 12`) proves
    /// nothing about its cells; item numbers (`4 .无正当…`, `3危及…`) do not count.
    @Test func numbersReadIntoTheTextAreNoBlankRow() {
        let image = GrayImage(width: 2400, height: 300)
        #expect(!OCRPageReader.blankAfterText(line("站252 12", to: 700), textRight: 2300, image: image, threshold: 128, scale: scale, tuning: tuning))
        #expect(OCRPageReader.blankAfterText(line("4 .无正当理由大量反复申请", to: 700), textRight: 2300, image: image, threshold: 128, scale: scale, tuning: tuning))
        #expect(!OCRPageReader.holdsANumber("2.其他法律行政法规禁止公开 3危及“三安全一稳定” 4 .保护第三方合法权益"))
        #expect(!OCRPageReader.holdsANumber("（四）无法提供、1、本机关"))
        #expect(OCRPageReader.holdsANumber("只计这一3"))
        #expect(OCRPageReader.holdsANumber("1.本机关不掌握 252 12"))
    }

    /// Regression (the 2019 report printed without rules, scanned at 200 dpi, seed 25): the blank
    /// rows' labels read `2.其他法律…公开 3.危及“三安全一稳定” (=) AFP 4 vases Asean`, the `4` of
    /// `4.保护第三方合法权益` before Latin junk; it counted as a value, the line was not blank
    /// after its text, and the row under it (`5.属于三类内部事务信息`, `5`) was left null with them.
    /// A single digit before Latin letters is an item number; longer numbers are still values.
    @Test func aDigitBeforeLatinJunkIsAnItemNumber() {
        #expect(!OCRPageReader.holdsANumber("2.其他法律行政法规禁止公 开 3.危及“三安全一稳定” (=) AFP 4 vases Asean"))
        #expect(OCRPageReader.holdsANumber("AFP 14 vases"))
        #expect(OCRPageReader.holdsANumber("AFP 4"))
    }

    /// Regression (the 2019 report printed without rules, scanned at 240 dpi): three blank rows'
    /// labels with no rules between them were one row of the grid, its cells after them empty.
    /// Such a row is blank after its text; one with a value, an unread cell, or no empty cell after
    /// its text is not.
    @Test func aGridRowWithEmptyCellsAfterItsLabelIsBlankAfterItsText() {
        func row(_ texts: [String], unread: Int? = nil) -> OCRPageReader.PixelLine {
            var spans = texts.enumerated().map { k, t in Span(text: t, x0: Double(100 * k), x1: Double(100 * k + 90)) }
            if let unread { spans[unread].unreadableNumber = true }
            return OCRPageReader.PixelLine(top: 0, bottom: 40, spans: spans)
        }
        #expect(OCRPageReader.cellsBlankAfterText(row(["2.其他法律行政法规禁止公开 3危及“三安全一稳定”", "", "", ""])))
        #expect(!OCRPageReader.cellsBlankAfterText(row(["5.属于三类内部事务信息", "5", "", ""])))
        #expect(!OCRPageReader.cellsBlankAfterText(row(["7.属于行政执法案卷", "", "", ""], unread: 2)))
        #expect(!OCRPageReader.cellsBlankAfterText(row(["7.属于行政执法案卷"])))
    }
}
