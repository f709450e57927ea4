import Foundation
import Testing
import DocumentModel
@testable import PDFExtraction

/// Reading an OCR table cell by cell: which cells hold numbers.
@Suite struct OCRTableCellsTests {
    /// Two rows of four slots: headings over values, as the review table of a real scan (平潭,
    /// 2020) printed them on the page its header ran onto.
    func grid() -> TableGrid {
        var g = TableGrid()
        g.bands = [TableGrid.Band(top: 0, bottom: 50, edges: [0, 100, 200, 300, 400]),
                   TableGrid.Band(top: 50, bottom: 100, edges: [0, 100, 200, 300, 400])]
        for band in 0..<2 {
            for x in stride(from: 0, to: 400, by: 100) { g.cells.append(TableGrid.Cell(x0: x, x1: x + 100, firstBand: band, lastBand: band)) }
        }
        return g
    }

    func cell(_ text: String, band: Int) -> OCRPageReader.CellText {
        var c = OCRPageReader.CellText()
        c.inked = true
        c.lines = [(band, text, 40)]
        return c
    }

    /// Regression (上海市科委's tight print without rules at 240 dpi, seed-41 probe 21): the label of
    /// `1.本机关不掌握相关政府信息`, beside its group label, was read as nothing and taken for a
    /// number unread; with one field too many the row, its label lost, could not be placed by its
    /// count of values (7 cells). A cell in a column of labels is no number; a blank-read cell in
    /// a column of numbers still is one.
    @Test func aCellInAColumnOfLabelsIsNoNumber() {
        func table(_ bands: Int) -> TableGrid {
            var g = TableGrid()
            g.bands = (0..<bands).map { TableGrid.Band(top: 50 * $0, bottom: 50 * $0 + 50, edges: [0, 100, 200, 300]) }
            for band in 0..<bands {
                for x in stride(from: 0, to: 300, by: 100) { g.cells.append(TableGrid.Cell(x0: x, x1: x + 100, firstBand: band, lastBand: band)) }
            }
            return g
        }
        var nothing = OCRPageReader.CellText()
        nothing.inked = true
        let texts = [cell("7.属于行政执法案卷", band: 0), cell("0", band: 0), cell("0", band: 0),
                     cell("8.属于行政查询事项", band: 1), cell("0", band: 1), cell("0", band: 1),
                     nothing, cell("4", band: 2), cell("4", band: 2),
                     cell("2.没有现成信息需要另行制作", band: 3), cell("6", band: 3), nothing]
        let numeric = texts.map { OCRPageReader.readsAsNumber($0.text) }
        #expect(OCRPageReader.inLabelColumn(6, grid: table(4), texts: texts, numeric: numeric))
        #expect(!OCRPageReader.inLabelColumn(11, grid: table(4), texts: texts, numeric: numeric))
        // One label over it is not yet a column of labels.
        var one = texts
        one[0] = cell("a", band: 0)
        #expect(!OCRPageReader.inLabelColumn(6, grid: table(4), texts: one, numeric: numeric))
        // Nor are a header's rows over a column of numbers: a number read as nothing under them
        // is still a number unread.
        let small = [cell("第二十条第（一）项", band: 0), cell("第二十条第（一）项", band: 0), cell("第二十条第（一）项", band: 0),
                     cell("信息内容", band: 1), cell("本年制发件数", band: 1), cell("现行有效件数", band: 1),
                     cell("规章", band: 2), nothing, cell("5", band: 2)]
        #expect(!OCRPageReader.inLabelColumn(7, grid: table(3), texts: small, numeric: small.map { OCRPageReader.readsAsNumber($0.text) }))
    }

    /// The last heading, `总计`, read as `ir`: in a column whose other cell is a number it was
    /// marked an unreadable number, so the heading row counted one field too many and the review
    /// table's 15 values were left unplaced.
    @Test func aMisreadHeadingIsNotAnUnreadableNumber() {
        let texts = [cell("结果维持", band: 0), cell("结果纠正", band: 0), cell("尚未审结", band: 0), cell("ir", band: 0),
                     cell("0", band: 1), cell("0", band: 1), cell("0", band: 1), cell("a", band: 1)]
        let numeric = texts.map { OCRPageReader.readsAsNumber($0.text) }
        #expect(OCRPageReader.inHeaderRow(3, grid: grid(), texts: texts, numeric: numeric))
        // Letters among values are still where a number was printed.
        #expect(!OCRPageReader.inHeaderRow(7, grid: grid(), texts: texts, numeric: numeric))
    }

    /// A row of values keeps its label: one Chinese cell beside numbers is not a row of headings.
    @Test func aRowOfValuesWithItsLabelIsNotAHeaderRow() {
        let texts = [cell("a", band: 0), cell("b", band: 0), cell("c", band: 0), cell("d", band: 0),
                     cell("其他处理", band: 1), cell("4", band: 1), cell("all", band: 1), cell("4", band: 1)]
        let numeric = texts.map { OCRPageReader.readsAsNumber($0.text) }
        #expect(!OCRPageReader.inHeaderRow(6, grid: grid(), texts: texts, numeric: numeric))
    }

    /// Regression (a scan of 上海市科委's page printed on A5, 240 dpi): section 四's one row read its
    /// first `1` as `下`, a label with confidence, so the row had 14 fields after a "label" for 15
    /// columns and was left null. One Chinese character among a row of numbers only is a number
    /// misread: read again as digits, or kept in its column as unreadable.
    @Test func aLoneCharacterAmongNumbersOnlyIsAMisreadNumber() {
        let texts = [cell("结果维持", band: 0), cell("结果纠正", band: 0), cell("其他结果", band: 0), cell("总计", band: 0),
                     cell("下", band: 1), cell("0", band: 1), cell("0", band: 1), cell("1", band: 1)]
        let numeric = texts.map { OCRPageReader.readsAsNumber($0.text) }
        #expect(OCRPageReader.amongNumbersOnly(4, grid: grid(), texts: texts, numeric: numeric))
        // A row's label beside its numbers: the numbers are not among numbers only.
        let labelled = [cell("a", band: 0), cell("b", band: 0), cell("c", band: 0), cell("d", band: 0),
                        cell("其他处理", band: 1), cell("下", band: 1), cell("0", band: 1), cell("1", band: 1)]
        #expect(!OCRPageReader.amongNumbersOnly(5, grid: grid(), texts: labelled, numeric: labelled.map { OCRPageReader.readsAsNumber($0.text) }))
        // Headings: not numbers.
        #expect(!OCRPageReader.amongNumbersOnly(0, grid: grid(), texts: texts, numeric: numeric))
    }

    func word(_ text: String, _ left: Int, _ right: Int) -> OCRWord {
        OCRWord(text: text, left: left, top: 0, right: right, bottom: 20, confidence: 90, startsLine: false)
    }

    /// A scan of 上海市科委's page with bold cells (make_prints `--styles`, 200 dpi, skew 0.8°):
    /// section 四's row and the headers above it lost the rules between three columns, so one
    /// cell read `0 0 0` and another `0 0`: 12 fields for 15 columns, the row left null. Numbers
    /// side by side on one line, a number's height apart, are cells of their own: cut midway.
    @Test func numbersSideBySideInOneCellAreCutApart() {
        var g = TableGrid()
        g.bands = [TableGrid.Band(top: 0, bottom: 40, edges: [0, 90, 300])]
        g.cells = [TableGrid.Cell(x0: 0, x1: 90, firstBand: 0, lastBand: 0), TableGrid.Cell(x0: 90, x1: 300, firstBand: 0, lastBand: 0)]
        let words = [[word("1", 30, 40)], [word("0", 120, 132), word("0", 190, 202), word("0", 260, 272)]]
        let cuts = OCRPageReader.cutsBetweenNumbers(g, words: words, skipping: [])
        #expect(cuts.count == 1 && cuts[0].cell == 1 && cuts[0].edges == [161, 231])
        // Not where a word is not a number, nor where they stand closer than a number is high
        // (`12 3`: one number split by a space), nor numbers on two lines (a row's rule lost), nor
        // a cell already cut at a missing rule.
        #expect(OCRPageReader.cutsBetweenNumbers(g, words: [[], [word("0", 120, 132), word("件", 190, 202)]], skipping: []).isEmpty)
        #expect(OCRPageReader.cutsBetweenNumbers(g, words: [[], [word("12", 120, 140), word("3", 150, 160)]], skipping: []).isEmpty)
        var below = word("0", 190, 202)
        below.startsLine = true
        #expect(OCRPageReader.cutsBetweenNumbers(g, words: [[], [word("0", 120, 132), below]], skipping: []).isEmpty)
        #expect(OCRPageReader.cutsBetweenNumbers(g, words: words, skipping: [1]).isEmpty)
    }

    /// Regression (a scan of 上海市科委's page with light rules, 200 dpi): the rules between three
    /// value columns and the rule between two rows were lost where they met, so one cell over
    /// both rows read `0 0 6` over `0 0 0` (and another `0` over `0 0`): the rows of 没有现成信息
    /// and 补正后申请内容仍不明确 had 5 fields for 7 columns, 14 cells lost. A cell over several
    /// bands is cut too when each line lies in a band of its own and every line's numbers stand
    /// apart in the same places; not when a line leaves a cell blank (its gaps are elsewhere).
    @Test func numbersSideBySideOnTwoRowsOfOneCellAreCutApart() {
        var g = TableGrid()
        g.bands = [TableGrid.Band(top: 0, bottom: 40, edges: [0, 300]), TableGrid.Band(top: 40, bottom: 80, edges: [0, 300])]
        g.cells = [TableGrid.Cell(x0: 0, x1: 300, firstBand: 0, lastBand: 1)]
        func at(_ text: String, _ left: Int, _ right: Int, line: Int, starts: Bool = false) -> OCRWord {
            OCRWord(text: text, left: left, top: 10 + 40 * line, right: right, bottom: 30 + 40 * line, confidence: 90, startsLine: starts)
        }
        let rows = [at("0", 20, 32, line: 0, starts: true), at("0", 120, 132, line: 0), at("6", 220, 232, line: 0),
                    at("0", 20, 32, line: 1, starts: true), at("0", 122, 134, line: 1), at("0", 220, 232, line: 1)]
        let cuts = OCRPageReader.cutsBetweenNumbers(g, words: [rows], skipping: [])
        #expect(cuts.count == 1 && cuts.first?.edges == [76, 176])
        let blank = [at("0", 20, 32, line: 0, starts: true), at("0", 120, 132, line: 0), at("6", 220, 232, line: 0),
                     at("0", 20, 32, line: 1, starts: true), at("0", 220, 232, line: 1)]
        #expect(OCRPageReader.cutsBetweenNumbers(g, words: [blank], skipping: []).isEmpty)
        // Two lines in one band of the cell: a row rule lost inside it, not cut.
        let oneBand = [at("0", 20, 32, line: 0, starts: true), at("0", 120, 132, line: 0),
                       at("0", 20, 32, line: 0, starts: true), at("0", 120, 132, line: 0)]
        #expect(OCRPageReader.cutsBetweenNumbers(g, words: [oneBand], skipping: []).isEmpty)
    }

    /// Regression (a scan of 上海市科委's page in small type, 300 dpi): section 四's one row lost
    /// the rules between three pairs of columns, and small type read digits as letters: `1 o`,
    /// `0 Jo` in one cell each and `i` for the first `1`. The pairs were not cut (a word was not a
    /// number) and `i` was taken for the row's label: 14 fields for 15 columns, the row left null
    /// (15 cells). Letters read for digits beside a number are cut apart too, and among numbers
    /// only they are a misread number.
    @Test func digitsReadAsLettersInSmallTypeKeepTheirCells() {
        var g = TableGrid()
        g.bands = [TableGrid.Band(top: 0, bottom: 40, edges: [0, 90, 300])]
        g.cells = [TableGrid.Cell(x0: 0, x1: 90, firstBand: 0, lastBand: 0), TableGrid.Cell(x0: 90, x1: 300, firstBand: 0, lastBand: 0)]
        let cuts = OCRPageReader.cutsBetweenNumbers(g, words: [[], [word("1", 120, 130), word("o", 190, 202)]], skipping: [])
        #expect(cuts.count == 1 && cuts.first?.edges == [160])
        #expect(OCRPageReader.cutsBetweenNumbers(g, words: [[], [word("0", 120, 132), word("Jo", 190, 210)]], skipping: []).count == 1)
        // Letters alone are not known to be numbers: left whole; nor are words that are no digit's look-alike.
        #expect(OCRPageReader.cutsBetweenNumbers(g, words: [[], [word("o", 120, 132), word("o", 190, 202)]], skipping: []).isEmpty)
        #expect(OCRPageReader.cutsBetweenNumbers(g, words: [[], [word("0", 120, 132), word("all", 190, 220)]], skipping: []).isEmpty)

        let texts = [cell("结果维持", band: 0), cell("结果纠正", band: 0), cell("其他结果", band: 0), cell("总计", band: 0),
                     cell("i", band: 1), cell("0", band: 1), cell("o", band: 1), cell("0", band: 1)]
        let numeric = texts.map { OCRPageReader.readsAsNumber($0.text) }
        // Two numbers and a look-alike beside `i`: fewer than three numbers.
        #expect(!OCRPageReader.amongNumbersOnly(4, grid: grid(), texts: texts, numeric: numeric))
        var more = texts
        more[6] = cell("1", band: 1)
        #expect(OCRPageReader.amongNumbersOnly(4, grid: grid(), texts: more, numeric: more.map { OCRPageReader.readsAsNumber($0.text) }))
        // With a look-alike among three numbers: still among numbers only.
        let five = [cell("i", band: 0), cell("0", band: 0), cell("o", band: 0), cell("0", band: 0), cell("1", band: 0)]
        #expect(OCRPageReader.amongNumbersOnly(0, grid: rowOfFive(), texts: five, numeric: five.map { OCRPageReader.readsAsNumber($0.text) }))
        #expect(OCRPageReader.mayBeMisreadDigits("i") && OCRPageReader.mayBeMisreadDigits("Jo") && !OCRPageReader.mayBeMisreadDigits("all"))
        #expect(!OCRPageReader.mayBeMisreadDigits("下") && !OCRPageReader.mayBeMisreadDigits(""))
    }

    /// Regression (上海市科委's LibreOffice print scanned at 300 dpi with a seal, a probe of seed
    /// 20): section 四's last `1`, the review total, read `if` with confidence 87 in a row of
    /// numbers; `f` was no letter digits are read as, so the cell was kept as text and the total
    /// lost. Read again as digits it reads `1` (91, both readings agreeing).
    @Test func aOneReadIfAmongNumbersIsAMisreadNumber() {
        #expect(OCRPageReader.mayBeMisreadDigits("if") && OCRPageReader.mayBeMisreadDigits("f"))
        #expect(!OCRPageReader.mayBeMisreadDigits("iff") && !OCRPageReader.mayBeMisreadDigits("if下"))
        let row = [cell("1", band: 0), cell("0", band: 0), cell("0", band: 0), cell("0", band: 0), cell("if", band: 0)]
        #expect(OCRPageReader.amongNumbersOnly(4, grid: rowOfFive(), texts: row, numeric: row.map { OCRPageReader.readsAsNumber($0.text) }))
    }

    /// Regression (上海市科委's A5 print scanned at 200 dpi): section 四's first `1`, a `1` with a
    /// flag and a foot in small type, read `£`: no letter digits are read as, so the cell was not
    /// read again, and its row had 14 numbers for 15 columns (15 cells lost). A lone symbol no count
    /// is printed as, among numbers only, is a number misread; a blank marker or two symbols are
    /// not.
    @Test func aOneReadAsAPoundSignAmongNumbersIsAMisreadNumber() {
        #expect(OCRPageReader.mayBeMisreadDigits("£") && OCRPageReader.mayBeMisreadDigits("§"))
        #expect(!OCRPageReader.mayBeMisreadDigits("££") && !OCRPageReader.mayBeMisreadDigits("—")
                && !OCRPageReader.mayBeMisreadDigits("/") && !OCRPageReader.mayBeMisreadDigits("."))
        let row = [cell("£", band: 0), cell("0", band: 0), cell("0", band: 0), cell("0", band: 0), cell("1", band: 0)]
        #expect(OCRPageReader.amongNumbersOnly(0, grid: rowOfFive(), texts: row, numeric: row.map { OCRPageReader.readsAsNumber($0.text) }))
    }

    /// Regression (上海市科委's page printed with no rules, scanned at 300 dpi): section 四's one
    /// row, read as prose, was `1 0 0 0 1 O 0 0 0 0 O 0 0 0 0`; each `O` was taken for a label
    /// between two runs of values, and the review table was lost (15 cells). In a line of numbers
    /// only, a letter digits are read as is a number unread: a field of the row, uncertain. Not a
    /// stroke a rule's residue reads as, nor anything in a line with other text.
    @Test func lettersAmongALineOfNumbersAreNumbersUnread() {
        func spans(_ texts: [String]) -> [Span] { texts.map { Span(text: $0, confidence: 90) } }
        var row = spans(["1", "0", "0", "O", "0", "o"])
        OCRPageReader.markLettersAmongNumbers(&row, uncertainBelow: 70)
        #expect(row.map(\.unreadableNumber) == [false, false, false, true, false, true])
        #expect(row[3].confidence.map { $0 < 70 } == true && row[0].confidence == 90)
        for texts in [["1", "0", "|", "0"], ["1", "0", "l", "0"], ["规章", "1", "O", "0", "0"], ["1", "O", "0"], ["1", "0", "all", "0"]] {
            var other = spans(texts)
            OCRPageReader.markLettersAmongNumbers(&other, uncertainBelow: 70)
            #expect(other.allSatisfy { !$0.unreadableNumber }, "\(texts)")
        }
    }

    /// Regression (上海市政府办公厅's 2019 page printed by Chromium without rules, scanned at 300
    /// dpi, fed sideways): `规章 13 a3 524`, the `1` of the second `13` read `a`; the word was
    /// taken for text, `524` after it for another row's value, and both were lost. On a line of a
    /// label and at least two numbers, a number with one letter among its digits is a number
    /// unread (read again as digits, never certain). Not a rule's stroke (`|3`, `l3`), not two
    /// letters, not a line with fewer numbers or with other text.
    @Test func aNumberWithALetterAmongItsDigitsAfterALabelIsANumberUnread() {
        func spans(_ texts: [String]) -> [Span] { texts.map { Span(text: $0, confidence: 90) } }
        var row = spans(["规章", "13", "a3", "524"])
        OCRPageReader.markLettersAmongNumbers(&row, uncertainBelow: 70)
        #expect(row.map(\.unreadableNumber) == [false, false, true, false])
        #expect(row[2].confidence.map { $0 < 70 } == true && row[1].confidence == 90)
        for texts in [["规章", "13", "l3", "524"], ["规章", "13", "|3", "524"], ["规章", "13", "ab3", "524"], ["规章", "a3", "524"],
                      ["规章", "13", "a3", "524", "件"], ["Rule", "13", "a3", "524"]] {
            var other = spans(texts)
            OCRPageReader.markLettersAmongNumbers(&other, uncertainBelow: 70)
            #expect(other.allSatisfy { !$0.unreadableNumber }, "\(texts)")
        }
    }

    /// Regression (上海市政府办公厅's 2019 page printed without rules, scanned at 200 and 240 dpi):
    /// the row 四、结转下年度继续办理, on a page of its own with the total row (too few rows for a
    /// table, read as prose), read `了2 72` and `“72 72`; the first word was taken for the
    /// label's end and the row's 72 lost. On a line of a label and a number, digits after one
    /// Chinese character or a quotation mark are a number unread. Not without a number besides,
    /// not two characters before the digits, not digits before a character (a unit).
    @Test func digitsAfterACharacterOrAQuoteMarkAfterALabelAreANumberUnread() {
        func spans(_ texts: [String]) -> [Span] { texts.map { Span(text: $0, confidence: 90) } }
        for texts in [["四、结转下年度继续办理", "了2", "72"], ["四、结转下年度继续办理", "“72", "72"]] {
            var row = spans(texts)
            OCRPageReader.markLettersAmongNumbers(&row, uncertainBelow: 70)
            #expect(row.map(\.unreadableNumber) == [false, true, false], "\(texts)")
            #expect(row[1].confidence.map { $0 < 70 } == true && row[2].confidence == 90)
        }
        for texts in [["四、结转下年度继续办理", "了2"], ["四、结转下年度继续办理", "办理2", "72"], ["四、结转下年度继续办理", "72件", "72"],
                      ["四、结转下年度继续办理", "了", "72"]] {
            var other = spans(texts)
            OCRPageReader.markLettersAmongNumbers(&other, uncertainBelow: 70)
            #expect(other.allSatisfy { !$0.unreadableNumber }, "\(texts)")
        }
    }

    /// Regression (the searchable scan of 上海市科委's 2024 report): section 四's first cell, a
    /// `1` by the table's left rule, was read as nothing at all, and the cell was reported blank,
    /// printed empty: the review's 结果维持 lost, and a claim the scan does not make. Ink as tall
    /// as a number read as nothing, in a row of numbers only, is read again as digits (there: `1`,
    /// uncertain), else unread. A speck is shorter, and stays blank.
    @Test func inkANumbersHeightReadAsNothingIsANumberUnread() {
        var nothing = OCRPageReader.CellText()
        nothing.inked = true
        let tuning = OCRTuning()
        #expect(OCRPageReader.readAsNothing(nothing, inkHeight: 38, numberHeight: 38, tuning: tuning))
        #expect(!OCRPageReader.readAsNothing(nothing, inkHeight: 10, numberHeight: 38, tuning: tuning))
        #expect(!OCRPageReader.readAsNothing(cell("1", band: 0), inkHeight: 38, numberHeight: 38, tuning: tuning))
        #expect(!OCRPageReader.readAsNothing(OCRPageReader.CellText(), inkHeight: 38, numberHeight: 38, tuning: tuning))
        let row = [nothing, cell("0", band: 0), cell("0", band: 0), cell("0", band: 0), cell("1", band: 0)]
        #expect(OCRPageReader.amongNumbersOnly(0, grid: rowOfFive(), texts: row, numeric: row.map { OCRPageReader.readsAsNumber($0.text) }))
    }

    /// Regression (平潭's page printed with white cells, 240 dpi, a seal near the table): the `7`
    /// of 其他对外管理服务事项's 本年增/减 read `贸` with confidence 70, and one Chinese character
    /// read with that confidence was taken for text: the cell was left null as `text`. Its ink,
    /// 21 by 34 pixels, is a digit's shape; a Chinese character is about as wide as it is high.
    /// In a value column such a character is read again as digits (`7`, uncertain).
    @Test func aChineseCharacterAsNarrowAsADigitIsANumberMisread() {
        let tuning = OCRTuning()
        #expect(OCRPageReader.digitShaped((x: 0, y: 0, width: 21, height: 34), tuning: tuning))
        #expect(!OCRPageReader.digitShaped((x: 0, y: 0, width: 33, height: 34), tuning: tuning))
        #expect(!OCRPageReader.digitShaped((x: 0, y: 0, width: 21, height: 0), tuning: tuning))
    }

    /// Regression (上海市政府办公厅's 2019 report printed with wide padding, scanned at 240 dpi,
    /// and three more of its prints, style probes 06, 09, 18, 33): a clean `1` with a foot, alone
    /// in a column the other rows leave blank, read `Z` (confidence 2), `L`, `各` or `下`; in a row
    /// with a label it was neither among numbers only nor in a value column, and was not read
    /// again: the total's other-organisations cell null. One character, no digit nor a printed
    /// null, as narrow as a digit, no thinner than a `1`, and a number's height, beside a row's
    /// values, is a digit misread: read again as digits (here only the Latin model reads `1`:
    /// uncertain).
    @Test func oneCharacterAsNarrowAsADigitBesideARowsValuesIsADigitMisread() {
        let tuning = OCRTuning()
        let one = (x: 0, y: 0, width: 23, height: 38)
        for text in ["Z", "L", "各", "下", " Z "] {
            #expect(OCRPageReader.oneDigitShapedCharacter(text, ink: one, numberHeight: 39, tuning: tuning), "\(text)")
        }
        #expect(!OCRPageReader.oneDigitShapedCharacter("ZZ", ink: one, numberHeight: 39, tuning: tuning))
        #expect(!OCRPageReader.oneDigitShapedCharacter("1", ink: one, numberHeight: 39, tuning: tuning))
        #expect(!OCRPageReader.oneDigitShapedCharacter("/", ink: one, numberHeight: 39, tuning: tuning))
        #expect(!OCRPageReader.oneDigitShapedCharacter("无", ink: one, numberHeight: 39, tuning: tuning))
        // A character's width, a rule's remnant, a speck.
        #expect(!OCRPageReader.oneDigitShapedCharacter("各", ink: (x: 0, y: 0, width: 37, height: 38), numberHeight: 39, tuning: tuning))
        #expect(!OCRPageReader.oneDigitShapedCharacter("l", ink: (x: 0, y: 0, width: 4, height: 38), numberHeight: 39, tuning: tuning))
        #expect(!OCRPageReader.oneDigitShapedCharacter("Z", ink: (x: 0, y: 0, width: 8, height: 12), numberHeight: 39, tuning: tuning))
        // Beside a row's values: after its label, with two numbers.
        let row = [cell("（七）总计", band: 0), cell("805", band: 0), cell("35", band: 0), cell("", band: 0), cell("Z", band: 0)]
        let numeric = row.map { OCRPageReader.readsAsNumber($0.text) }
        #expect(OCRPageReader.amongRowValues(4, grid: rowOfFive(), texts: row, numeric: numeric))
        #expect(!OCRPageReader.amongRowValues(0, grid: rowOfFive(), texts: row, numeric: numeric))
    }

    /// Regression (上海市政府办公厅's 2019 report printed with a double outer rule, scanned at 300
    /// dpi, style probe 33): 四、结转下年度继续办理's `72` read `了2` with confidence 78, and Chinese
    /// read with that confidence was taken for text, not read again: the cell null, unflagged.
    /// Digits with one Chinese character before the last of them, in a value column, are a
    /// number misread (read again as digits, both readings needed, never certain). Not a number
    /// with its unit, a label or a word.
    @Test func digitsWithOneChineseCharacterAmongThemAreANumberMisread() {
        for text in ["了2", "1了5", "12了"] { #expect(OCRPageReader.digitsWithOneHan(text) == (text != "12了"), "\(text)") }
        for text in ["2件", "了", "了了2", "1.属于", "72", "了2a", "123456了89"] { #expect(!OCRPageReader.digitsWithOneHan(text), "\(text)") }
    }

    /// One row of five slots.
    func rowOfFive() -> TableGrid {
        var g = TableGrid()
        g.bands = [TableGrid.Band(top: 0, bottom: 50, edges: [0, 100, 200, 300, 400, 500])]
        for x in stride(from: 0, to: 500, by: 100) { g.cells.append(TableGrid.Cell(x0: x, x1: x + 100, firstBand: 0, lastBand: 0)) }
        return g
    }

    /// A label column (0–100) and two value columns (100–200, 200–300). Band 0: a heading over
    /// both value columns (`法人或其他组织`); bands 1–3: a label and two values; band 4: the rule
    /// between the values not found; band 5: the rule between the label and the first value not
    /// found.
    func table(band4: [OCRWord], band5: [OCRWord]) -> (TableGrid, [OCRPageReader.CellText], [[OCRWord]]) {
        var g = TableGrid()
        g.right = 300
        g.bands = (0..<6).map { b in
            TableGrid.Band(top: b * 40, bottom: b * 40 + 40, edges: b == 0 || b == 4 ? [0, 100, 300] : b == 5 ? [0, 200, 300] : [0, 100, 200, 300])
        }
        var texts: [OCRPageReader.CellText] = [], words: [[OCRWord]] = []
        func add(_ x0: Int, _ x1: Int, _ band: Int, _ ws: [OCRWord]) {
            g.cells.append(TableGrid.Cell(x0: x0, x1: x1, firstBand: band, lastBand: band))
            texts.append(cell(OCRPageReader.joined(ws), band: band))
            words.append(ws)
        }
        add(0, 100, 0, [word("信息内容", 10, 90)])
        add(100, 300, 0, [word("法人或", 150, 195), word("其他组织", 205, 260)])
        for b in 1...3 {
            add(0, 100, b, [word("规章", 10, 50)])
            add(100, 200, b, [word("13", 120, 140)])
            add(200, 300, b, [word("524", 220, 250)])
        }
        add(0, 100, 4, [word("规范性文件", 10, 90)])
        add(100, 300, 4, band4)
        add(0, 200, 5, band5)
        add(200, 300, 5, [word("0", 220, 230)])
        return (g, texts, words)
    }

    /// Regression (a scan of a Chromium print of a real 2019 report): `规范性文件 | 60 6o | 368`,
    /// the rule between two values lost where their digits touched it; and `二、上年结转…118`, a
    /// label run into its value. Each is cut at the column edge the other rows draw, when no word
    /// crosses it and what lies beyond is a number.
    @Test func aCellOverValueColumnsWhoseRuleWasLostIsCutAtTheColumnEdge() {
        let (g, texts, words) = table(band4: [word("60", 120, 140), word("6o", 220, 240)],
                                      band5: [word("二、上年结转", 10, 90), word("18", 120, 140)])
        let cuts = OCRPageReader.cutsAtMissingRules(g, texts: texts, words: words, tolerance: 10)
        #expect(cuts.map(\.cell) == [12, 13], "\(cuts)")
        #expect(cuts.map(\.edges) == [[200], [100]])
    }

    /// Left whole: a heading over value columns (text, not numbers), a word crossing the edge
    /// (`118`, a cell's box side read as `1` against `18`), and letters beyond the edge.
    @Test func aHeadingOrAWordAcrossTheEdgeIsNotCut() {
        let (g, texts, words) = table(band4: [word("60", 120, 140), word("all", 220, 240)],
                                      band5: [word("二、上年结转", 10, 90), word("118", 95, 140)])
        #expect(OCRPageReader.cutsAtMissingRules(g, texts: texts, words: words, tolerance: 10).isEmpty)
    }

    /// Regression (a scan of 上海市政府办公厅's 2019 page printed by Chromium with tight cells, 200
    /// dpi, under a seal): the label 其他对外管理服务事项 touched the rule before its first value,
    /// the rule was lost in that row, and the words came back `事项` reaching 8 px past the
    /// column edge, then `(0`; the fees row's `0` and `I0`, the lost rule read as an `I`. Taken
    /// to cross the edges, the cells were left whole and both rows lost (5 cells). A word reaching
    /// past an edge by the tolerance or less, with no digit at that end, to where another word of
    /// the cell lies, crosses nothing.
    @Test func aWordReachingPastALostRuleToAnotherWordIsCutThere() {
        let (g, texts, words) = table(band4: [word("0", 120, 140), word("I0", 198, 230)],
                                      band5: [word("其他对外管理服务事项", 10, 108), word("(0", 108, 130)])
        let cuts = OCRPageReader.cutsAtMissingRules(g, texts: texts, words: words, tolerance: 10)
        #expect(cuts.map(\.cell) == [12, 13], "\(cuts)")
        #expect(cuts.map(\.edges) == [[200], [100]])
        // Past the edge by more than the tolerance, or to where no other word lies, or with a
        // digit at that end (the number's own): the word crosses the edge, and the cell is whole.
        for (band4, band5) in [([word("0", 120, 140), word("I0", 185, 230)], [word("其他对外管理服务事项", 10, 115), word("(0", 115, 130)]),
                               ([word("I0", 198, 230)], [word("其他对外管理服务事项", 10, 108)]),
                               ([word("0", 120, 140), word("10", 198, 230)], [word("其他对外管理服务事1", 10, 108), word("(0", 108, 130)])] {
            let (g, texts, words) = table(band4: band4, band5: band5)
            #expect(OCRPageReader.cutsAtMissingRules(g, texts: texts, words: words, tolerance: 10).isEmpty, "\(band4) \(band5)")
        }
    }

    /// The same label, its part read alone after the cut, came back as Latin junk (`FEAT IM ETE
    /// AR FM`): the row lost its label. The first part keeps the words the whole cell's reading
    /// gave it where they hold more Chinese; else its own reading.
    @Test func aLabelCutFromItsRowKeepsTheWordsFirstReadThere() {
        let whole = [word("其他对外管理", 10, 60), word("服务事项", 62, 108), word("(0", 108, 130)]
        let junk = [word("FEAT", 10, 40), word("IM", 45, 60), word("FM", 80, 100)]
        #expect(OCRPageReader.firstPartWords(whole, readAlone: junk, end: 100)?.map(\.text) == ["其他对外管理", "服务事项"])
        let better = [word("其他对外管理服务事项", 10, 100)]
        #expect(OCRPageReader.firstPartWords(whole, readAlone: better, end: 100) == nil)
        #expect(OCRPageReader.firstPartWords([word("13", 10, 40), word("60", 110, 130)], readAlone: [word("13", 10, 40)], end: 100) == nil)
    }

    /// Regression (上海市科委's light-rules scan, 200 dpi): the rule between the label
    /// 5.要求行政机关确认或重新出具已获取信息 (two lines) and its first value was not found in that
    /// row, and the cell, read as one block, gave the label's two lines and no `0`: the row had six
    /// values for seven columns and was left null (7 cells). Ink beyond the edge that no word of the
    /// cell reads is a number set apart too: the part is read alone.
    @Test func aNumberTheCellsReadingDroppedIsCutApartByItsInk() {
        let label = [word("5.要求行政机关确认", 10, 90)]
        let (g, texts, words) = table(band4: [word("60", 120, 140), word("6", 220, 230)], band5: label)
        let band5Label = 13
        // The dropped `0` at x 120–130 in band 5: the part 100–200 holds ink.
        let inked: (TableGrid.Cell, Int, Int) -> Bool = { cell, x0, x1 in cell.firstBand == 5 && x0 <= 120 && x1 >= 130 }
        let cuts = OCRPageReader.cutsAtMissingRules(g, texts: texts, words: words, tolerance: 10, inked: inked)
        #expect(cuts.contains { $0.cell == band5Label && $0.edges == [100] }, "\(cuts)")
        // No ink there: left whole, as before.
        #expect(!OCRPageReader.cutsAtMissingRules(g, texts: texts, words: words, tolerance: 10).contains { $0.cell == band5Label })
        // A heading over value columns is still left whole, ink or not: its words cross no edge
        // here, but they are text, not numbers.
        let heading = 1
        let everywhere: (TableGrid.Cell, Int, Int) -> Bool = { _, _, _ in true }
        #expect(!OCRPageReader.cutsAtMissingRules(g, texts: texts, words: words, tolerance: 10, inked: everywhere).contains { $0.cell == heading })
    }

    /// One band of `n` cells 100 px wide.
    func row(of n: Int) -> TableGrid {
        var g = TableGrid()
        g.bands = [TableGrid.Band(top: 0, bottom: 50, edges: Array(stride(from: 0, through: 100 * n, by: 100)))]
        for x in stride(from: 0, to: 100 * n, by: 100) { g.cells.append(TableGrid.Cell(x0: x, x1: x + 100, firstBand: 0, lastBand: 0)) }
        return g
    }

    /// Regression (上海市科委's A5 print scanned at 300 dpi, fed sideways, seed-30 probes): section
    /// 四's row read `i 0 0 0 上 0 0 0 0 0 0 0 0 0 0` for `1 0 0 0 1 0 …`. The `上` kept the `i`
    /// from counting as among numbers only, so it was not read again; the row had 14 fields after
    /// a "label" for 15 columns, and all fifteen cells were lost. A Chinese character alone in a
    /// cell, fewer than a third of the numbers, is a misread number too.
    @Test func aLetterBesideAMisreadCharacterAmongNumbersIsAMisreadNumber() {
        let texts = ["i", "0", "0", "0", "上"] + Array(repeating: "0", count: 10)
        let cells15 = texts.map { cell($0, band: 0) }
        let numeric = cells15.map { OCRPageReader.readsAsNumber($0.text) }
        #expect(OCRPageReader.amongNumbersOnly(0, grid: row(of: 15), texts: cells15, numeric: numeric))
        #expect(OCRPageReader.amongNumbersOnly(4, grid: row(of: 15), texts: cells15, numeric: numeric))
        // As many lone characters as a third of the numbers: not a row of numbers.
        let han = ["i", "0", "上", "0", "下", "0", "0", "0"].map { cell($0, band: 0) }
        #expect(!OCRPageReader.amongNumbersOnly(0, grid: row(of: 8), texts: han, numeric: han.map { OCRPageReader.readsAsNumber($0.text) }))
        // A label of two characters among them: not a row of numbers only.
        let labelled = ["i", "0", "其他"] + Array(repeating: "0", count: 10)
        let cells = labelled.map { cell($0, band: 0) }
        #expect(!OCRPageReader.amongNumbersOnly(0, grid: row(of: 13), texts: cells, numeric: cells.map { OCRPageReader.readsAsNumber($0.text) }))
    }

    /// Regression (上海市科委's page with its tables as pictures, scanned at 200 dpi, seed-29
    /// probes): noise in a cell read `4`, 3 px high, a number's width to the right of the cell's
    /// `0`, 35 px high. The two "numbers" side by side cut the cell as one whose rules were lost,
    /// and the row had a field too many for its columns: its seven cells were lost. A word of
    /// digits much less tall than the cell's tallest word is a speck.
    @Test func aSpeckReadAsADigitIsNoNumber() {
        func at(_ text: String, _ left: Int, _ right: Int, _ top: Int, _ bottom: Int) -> OCRWord {
            OCRWord(text: text, left: left, top: top, right: right, bottom: bottom, confidence: 60, startsLine: false)
        }
        let words = [at("0", 1786, 1808, 2362, 2397), at("4", 1883, 1885, 2371, 2374)]
        let kept = OCRPageReader.withoutSpecksReadAsDigits(words, heightShare: OCRTuning().speckDigitHeightShare)
        #expect(kept.map(\.text) == ["0"])
        // Without it the cell is cut between the two.
        #expect(OCRPageReader.cutsBetweenNumbers(row(of: 1), words: [words], skipping: []).count == 1)
        #expect(OCRPageReader.cutsBetweenNumbers(row(of: 1), words: [kept], skipping: []).isEmpty)
        // Digits of the type's size, and small punctuation, are kept; a lone word too.
        let two = [at("0", 10, 30, 0, 35), at("12", 80, 110, 1, 35), at("、", 120, 126, 28, 34)]
        #expect(OCRPageReader.withoutSpecksReadAsDigits(two, heightShare: 1.0 / 3).count == 3)
        #expect(OCRPageReader.withoutSpecksReadAsDigits([at("4", 0, 2, 0, 3)], heightShare: 1.0 / 3).count == 1)
        // Found by a probe (平潭's print ruled only across, 200 dpi, seed 30): a word spanning
        // lines (a column's label a character to a line) in the cell of a label: the label's `3`
        // is a third of that word's height, and is no speck.
        let label = [at("三本年度办理结果", 0, 30, 0, 240), at("3", 40, 52, 100, 122), at("补正后申请内容仍不明确", 60, 300, 100, 124),
                     at("2没有现成信息", 40, 200, 60, 84)]
        #expect(OCRPageReader.withoutSpecksReadAsDigits(label, heightShare: 1.0 / 3).count == 4)
    }
}

/// The Chinese model's look-alike digits, judged by a second reading.
@Suite struct OCRSecondOpinionTests {
    /// Regression (the 2019 report printed with separate borders, scanned at 200 dpi): a serif `3`
    /// alone in its cell was read `8` with confidence 89 by `chi_sim+eng` and marked certain, where
    /// the Latin model alone reads `3`. The cell is the `3` of 补正后申请内容仍不明确 in the seal
    /// scan of 平潭's 2020 report (page 4, 300 dpi), read as the table reader reads a cell: its ink
    /// alone on a white canvas. Whatever the first reading, a certain `8` must not come out.
    @Test(.enabled(if: OCRAvailability.languageDataInstalled, "tesseract chi_sim and eng data not installed"))
    func aSerifThreeReadAsEightIsNotCertain() throws {
        let reader = try OCRPageReader(options: OCROptions())
        let cell = try ScannedCell("Samples/scans/real-pingtan-2020-seal/scanned.pdf", page: 3,
                                   box: (x: 1179, y: 1205, width: 150, height: 190), reader: reader)
        let judged = try reader.secondOpinion([cell.first], crops: [(cell.crop, cell.ink)], dpi: 300, deadline: Deadline(seconds: 30))[0]
        // The Latin model and the stretched cell both read `3`: two readings of three.
        #expect(judged.text == "3" && (judged.confidence ?? 100) < OCROptions().uncertainBelow,
                "read \(judged.text) with confidence \(judged.confidence ?? 0)")
        // The case it guards: the first reading is the look-alike, with confidence.
        #expect(cell.first.text == "8" && (cell.first.confidence ?? 0) >= OCROptions().uncertainBelow,
                "first reading \(cell.first.text) \(cell.first.confidence ?? 0): the fixture no longer shows the confusion")
    }

    /// Regression (seed-22 probes): numbers read with confidence under 90 and certain were
    /// wrong (`195` for `105` at 88, `59` for `55` at 77, `305` for `395` at 77, the Latin model
    /// agreeing). They are read again by the Latin model and stretched, and vote: the readings
    /// that agree count for the first, and any reading one look-alike digit away puts it in doubt.
    @Test func theReadingsOfADoubtfulNumberVote() throws {
        let corrected = try #require(OCRPageReader.secondOpinionVote(first: ("195", 88), others: [("105", 96.8), ("105", 88.2)]))
        #expect(corrected.text == "105" && corrected.confidence == 96.8)
        // Two of three for the first reading: it stays, in doubt (the caller caps its confidence).
        let kept = try #require(OCRPageReader.secondOpinionVote(first: ("305", 77.4), others: [("305", 77.4), ("395", 96.7)]))
        #expect(kept.text == "305")
        // One against one: the more confident.
        #expect(OCRPageReader.secondOpinionVote(first: ("59", 77.3), others: [("55", 74.1)])?.text == "59")
        // Agreement, or readings that are no look-alike of it (small type's dropped strokes), is no doubt.
        #expect(OCRPageReader.secondOpinionVote(first: ("12", 85), others: [("12", 90), ("2", 95)]) == nil)
        #expect(OCRPageReader.secondOpinionVote(first: ("21", 85), others: [("20", 90), ("L", 95)]) == nil)
    }

    /// Two other readings tied with each other and above the first (the same count and the same
    /// confidence, 0 where tesseract gives none) go to the one read first, in either order: in a
    /// dictionary's order the tie went either way from one run to the next.
    @Test func tiedSecondOpinionsGoToTheOneReadFirst() {
        #expect(OCRPageReader.secondOpinionVote(first: ("38", 0), others: [("33", 0), ("33", 0), ("39", 0), ("39", 0)])?.text == "33")
        #expect(OCRPageReader.secondOpinionVote(first: ("38", 0), others: [("39", 0), ("39", 0), ("33", 0), ("33", 0)])?.text == "39")
    }

    @Test func lookAlikeReadingsDifferByOneDigit() {
        #expect(DigitLookAlikes.oneApart("8", "3") && DigitLookAlikes.oneApart("138", "133") && DigitLookAlikes.oneApart("59", "55"))
        #expect(!DigitLookAlikes.oneApart("12", "2") && !DigitLookAlikes.oneApart("21", "20") && !DigitLookAlikes.oneApart("3", "3"))
    }
}

/// Rule residue read as part of a word.
@Suite struct RuleResidueTests {
    /// Regression (平潭's print with white cells at 240 dpi, seed 27): `[278`, the cell's left
    /// rule read as a bracket, was text, and the value lost. A bracket before or after a number
    /// is taken off; before words, or alone, it stays.
    @Test func aBracketARuleReadAsBesideANumberIsTakenOff() throws {
        let bracket = try #require(OCRPageReader.withoutRuleResidue(OCRWord(text: "[278", left: 100, top: 0, right: 140, bottom: 20, confidence: 80, startsLine: false)))
        #expect(bracket.text == "278" && bracket.left == 110)
        #expect(OCRPageReader.withoutRuleResidue(OCRWord(text: "12]", left: 0, top: 0, right: 30, bottom: 20, confidence: 80, startsLine: false))?.text == "12")
        #expect(OCRPageReader.withoutRuleResidue(OCRWord(text: "[注", left: 0, top: 0, right: 30, bottom: 20, confidence: 80, startsLine: false))?.text == "[注")
        #expect(OCRPageReader.withoutRuleResidue(OCRWord(text: "[", left: 0, top: 0, right: 10, bottom: 20, confidence: 80, startsLine: false))?.text == "[")
    }

    /// Regression (the fixed-layout print of 平潭's report scanned at 200 dpi): the rule between
    /// `本年新公开数量` and `对外公开总数量` was lost in the row 规范性文件 (type touching it) and the
    /// row read `77 |166` in one cell; the word `|166` crossed the column edge, the cell was not cut,
    /// and the row's three values were lost. The bar is taken off and the word's box narrowed.
    @Test func aBarGluedToAValueIsTakenOffItsWord() throws {
        let glued = OCRWord(text: "|166", left: 100, top: 0, right: 148, bottom: 20, confidence: 90, startsLine: false)
        let word = try #require(OCRPageReader.withoutRuleResidue(glued))
        #expect(word.text == "166" && word.left == 112 && word.right == 148)
        let after = try #require(OCRPageReader.withoutRuleResidue(OCRWord(text: "12丨", left: 0, top: 0, right: 30, bottom: 20, confidence: 90, startsLine: false)))
        #expect(after.text == "12" && after.left == 0 && after.right == 20)
        #expect(OCRPageReader.withoutRuleResidue(OCRWord(text: "||", left: 0, top: 0, right: 6, bottom: 20, confidence: 90, startsLine: false)) == nil)
        let plain = OCRWord(text: "77", left: 40, top: 0, right: 70, bottom: 20, confidence: 90, startsLine: false)
        #expect(OCRPageReader.withoutRuleResidue(plain)?.text == "77" && OCRPageReader.withoutRuleResidue(plain)?.left == 40)
    }

    /// Regression (the same print at 200 dpi skewed 0.84°, a probe of seed 20): the lost rule,
    /// leaning, read as a backslash, `77 \77`; the word crossed the column edge and the row's
    /// three values were lost. A backslash is a bar too.
    @Test func aLeaningRuleReadAsABackslashIsTakenOffItsWord() throws {
        let glued = OCRWord(text: "\\77", left: 100, top: 0, right: 136, bottom: 20, confidence: 90, startsLine: false)
        let word = try #require(OCRPageReader.withoutRuleResidue(glued))
        #expect(word.text == "77" && word.left == 112 && word.right == 136)
        #expect(OCRPageReader.withoutRuleResidue(OCRWord(text: "\\", left: 0, top: 0, right: 6, bottom: 20, confidence: 90, startsLine: false)) == nil)
    }

    /// The cell `77 166`, its words without the bar, is cut at the column edge the other rows draw.
    @Test func aCellWhoseBarIsTakenOffIsCutAtTheColumnEdge() {
        var g = TableGrid()
        g.right = 300
        // Five rows: a label column (0–100) and two value columns (100–200, 200–300); the last
        // row lost the rule at 200.
        g.bands = (0..<5).map { b in TableGrid.Band(top: b * 40, bottom: b * 40 + 40, edges: b == 4 ? [0, 100, 300] : [0, 100, 200, 300]) }
        var texts: [OCRPageReader.CellText] = [], words: [[OCRWord]] = []
        func add(_ x0: Int, _ x1: Int, _ band: Int, _ ws: [OCRWord]) {
            g.cells.append(TableGrid.Cell(x0: x0, x1: x1, firstBand: band, lastBand: band))
            var t = OCRPageReader.CellText()
            t.inked = true
            t.lines = [(band, OCRPageReader.joined(ws), 90)]
            texts.append(t)
            words.append(ws)
        }
        func w(_ text: String, _ l: Int, _ r: Int) -> OCRWord { OCRWord(text: text, left: l, top: 0, right: r, bottom: 20, confidence: 90, startsLine: false) }
        for b in 0..<4 {
            add(0, 100, b, [w("规章", 10, 60)]); add(100, 200, b, [w("0", 140, 150)]); add(200, 300, b, [w("7", 240, 250)])
        }
        let read = [w("77", 140, 170), w("|166", 196, 240)]
        add(0, 100, 4, [w("规范性文件", 10, 90)])
        add(100, 300, 4, read.compactMap(OCRPageReader.withoutRuleResidue))
        let cuts = OCRPageReader.cutsAtMissingRules(g, texts: texts, words: words, tolerance: 12)
        #expect(cuts.count == 1 && cuts.first?.cell == 13 && cuts.first?.edges == [200])
        // With the bar, the word reaches 4 px past the edge, to where `77` lies, a bar at that
        // end: it crosses nothing there either (``aWordReachingPastALostRuleToAnotherWordIsCutThere``).
        words[13] = read
        #expect(OCRPageReader.cutsAtMissingRules(g, texts: texts, words: words, tolerance: 12).first?.edges == [200])
        // Reaching past it by more than the tolerance, it crosses the edge: no cut.
        words[13] = [w("77", 140, 170), w("|166", 180, 240)]
        #expect(OCRPageReader.cutsAtMissingRules(g, texts: texts, words: words, tolerance: 12).isEmpty)
    }
}

/// Cells of the narrow-column seal scan (`Samples/scans/t2021-narrow-seal`, page 3, 300 dpi, JPEG
/// q40) whose digits sit on the light grey 8x8 blocks JPEG leaves around a glyph: `chi_sim+eng`
/// read them as letters or as the wrong digit. Each is read as the table reader reads a cell (its
/// ink alone on a white canvas); `box` is the cell inside its rules, in page pixels.
/// A cell of a sample scan read as the table reader reads one (its ink alone on a white canvas):
/// `box` is the cell inside its rules, in pixels of the page rendered at 300 dpi.
struct ScannedCell {
    var crop: GrayImage
    var ink: (x: Int, y: Int, width: Int, height: Int)
    var first: OCRPageReader.CellText

    init(_ scan: String, page index: Int, box: (x: Int, y: Int, width: Int, height: Int), reader: OCRPageReader) throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent(scan)
        let document = try PopplerDocumentHandle(path: url.path, password: nil)
        let rendered = try #require(document.page(index)?.renderGray(dpi: 300, redAsGray: true))
        let page = GrayImage(width: rendered.width, height: rendered.height, pixels: rendered.pixels)
        let threshold = min(page.otsuThreshold(), 200)
        ink = try #require(page.inkBox(x: box.x, y: box.y, width: box.width, height: box.height, threshold: threshold))
        #expect(ink.width < 60 && ink.height < 60, "one or two digits: \(ink)")
        let pad = reader.tuning.cellInkPad, margin = Int(reader.tuning.cellCanvasMargin)
        crop = page.cropped(x: ink.x - pad, y: ink.y - pad, width: ink.width + 2 * pad, height: ink.height + 2 * pad, border: margin)
        let words = try reader.readBlock(crop, dpi: 300, deadline: Deadline(seconds: 30))
        first = OCRPageReader.CellText()
        first.inked = true
        first.lines = [(0, OCRPageReader.joined(words), words.map(\.confidence).min() ?? 0)]
    }
}

@Suite struct JPEGBlockCellTests {
    func read(_ reader: OCRPageReader, box: (x: Int, y: Int, width: Int, height: Int)) throws -> ScannedCell {
        try ScannedCell("Samples/scans/t2021-narrow-seal/scanned.pdf", page: 2, box: box, reader: reader)
    }

    /// Regression: two cells printed `1` (部分公开's other organisations, 补正后申请内容仍不明确's
    /// natural persons) read `a` and `all`, and digits only, nothing: the cells were left null.
    /// Stretched (the grey blocks white) and read as a line, they read `1`, and a number found only
    /// so is uncertain.
    @Test(.enabled(if: OCRAvailability.languageDataInstalled, "tesseract chi_sim and eng data not installed"))
    func aPaleOneOnJPEGBlocksIsReadAsOneInDoubt() throws {
        let reader = try OCRPageReader(options: OCROptions())
        for box in [(x: 1985, y: 690, width: 85, height: 160), (x: 1150, y: 2265, width: 125, height: 160)] {
            let cell = try read(reader, box: box)
            // The case it guards: the first reading is not a number.
            #expect(!OCRPageReader.readsAsNumber(cell.first.text), "first reading \(cell.first.text): the fixture no longer shows the confusion")
            let vote = try #require(try reader.vote(first: cell.first, crop: cell.crop, ink: cell.ink, dpi: 300, deadline: Deadline(seconds: 30)))
            #expect(vote.text == "1" && vote.confidence < OCROptions().uncertainBelow, "read \(vote.text) with confidence \(vote.confidence)")
        }
    }

    /// Regression: a `9` (属于国家秘密, commercial) read `8` with confidence 77, and the Latin model
    /// reads `O`: the stretched cell reads `9` with confidence 97, and the more confident of two
    /// readings wins, in doubt.
    @Test(.enabled(if: OCRAvailability.languageDataInstalled, "tesseract chi_sim and eng data not installed"))
    func aNineReadAsEightIsReadAgainStretched() throws {
        let reader = try OCRPageReader(options: OCROptions())
        let cell = try read(reader, box: (x: 1300, y: 875, width: 175, height: 85))
        #expect(cell.first.text == "8" && (cell.first.confidence ?? 0) >= OCROptions().uncertainBelow,
                "first reading \(cell.first.text) \(cell.first.confidence ?? 0): the fixture no longer shows the confusion")
        let judged = try reader.secondOpinion([cell.first], crops: [(cell.crop, cell.ink)], dpi: 300, deadline: Deadline(seconds: 30))[0]
        #expect(judged.text == "9" && (judged.confidence ?? 100) < OCROptions().uncertainBelow,
                "read \(judged.text) with confidence \(judged.confidence ?? 0)")
    }
}

/// Letters among a line of numbers read as prose, read again as digits.
@Suite struct ProseDigitTests {
    /// Regression (平潭's page printed with no rules, scanned at 200 and 240 dpi): section 四's
    /// one row, read as prose, had `O` for the `0` of both lawsuits' 结果维持; each was kept in its
    /// place as a number unread, and two cells were left null. Like a ruled table's cells, each
    /// letter's ink is read again alone, digits only: `0`, never certain. Here on a `0` of the
    /// searchable scan's row (the letter's reading stands in for the one OCR gave); the span
    /// not flagged is left as read.
    @Test(.enabled(if: OCRAvailability.languageDataInstalled, "tesseract chi_sim and eng data not installed"))
    func aLetterAmongALineOfNumbersIsReadAgainAsDigits() throws {
        let reader = try OCRPageReader(options: OCROptions())
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Samples/scans/real-science-2024-searchable/scanned.pdf")
        let document = try PopplerDocumentHandle(path: url.path, password: nil)
        let rendered = try #require(document.page(2)?.renderGray(dpi: 300, redAsGray: true))
        let page = GrayImage(width: rendered.width, height: rendered.height, pixels: rendered.pixels)
        var letter = Span(text: "O", x0: 306, x1: 360, confidence: 40)
        letter.unreadableNumber = true
        let line = OCRPageReader.PixelLine(top: 600, bottom: 660, spans: [Span(text: "1", x0: 146, x1: 200, confidence: 90), letter])
        let read = try reader.rereadingLettersAmongNumbers([line], image: page, threshold: min(page.otsuThreshold(), 200), dpi: 300,
                                                           deadline: Deadline(seconds: 30))
        let spans = try #require(read.first?.spans)
        #expect(spans[1].text == "0" && !spans[1].unreadableNumber)
        #expect((spans[1].confidence ?? 100) < OCROptions().uncertainBelow)
        #expect(spans[0].text == "1" && spans[0].confidence == 90)
    }
}

/// A prose line in a table without rules whose header gave the columns.
@Suite struct ProseValueEdgeTests {
    func word(_ text: String, _ left: Int, _ right: Int, confidence: Double = 90, first: Bool = false) -> OCRWord {
        OCRWord(text: text, left: left, top: 1800, right: right, bottom: 1850, confidence: confidence, startsLine: first)
    }

    /// Regression (the 2019 report printed without rules, scanned at 240 and 300 dpi): the only
    /// value of （二）部分公开, `3`, stands a little apart from its label's first line, less than the
    /// gap that makes a cell, and was read with it (`只计这一3`): the row had no value and its label
    /// ran into the row above, and both rows were lost. Between the header and the table's last
    /// row, a number past the edge where the values start is a field of its own, read again when
    /// read doubtfully (a `7` for that `3` at 240 dpi).
    @Test(.enabled(if: OCRAvailability.languageDataInstalled, "tesseract chi_sim and eng data not installed"))
    func aNumberPastTheValuesEdgeIsAFieldOfItsOwn() throws {
        let reader = try OCRPageReader(options: OCROptions())
        let line = [word("理", 144, 213, first: true), word("结果", 216, 292), word("(二)", 490, 575), word("部分公开(区分处理的,", 578, 1128),
                    word("只计这一", 1130, 1356), word("3", 1389, 1414, confidence: 60)]
        let edges = [(top: 1600, bottom: 2500, x: 1374)]
        let split = try #require(reader.proseLines(line, valueEdges: edges).first)
        #expect(split.spans.map(\.text) == ["理结果", "(二)部分公开(区分处理的,只计这一", "3"])
        #expect(split.spans[2].unreadableNumber)
        // A sure reading is kept as read; outside the table, or Chinese past the edge, the line is as before.
        var sure = line
        sure[5].confidence = 95
        #expect(try #require(reader.proseLines(sure, valueEdges: edges).first).spans.last?.unreadableNumber == false)
        #expect(try #require(reader.proseLines(line, valueEdges: [(top: 100, bottom: 900, x: 1374)]).first).spans.count == 2)
        var han = line
        han[5].text = "情"
        #expect(try #require(reader.proseLines(han, valueEdges: edges).first).spans.count == 2)
    }

    /// Regression (the 2019 report printed without rules, scanned at 240 and 300 dpi): the table's
    /// last row, `（七）总计 767 35 2 1 805`, begins a page with no header over it; `767` and `35`
    /// stand closer than the gap that makes a cell and were one field: one place for two values,
    /// and the row could not be put under the columns of the header on the page before (five
    /// cells lost). Two numbers half a line apart or more are two fields; closer, one number's
    /// digits read apart stay one.
    @Test(.enabled(if: OCRAvailability.languageDataInstalled, "tesseract chi_sim and eng data not installed"))
    func twoNumbersApartAreTwoFields() throws {
        let reader = try OCRPageReader(options: OCROptions())
        let line = [word("(七)总计", 488, 704, first: true), word("767", 1388, 1475), word("35", 1521, 1577), word("2", 2020, 2044)]
        let split = try #require(reader.proseLines(line).first)
        #expect(split.spans.map(\.text) == ["(七)总计", "767", "35", "2"])
        #expect(split.spans.map { $0.x0 ?? -1 } == [488, 1388, 1521, 2020])
        let close = [word("(七)总计", 488, 704, first: true), word("7", 1388, 1415), word("67", 1420, 1475)]
        #expect(try #require(reader.proseLines(close).first).spans.map(\.text) == ["(七)总计", "7 67"])
    }
}

/// A label's reading that covers a fraction of its ink is read again as one line.
@Suite struct ShortLabelTests {
    func word(_ text: String, _ left: Int, _ right: Int, top: Int = 0, bottom: Int = 60) -> OCRWord {
        OCRWord(text: text, left: left, top: top, right: right, bottom: bottom, confidence: 90, startsLine: left == 26)
    }

    /// Regression: the zoomed print scanned at 240 dpi read `四、结转下年度继续办理` as `四、结转2`
    /// (its words over a quarter of the ink), joined it to the heading under the table, and lost
    /// the row and the review table after it (179 of 200).
    @Test func aLabelReadOverAQuarterOfItsInkIsReadAgain() {
        let short = [word("四", 26, 77), word("、", 90, 100), word("结", 145, 201), word("转", 220, 258), word("2", 458, 476)]
        #expect(OCRPageReader.readsTooShort(short, inkWidth: 678, inkHeight: 61, share: 0.6))
        // The whole label, or a number: kept as read.
        let whole = [word("四、结转下年度继续办理", 26, 690)]
        #expect(!OCRPageReader.readsTooShort(whole, inkWidth: 678, inkHeight: 61, share: 0.6))
        #expect(!OCRPageReader.readsTooShort([word("2", 458, 476)], inkWidth: 678, inkHeight: 61, share: 0.6))
        // Ink two lines tall is not one line to read again.
        #expect(!OCRPageReader.readsTooShort(short, inkWidth: 678, inkHeight: 130, share: 0.6))
    }
}
