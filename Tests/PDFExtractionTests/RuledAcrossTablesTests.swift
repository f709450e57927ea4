import Foundation
import Testing
import DocumentModel
@testable import PDFExtraction

/// Tables ruled only across (a rule under each row, none between columns), read as grids: rows
/// between the rules, columns where the numbers line up.
@Suite struct RuledAcrossTablesTests {
    let tolerance = 12
    let tuning = OCRTuning()

    func rule(_ y: Int, _ x0: Int = 100, _ x1: Int = 900) -> RulingLines.Segment {
        RulingLines.Segment(across0: y - 1, across1: y + 1, along0: x0, along1: x1)
    }

    /// A word read on the page, `x0`–`x1` wide, in the row whose middle is `y`.
    func word(_ text: String, _ x0: Int, _ x1: Int, y: Int) -> OCRWord {
        OCRWord(text: text, left: x0, top: y - 15, right: x1, bottom: y + 15, confidence: 90, startsLine: false)
    }

    /// The slot edges of each band.
    func edges(_ grid: TableGrid) -> [[Int]] { grid.bands.map(\.edges) }

    /// Rules under rows, one above the other, are one table; an underline far below is not a
    /// table, and a narrower table further down is another.
    @Test func rulesUnderRowsStackedMakeATable() {
        let rules = [100, 150, 200, 250, 300].map { rule($0) } + [rule(1000, 100, 300)] + [2000, 2050, 2100].map { rule($0, 100, 500) }
        let found = OCRPageReader.ruledAcrossStacks(rules, tolerance: tolerance, tuning: tuning)
        #expect(found.rowHeight == 50)
        #expect(found.stacks.map { $0.map(\.center) } == [[100, 150, 200, 250, 300], [2000, 2050, 2100]])
    }

    /// Regression (平潭's page with rules under each row only, scanned at 240 dpi): without vertical
    /// rules no grid was found and tesseract read the table as prose, the values of neighbouring
    /// columns run together (`1 21`), 93 of 198 cells lost. The columns are where the numbers line
    /// up; an edge lies midway between two columns and one before the first.
    @Test func theColumnsAreWhereTheNumbersLineUp() throws {
        let rules = [100, 150, 200, 250].map { rule($0) }
        let words = [word("规章", 110, 200, y: 125), word("0", 500, 520, y: 125), word("13", 700, 740, y: 125),
                     word("规范性文件", 110, 300, y: 175), word("60", 500, 540, y: 175), word("0", 700, 720, y: 175),
                     word("行政许可", 110, 260, y: 225), word("97", 500, 540, y: 225), word("5", 700, 720, y: 225)]
        let grids = OCRPageReader.gridsOfAlignedNumbers(rules, rowHeight: 50, words: words, image: GrayImage(width: 1000, height: 400),
                                                        threshold: 128, tolerance: tolerance, tuning: tuning)
        let grid = try #require(grids.first)
        #expect(grids.count == 1)
        // The edge before the first column: in the paper just before it (within two tolerances).
        #expect(edges(grid) == Array(repeating: [100, 487, 620, 900], count: 3))
        #expect(grid.cells.count == 9)
    }

    /// Regression (平潭's print without rules at 200 dpi, seed-26 probe): `二、上年结转…数量 0`'s
    /// `0` came back as a word 131 pixels wide and 51 high, the `量` before it taken in; the first
    /// column started there, 108 pixels left of its numbers, no paper was found before it in
    /// （二）部分公开…'s row, whose label runs up to its `6`, and the cell read whole lost the
    /// `6` (seven cells). A number wider than its characters could be gives no column its extent.
    @Test func aNumberBoxTakingInItsLabelGivesNoColumnItsExtent() {
        let seeds: [(word: OCRWord, band: Int)] = [
            (word("20", 1411, 1458, y: 550), 0), (OCRWord(text: "0", left: 1302, top: 586, right: 1433, bottom: 637, confidence: 90, startsLine: false), 1),
            (word("6", 1410, 1433, y: 690), 2), (word("0", 1411, 1434, y: 900), 3),
            (word("0", 1600, 1623, y: 550), 0), (word("0", 1600, 1623, y: 690), 2)]
        let columns = OCRPageReader.numberColumns(seeds, tuning: tuning)
        #expect(columns.map(\.x0) == [1410, 1600])
        #expect(columns.map(\.x1) == [1458, 1623])
        // A number as wide as its characters (`805`, 70 pixels at 30 high) still does.
        let wide = seeds + [(word("805", 1380, 1450, y: 1000), 4)]
        #expect(OCRPageReader.numberColumns(wide, tuning: tuning).map(\.x0) == [1380, 1600])
    }

    /// Regression (平潭's print ruled only across, 300 dpi, fed sideways, and seed-21's probe of it
    /// upright): each rule, found as pieces a few pixels apart in height, had ink 7 pixels below
    /// its line (its first piece's centre), past the half tolerance the search for paper before
    /// the first column left: no row but the first few had an edge there, each label was read
    /// whole with its first value, and 5.要求行政机关确认或重新出具已获取信息's `0`, set against its
    /// label's first line, was lost (7 cells). The paper is sought between the rules' ink.
    @Test func theEdgeBeforeTheFirstColumnIsSoughtBetweenTheRulesInk() throws {
        var d = ScanImageTests.Drawing(1000, 400)
        var rules: [RulingLines.Segment] = []
        for y in [100, 150, 200, 250] {
            // Level to x 160, then 6 pixels lower to the table's end.
            rules += [RulingLines.Segment(across0: y - 1, across1: y + 1, along0: 100, along1: 160),
                      RulingLines.Segment(across0: y + 5, across1: y + 7, along0: 160, along1: 900)]
            d.box(100, y - 1, 60, 3)
            d.box(160, y + 5, 740, 3)
        }
        let words = [word("规章", 110, 200, y: 125), word("0", 500, 520, y: 125), word("13", 700, 740, y: 125),
                     word("规范性文件", 110, 300, y: 175), word("60", 500, 540, y: 175), word("0", 700, 720, y: 175),
                     word("行政许可", 110, 260, y: 225), word("97", 500, 540, y: 225), word("5", 700, 720, y: 225)]
        let grid = try #require(OCRPageReader.gridsOfAlignedNumbers(rules, rowHeight: 50, words: words, image: d.image,
                                                                    threshold: 128, tolerance: tolerance, tuning: tuning).first)
        #expect(edges(grid) == Array(repeating: [100, 487, 620, 900], count: 3), "\(edges(grid))")
    }

    /// A word over an edge (a header over two columns) makes one cell of them in its row only.
    @Test func aWordOverAnEdgeMakesOneCellOfTheColumnsItSpans() throws {
        let rules = [100, 150, 200, 250].map { rule($0) }
        let words = [word("信息内容", 110, 200, y: 125), word("上一年项目数量本年增/减", 450, 800, y: 125),
                     word("规章", 110, 200, y: 175), word("0", 500, 520, y: 175), word("13", 700, 740, y: 175),
                     word("规范性文件", 110, 300, y: 225), word("60", 500, 540, y: 225), word("0", 700, 720, y: 225)]
        let grid = try #require(OCRPageReader.gridsOfAlignedNumbers(rules, rowHeight: 50, words: words, image: GrayImage(width: 1000, height: 400),
                                                                    threshold: 128, tolerance: tolerance, tuning: tuning).first)
        #expect(edges(grid) == [[100, 487, 900], [100, 487, 620, 900], [100, 487, 620, 900]])
    }

    /// Close columns read as one number in a row (`1 21` read `121`) are still two columns.
    @Test func twoColumnsReadAsOneNumberInARowStayTwo() throws {
        let ys = [125, 175, 225, 275, 325]
        let rules = [100, 150, 200, 250, 300, 350].map { rule($0) }
        var words = ys.flatMap { y in [word("申请", 110, 200, y: y), word("0", 600, 620, y: y)] }
        words += ys.dropFirst().flatMap { y in [word("1", 500, 520, y: y), word("0", 560, 580, y: y)] }
        words.append(word("121", 500, 580, y: 125))
        // Its digits close together, as a number's are: no paper as wide as they are high.
        var d = ScanImageTests.Drawing(1000, 400)
        for (x, w) in [(500, 12), (524, 16), (562, 18)] { d.box(x, 112, w, 26) }
        let grid = try #require(OCRPageReader.gridsOfAlignedNumbers(rules, rowHeight: 50, words: words, image: d.image,
                                                                    threshold: 128, tolerance: tolerance, tuning: tuning).first)
        // The first row's `121` crosses the edge between them: one cell there, two elsewhere.
        #expect(edges(grid)[1].count == 5 && edges(grid)[0].count == 4, "\(edges(grid))")
        #expect(edges(grid)[1][2] == 540)
    }

    /// Regression (上海市科委's page ruled only across, 240 dpi, style probe 13): in row
    /// 5.属于三类内部事务信息, the other organisations' `0` and the total's `1`, two close columns,
    /// came back as one word `01`; it crossed the edge between them, the row was read with six
    /// fields for seven columns and its seven values left null. Digits with paper at the edge as
    /// wide as they are high are two numbers: the edge is drawn there.
    @Test func twoNumbersReadAsOneWordWithPaperBetweenThemKeepTheirEdge() throws {
        let ys = [125, 175, 225, 275, 325]
        let rules = [100, 150, 200, 250, 300, 350].map { rule($0) }
        var words = ys.flatMap { y in [word("申请", 110, 200, y: y), word("1", 400, 420, y: y)] }
        words += ys.dropFirst().flatMap { y in [word("0", 500, 520, y: y), word("1", 570, 590, y: y)] }
        words.append(word("01", 500, 590, y: 125))
        var d = ScanImageTests.Drawing(1000, 400)
        for x in [500, 572] { d.box(x, 112, 16, 26) }     // `0` and `1`, 56 pixels of paper between
        let grid = try #require(OCRPageReader.gridsOfAlignedNumbers(rules, rowHeight: 50, words: words, image: d.image,
                                                                    threshold: 128, tolerance: tolerance, tuning: tuning).first)
        #expect(edges(grid).allSatisfy { $0.count == 5 }, "\(edges(grid))")
        #expect(edges(grid)[0] == edges(grid)[1])
        // Regression (上海市科委's page printed without rules, set tight, 240 dpi): the same two read
        // `O01` and `ol`, digits misread as letters; taken for no numbers, they kept the edge out
        // and the rows' seven values were left null. They are parted the same way.
        words[words.count - 1] = word("0l", 500, 590, y: 125)
        let misread = try #require(OCRPageReader.gridsOfAlignedNumbers(rules, rowHeight: 50, words: words, image: d.image,
                                                                       threshold: 128, tolerance: tolerance, tuning: tuning).first)
        #expect(edges(misread)[0].count == 5, "\(edges(misread))")
        // Not a word with Chinese in it.
        words[words.count - 1] = word("0工", 500, 590, y: 125)
        let chinese = try #require(OCRPageReader.gridsOfAlignedNumbers(rules, rowHeight: 50, words: words, image: d.image,
                                                                       threshold: 128, tolerance: tolerance, tuning: tuning).first)
        #expect(edges(chinese)[0].count == 4, "\(edges(chinese))")
    }

    /// Regression (上海市科委's page printed without rules, set tight, 240 dpi): the other
    /// organisations' `0` and the total's `0`, two close columns, came back as one word `00` in
    /// half the rows; with its middle between them, neither column was filled in those rows, the
    /// table counted as mostly blank and was read as prose (its second page: 83 cells lost). Such
    /// a word, with paper between its two numbers where the columns part, fills both; a number
    /// whose ink runs on across the gap fills neither.
    @Test func numbersOfTwoColumnsReadAsOneWordFillBoth() throws {
        let ys = [125, 175, 225, 275, 325, 375]
        let rules = [100, 150, 200, 250, 300, 350, 400].map { rule($0) }
        var words = ys.flatMap { y in [word("申请", 110, 200, y: y), word("1", 400, 420, y: y)] }
        words += ys.prefix(3).flatMap { y in [word("0", 500, 520, y: y), word("1", 570, 590, y: y)] }
        words += ys.suffix(3).map { y in word("00", 500, 590, y: y) }
        var d = ScanImageTests.Drawing(1000, 420)
        for y in ys.suffix(3) { d.box(502, y - 13, 16, 26); d.box(572, y - 13, 16, 26) }
        let grid = try #require(OCRPageReader.gridsOfAlignedNumbers(rules, rowHeight: 50, words: words, image: d.image,
                                                                    threshold: 128, tolerance: tolerance, tuning: tuning).first)
        #expect(edges(grid).allSatisfy { $0.count == 5 }, "\(edges(grid))")
        // Ink across the gap: one number, in no column of the two (the columns are mostly blank).
        var joined = ScanImageTests.Drawing(1000, 420)
        for y in ys.suffix(3) { joined.box(502, y - 13, 86, 26) }
        #expect(OCRPageReader.gridsOfAlignedNumbers(rules, rowHeight: 50, words: words, image: joined.image,
                                                    threshold: 128, tolerance: tolerance, tuning: tuning).isEmpty)
    }

    /// Regression (the 2019 applications table, 135 of its cells blank, ruled only across): two
    /// columns no row fills were one gap, and numbers glued to labels made a column of their own,
    /// so a row's seven fields were the wrong seven columns: `821` went under 商业企业 and `35`
    /// under 科研机构, marked certain. A table whose columns are mostly blank is left to prose.
    @Test func aTableWhoseColumnsAreMostlyBlankIsNotReadAsAGrid() {
        let ys = [125, 175, 225, 275, 325]
        let rules = [100, 150, 200, 250, 300, 350].map { rule($0) }
        var words = ys.flatMap { y in [word("申请", 110, 200, y: y), word("821", 500, 540, y: y), word("859", 800, 840, y: y)] }
        words += [word("35", 600, 640, y: 125), word("12", 600, 640, y: 175)]
        #expect(OCRPageReader.gridsOfAlignedNumbers(rules, rowHeight: 50, words: words, image: GrayImage(width: 1000, height: 400),
                                                    threshold: 128, tolerance: tolerance, tuning: tuning).isEmpty)
    }

    /// The same table under a header read column by column: the header's columns are the
    /// table's, those no row fills included, and a part of the table whose numbers reach only
    /// its first columns is as wide as the header.
    @Test func aHeadersColumnsGiveTheColumnsNoRowFills() throws {
        let ys = [125, 175, 225, 275, 325]
        let rules = [100, 150, 200, 250, 300, 350].map { rule($0, 100, 860) }
        var words = ys.flatMap { y in [word("申请", 110, 200, y: y), word("821", 500, 540, y: y), word("859", 800, 840, y: y)] }
        words += [word("35", 600, 640, y: 125), word("12", 600, 640, y: 175)]
        let header = [(x0: 500, x1: 560), (x0: 600, x1: 660), (x0: 700, x1: 760), (x0: 800, x1: 860), (x0: 900, x1: 960)]
        let grid = try #require(OCRPageReader.gridsOfAlignedNumbers(rules, rowHeight: 50, words: words, image: GrayImage(width: 1000, height: 400),
                                                                    threshold: 128, tolerance: tolerance, tuning: tuning,
                                                                    headerColumns: header).first)
        #expect(edges(grid) == Array(repeating: [100, 489, 580, 680, 780, 880, 985], count: 5), "\(edges(grid))")
        // A number under two of the header's columns, or under none: not the header's table.
        let seeds = words.filter { $0.text != "申请" }.map { (word: $0, band: ($0.top + 15 - 125) / 50) }
        #expect(OCRPageReader.edges(under: header, seeds: seeds, left: 100, tolerance: tolerance, tuning: tuning) != nil)
        for stray in [word("77", 640, 720, y: 225), word("7", 570, 590, y: 225)] {
            #expect(OCRPageReader.edges(under: header, seeds: seeds + [(stray, 2)], left: 100, tolerance: tolerance, tuning: tuning) == nil)
        }
        // Nor where the header starts left of the table (over its labels).
        #expect(OCRPageReader.edges(under: [(x0: 90, x1: 300)] + header, seeds: seeds, left: 100, tolerance: tolerance, tuning: tuning) == nil)
    }

    /// Regression (the 2019 report printed without rules, scanned at 300 dpi, seed-34 probe):
    /// （二）部分公开's label wrapped over two lines and its `3` read `=`; the band between the rows
    /// of values above and below it, tall and with no number, was taken for a heading between two
    /// tables, and the requests table was cut there (and again at 1.本机关不掌握…'s junk): 8 cells
    /// lost. Under a header, a band whose words over the columns hold no Chinese is a row of
    /// labels and misread values, not a heading; one with Chinese over the columns still is.
    @Test func aTallBandWithAMisreadValueUnderAHeaderIsNoHeading() {
        let rules = [100, 150, 200, 340, 390, 440].map { rule($0, 100, 860) }
        var words = [125, 175, 365, 415].flatMap { y in [word("申请", 110, 200, y: y), word("821", 500, 540, y: y), word("859", 800, 840, y: y)] }
        words.append(word("（二）部分公开", 110, 300, y: 250))
        let header = [(x0: 500, x1: 560), (x0: 600, x1: 660), (x0: 700, x1: 760), (x0: 800, x1: 860)]
        func grids(_ extra: OCRWord) -> [[Int]] {
            OCRPageReader.gridsOfAlignedNumbers(rules, rowHeight: 50, words: words + [extra], image: GrayImage(width: 1000, height: 500),
                                                threshold: 128, tolerance: tolerance, tuning: tuning, headerColumns: header).map { [$0.top, $0.bottom] }
        }
        #expect(grids(word("=", 505, 520, y: 270)) == [[100, 440]])
        #expect(grids(word("四、结转下年度", 500, 760, y: 270)) == [[100, 200], [340, 440]])
    }

    /// Regression (the 2019 report printed without rules, scanned at 300 dpi, seed-30 probe): a
    /// `0` read 54 pixels wide at 38 high (wider than its digit: it gives its column no extent)
    /// reached one pixel past the column of numbers it lies in, and was taken for a column of its
    /// own under the header's column with the other; the header did not fit, and the whole
    /// requests table was read as prose (8 cells lost, 42 left unplaced). A number within a
    /// tolerance of a column of numbers is in it; one further off is still a column of its own.
    @Test func aNumberAPixelPastItsColumnIsInIt() {
        func w(_ text: String, _ x0: Int, _ x1: Int, band: Int) -> (word: OCRWord, band: Int) {
            (OCRWord(text: text, left: x0, top: 100 + 80 * band, right: x1, bottom: 138 + 80 * band, confidence: 90, startsLine: false), band)
        }
        let header = [(x0: 1386, x1: 1481), (x0: 1519, x1: 1615), (x0: 2307, x1: 2354)]
        let seeds = [w("821", 1388, 1475, band: 0), w("35", 1522, 1578, band: 0), w("859", 2310, 2399, band: 0),
                     w("18", 1390, 1445, band: 1), w("18", 2312, 2368, band: 1), w("12", 1523, 1577, band: 2), w("0", 1525, 1579, band: 3)]
        #expect(OCRPageReader.edges(under: header, seeds: seeds, left: 100, tolerance: 12, tuning: tuning) != nil)
        #expect(OCRPageReader.edges(under: header, seeds: seeds.dropLast() + [w("0", 1545, 1599, band: 3)], left: 100, tolerance: 12, tuning: tuning) == nil)
    }

    /// Regression (the 2019 report printed without rules, fed sideways at 240 dpi, seed-29
    /// probe): `6.属于四类过程性信息`'s `3` and `1`, in two close columns, read as one word `3.4`
    /// over both of the header's columns; the header did not fit the numbers and the whole
    /// requests table was read as prose (10 cells lost). A word over two of the header's columns
    /// with a mark between its digits is two values read as one, not a number the header fails
    /// to fit; `34` over the same two columns still is.
    @Test func digitsJoinedByAMarkOverTwoHeaderColumnsDoNotUnfitTheHeader() {
        func w(_ text: String, _ x0: Int, _ x1: Int, band: Int) -> (word: OCRWord, band: Int) {
            (OCRWord(text: text, left: x0, top: 100 + 80 * band, right: x1, bottom: 139 + 80 * band, confidence: 90, startsLine: false), band)
        }
        let header = [(x0: 1386, x1: 1482), (x0: 1519, x1: 1616), (x0: 2307, x1: 2356)]
        let seeds = [w("821", 1388, 1475, band: 0), w("35", 1522, 1578, band: 0), w("859", 2310, 2400, band: 0),
                     w("258", 1389, 1477, band: 1), w("12", 1524, 1578, band: 1), w("18", 2313, 2368, band: 1)]
        #expect(OCRPageReader.edges(under: header, seeds: seeds + [w("3.4", 1389, 1547, band: 2)], left: 100, tolerance: 12, tuning: tuning) != nil)
        #expect(OCRPageReader.edges(under: header, seeds: seeds + [w("34", 1389, 1547, band: 2)], left: 100, tolerance: 12, tuning: tuning) == nil)
    }

    /// Regression (the 2019 applications table, no rules, scanned at 240 dpi): the item number of
    /// a label (`1` of `1.本机关…`, read apart from its text) counted as a number outside the
    /// header's columns, and the rows below kept the columns of their numbers alone.
    @Test func aLabelsItemNumberLeftOfTheHeaderIsNoValue() throws {
        let ys = [125, 175, 225]
        let rules = [100, 150, 200, 250].map { rule($0, 100, 860) }
        var words = ys.flatMap { y in [word("属于", 160, 300, y: y), word("3", 500, 520, y: y), word("1", 600, 620, y: y)] }
        words.append(word("1", 110, 125, y: 225))
        let header = [(x0: 500, x1: 560), (x0: 600, x1: 660), (x0: 700, x1: 760)]
        let grid = try #require(OCRPageReader.gridsOfAlignedNumbers(rules, rowHeight: 50, words: words, image: GrayImage(width: 1000, height: 400),
                                                                    threshold: 128, tolerance: tolerance, tuning: tuning,
                                                                    headerColumns: header).first)
        #expect(edges(grid)[0].count == 5, "\(edges(grid))")
    }

    /// Regression (平潭, rules under rows only): a label running up to its value (`禁止公开0`)
    /// reads as one word without the `0`, over the edge before the first column, and the row
    /// was one cell: its seven values read as six. It is cut at the paper just before the value.
    @Test func aLabelRunningUpToItsValueIsCutAtThePaperBeforeIt() throws {
        var image = GrayImage(width: 1000, height: 400)
        image.fill(x0: 110, y0: 165, x1: 489, y1: 185, value: 0)   // the label's ink
        image.fill(x0: 500, y0: 165, x1: 515, y1: 185, value: 0)   // its value's
        let rules = [100, 150, 200, 250].map { rule($0) }
        let words = [word("规章", 110, 200, y: 125), word("0", 500, 520, y: 125), word("13", 700, 740, y: 125),
                     word("禁止公开", 110, 505, y: 175), word("0", 700, 720, y: 175),
                     word("行政许可", 110, 260, y: 225), word("97", 500, 540, y: 225), word("5", 700, 720, y: 225)]
        let grid = try #require(OCRPageReader.gridsOfAlignedNumbers(rules, rowHeight: 50, words: words, image: image,
                                                                    threshold: 128, tolerance: tolerance, tuning: tuning).first)
        #expect(edges(grid)[1] == [100, 494, 620, 900], "\(edges(grid))")
        // Further left than two tolerances, the paper is between two characters of the label
        // (`其他对外管理服务|事项0`): not looked at.
        var glued = GrayImage(width: 1000, height: 400)
        glued.fill(x0: 110, y0: 165, x1: 300, y1: 185, value: 0)
        glued.fill(x0: 310, y0: 165, x1: 497, y1: 185, value: 0)
        glued.fill(x0: 500, y0: 165, x1: 515, y1: 185, value: 0)
        let whole = try #require(OCRPageReader.gridsOfAlignedNumbers(rules, rowHeight: 50, words: words, image: glued,
                                                                     threshold: 128, tolerance: tolerance, tuning: tuning).first)
        #expect(edges(whole)[1] == [100, 620, 900], "\(edges(whole))")
        // Between two characters of a word (or two digits) the paper is too narrow to cut at.
        var tight = GrayImage(width: 1000, height: 400)
        tight.fill(x0: 110, y0: 165, x1: 496, y1: 185, value: 0)
        tight.fill(x0: 500, y0: 165, x1: 515, y1: 185, value: 0)
        let uncut = try #require(OCRPageReader.gridsOfAlignedNumbers(rules, rowHeight: 50, words: words, image: tight,
                                                                     threshold: 128, tolerance: tolerance, tuning: tuning).first)
        #expect(edges(uncut)[1] == [100, 620, 900], "\(edges(uncut))")
    }

    /// A tall row holding no number (a heading and the next table's header between two tables
    /// whose rules are a row apart) divides them: each is a grid of its own, the heading prose.
    @Test func aTallRowWithoutNumbersDividesTwoTables() {
        let rules = [100, 150, 200, 350, 400, 450].map { rule($0) }
        let words = [125, 175, 375, 425].flatMap { y in [word("规章", 110, 200, y: y), word("0", 500, 520, y: y), word("3", 700, 720, y: y)] }
            + [word("三、收到和处理政府信息公开申请情况", 110, 600, y: 270)]
        let grids = OCRPageReader.gridsOfAlignedNumbers(rules, rowHeight: 50, words: words, image: GrayImage(width: 1000, height: 500),
                                                        threshold: 128, tolerance: tolerance, tuning: tuning)
        #expect(grids.map { [$0.top, $0.bottom] } == [[100, 200], [350, 450]])
    }

    /// Regression (平潭's page with rules under rows only, printed as `make_prints.py` prints it,
    /// scanned at 240 dpi): the applications table and the review table below it were one stack
    /// of rules, and the columns were taken over both: the review table's one row of fifteen
    /// numbers, with a row label's item number (`2` of `2.其他法律…`), made columns the
    /// applications table does not have, so it was left to prose (118 of 198 cells). Each table
    /// has its own columns, and an item number is not a value.
    @Test func eachTableOfAStackHasItsOwnColumnsAndItemNumbersAreNotValues() throws {
        let rules = [100, 150, 200, 250, 430, 480, 530].map { rule($0) }
        var words = [125, 175, 225].flatMap { y in [word("规章", 110, 200, y: y), word("0", 500, 520, y: y), word("3", 700, 720, y: y)] }
        words += [word("2", 300, 320, y: 175), word("其他法律", 325, 450, y: 175)]
        words.append(word("四、政府信息公开行政复议、行政诉讼情况", 110, 700, y: 340))
        words += [455, 505].flatMap { y in stride(from: 150, to: 900, by: 100).map { word("0", $0, $0 + 20, y: y) } }
        var image = GrayImage(width: 1000, height: 600)
        image.fill(x0: 300, y0: 165, x1: 450, y1: 185, value: 0)   // `2.其他法律`, over the edge before the values
        let grids = OCRPageReader.gridsOfAlignedNumbers(rules, rowHeight: 50, words: words, image: image,
                                                        threshold: 128, tolerance: tolerance, tuning: tuning)
        #expect(grids.map { [$0.top, $0.bottom] } == [[100, 250], [430, 530]])
        #expect(grids.first.map(edges) == Array(repeating: [100, 487, 610, 900], count: 3))
        #expect(grids.last.map { edges($0)[0].count } == 9)
    }

    /// Regression (平潭's and 上海市科委's pages printed with no rules at all, scanned): tesseract
    /// read the tables as prose, 21 and 11 of about 200 cells. Rows of values are lines ending in
    /// numbers, reaching over the label lines beside them; rules are drawn above and below each,
    /// and the table is read as one ruled only across. A line of prose with numbers in it is no row.
    @Test func rowsOfValuesWithoutRulesGetRules() {
        var words: [OCRWord] = [word("全年收到申请34件，上年结转2件。", 100, 900, y: 50)]
        words += [word("规章", 110, 200, y: 125), word("0", 500, 520, y: 125), word("13", 700, 740, y: 125),
                  word("规范性文件", 110, 300, y: 175), word("60", 500, 540, y: 175), word("0", 700, 720, y: 175)]
        // A label wrapped over two lines with its values between them.
        words += [word("（二）部分公开（区分处理的", 110, 400, y: 215), word("6", 500, 520, y: 235), word("o", 700, 720, y: 235),
                  word("0", 760, 780, y: 235), word("情形，不计其他情形）", 110, 380, y: 255)]
        let found = OCRPageReader.unruledStacks(words, tuning: tuning)
        #expect(found.rowHeight == 30)
        #expect(found.stacks.map { $0.map(\.center) } == [[103, 150, 195, 277]], "\(found.stacks.map { $0.map(\.center) })")
        #expect(found.stacks.first?.first.map { [$0.along0, $0.along1] } == [95, 795])
        // Two rows are not a table.
        #expect(OCRPageReader.unruledStacks(Array(words.prefix(7)), tuning: tuning).stacks.isEmpty)
    }

    /// Regression (the 2019 report printed with no rules, fed sideways at 200 dpi, seed-35
    /// probe): `8.属于行政查询事项`'s `10` and `2` read as one word, `10-2`; the line was no row,
    /// and with the blank row 7 above it the rows of values around it were too far apart for one
    /// table. The table was cut there, rows 8 and 1.本机关不掌握… were left to prose, and the
    /// parser could not place their values (5 cells). Two numbers joined by a mark are values:
    /// the line is a row of the table, its cells read alone.
    @Test func twoValuesReadAsOneWordJoinedByAMarkKeepTheirRowInTheTable() {
        var words = [125, 175, 225, 395, 445, 495].flatMap { y in
            [word("规章", 110, 200, y: y), word("0", 500, 520, y: y), word("13", 700, 740, y: y)]
        }
        words += [word("7.属于行政执法案卷", 110, 400, y: 275), word("8.属于行政查询事项", 110, 400, y: 325), word("10-2", 500, 740, y: 325)]
        let found = OCRPageReader.unruledStacks(words, tuning: tuning)
        #expect(found.stacks.count == 1)
        #expect(found.stacks.first?.map(\.center) == [103, 150, 200, 247, 303, 347, 373, 420, 470, 517], "\(found.stacks.map { $0.map(\.center) })")
        #expect(OCRPageReader.numbersJoined("10-2") && OCRPageReader.numbersJoined("3,:1"))
        #expect(!OCRPageReader.numbersJoined("10") && !OCRPageReader.numbersJoined("2020-01-31") && !OCRPageReader.numbersJoined("10a2")
                && !OCRPageReader.numbersJoined("2.") && !OCRPageReader.numbersJoined("10-+:2"))
    }

    /// Regression (the 2019 report printed with no rules, scanned at 300 dpi): the label
    /// `1.本机关不掌握相关政府信` / `息`, wrapped over two lines with `252 12` between them, read as
    /// one word two lines tall (`站252 12`, confidence 16); the row reached over the values only,
    /// its rules cut both lines of the label, which read as junk, and its values and the next
    /// row's were left null (5 cells). A label's word two lines tall, its middle within the
    /// values, is part of the row; one three lines tall reaches other rows and is not.
    @Test func aWrappedLabelReadAsOneTallWordIsPartOfItsRow() {
        var words = [word("规章", 110, 200, y: 125), word("0", 500, 520, y: 125), word("13", 700, 740, y: 125),
                     word("规范性文件", 110, 300, y: 175), word("60", 500, 540, y: 175), word("0", 700, 720, y: 175),
                     word("规范性文件", 110, 300, y: 295), word("60", 500, 540, y: 295), word("0", 700, 720, y: 295)]
        words.append(word("1", 700, 720, y: 230))
        let wrapped = OCRWord(text: "站252 12", left: 110, top: 200, right: 560, bottom: 260, confidence: 16, startsLine: false)
        let found = OCRPageReader.unruledStacks(words + [wrapped], tuning: tuning)
        #expect(found.rowHeight == 30)
        #expect(found.stacks.map { $0.map(\.center) } == [[103, 150, 195, 270, 317]], "\(found.stacks.map { $0.map(\.center) })")
        var tall = wrapped
        tall.top = 185
        tall.bottom = 275
        let three = OCRPageReader.unruledStacks(words + [tall], tuning: tuning)
        #expect(three.stacks.map { $0.map(\.center) } == [[103, 150, 202, 252, 273, 317]], "\(three.stacks.map { $0.map(\.center) })")
    }

    /// Regression (上海市科委's 2024 page printed without rules, centred and set tight, scanned at
    /// 240 dpi, style probe of seed 1): rows closer than tesseract's words are tall, the words of
    /// `一、本年新收…` reaching into the row below; the rows overlapped, the rule set midway
    /// through the overlap cut the first row's values and label, both read as junk (89 of 200
    /// cells). Rows that overlap share the rule midway between their values.
    @Test func overlappingRowsShareTheRuleMidwayBetweenTheirValues() {
        let tall = OCRWord(text: "一、本年新收", left: 110, top: 110, right: 300, bottom: 155, confidence: 90, startsLine: false)
        var words = [tall, word("32", 500, 540, y: 125), word("2", 700, 720, y: 125)]
        words += [165, 205].flatMap { y in [word("二、上年结转", 110, 300, y: y), word("0", 500, 520, y: y), word("13", 700, 740, y: y)] }
        let found = OCRPageReader.unruledStacks(words, tuning: tuning)
        #expect(found.rowHeight == 30)
        // 145, midway between the first row's values (110–140) and the second's (150–180); not 132,
        // midway through the overlap (the second row reaching up to 110, the first down to 155).
        #expect(found.stacks.map { $0.map(\.center) } == [[103, 145, 185, 227]], "\(found.stacks.map { $0.map(\.center) })")
    }

    /// Regression (上海市科委's page printed with no rules, scanned at 300 dpi): the applications
    /// table's first row read `Ohare es RE 0 0` for `32 2 0 0 0 0 34`, and a row's zeros set between
    /// its label's two lines `oa RN aga`. Neither was a row of values, so the rows above them were
    /// cut off from the table and read as prose (80 of 200 cells lost). A line whose words after
    /// its label are not Chinese and lie in the columns of the rows of values is a row of the
    /// table; one that starts further left (Latin prose) is not.
    @Test func rowsWhoseNumbersWereMisreadStayInTheTable() {
        var words: [OCRWord] = [word("www.gov.cn", 110, 300, y: 75), word("2024", 320, 380, y: 75)]
        words += [word("一、本年新收", 110, 300, y: 125), word("Ohare", 500, 600, y: 125), word("es", 700, 720, y: 125),
                  word("0", 760, 780, y: 125)]
        words += [175, 225].flatMap { y in [word("规章", 110, 200, y: y), word("0", 500, 520, y: y), word("13", 700, 740, y: y)] }
        // A label wrapped over two lines with its misread zeros between them.
        words += [word("（二）部分公开（区分处理的", 110, 400, y: 265), word("oa", 500, 520, y: 285), word("RN", 700, 720, y: 285),
                  word("情形，不计其他情形）", 110, 380, y: 305)]
        words += [word("规范性文件", 110, 300, y: 355), word("60", 500, 540, y: 355), word("0", 700, 720, y: 355)]
        let found = OCRPageReader.unruledStacks(words, tuning: tuning)
        #expect(found.stacks.map { $0.map(\.center) } == [[103, 150, 200, 245, 330, 377]], "\(found.stacks.map { $0.map(\.center) })")
        #expect(found.misread == [[110...140, 270...300]])
        // Without the rows of values around them, misread lines are no table.
        let alone = words.filter { !["规章", "规范性文件"].contains($0.text) && !($0.text == "0" && $0.left == 500) && $0.text != "13" && $0.text != "60" }
        #expect(OCRPageReader.unruledStacks(alone, tuning: tuning).stacks.isEmpty)
    }

    /// Regression (the 2019 report printed without rules, fed sideways at 300 dpi, seed 26): the
    /// single value of `5.属于三类内部事务信息` read `OS` (confidence 46), no number, so its line was
    /// no row and the `5` was lost. A word of a glyph's size read as Latin letters, alone after a
    /// label in a column of the table's numbers, is a single value misread: a row, its cell read
    /// again. A longer Latin word, or one in no column of the numbers, is not.
    @Test func aSingleValueReadAsLettersIsARow() {
        var words = [125, 175, 275].flatMap { y in
            [word("规章", 110, 200, y: y), word("0", 500, 520, y: y), word("13", 600, 640, y: y), word("7", 700, 720, y: y)]
        }
        words += [word("5.属于三类内部事务信息", 110, 400, y: 225), word("OS", 500, 524, y: 225)]
        let found = OCRPageReader.unruledStacks(words, tuning: tuning)
        #expect(found.stacks.map { $0.map(\.center) } == [[103, 150, 200, 250, 297]], "\(found.stacks.map { $0.map(\.center) })")
        // In no column of the numbers (right of them all), or a word of text: no row.
        var beside = words
        beside[beside.count - 1] = word("OS", 800, 824, y: 225)
        let outside = OCRPageReader.unruledStacks(beside, tuning: tuning)
        #expect(outside.stacks.map { $0.map(\.center) } == [[103, 150, 197, 253, 297]], "\(outside.stacks.map { $0.map(\.center) })")
        #expect(!OCRPageReader.misreadGlyphs(word("Asean", 500, 600, y: 225), lineHeight: 30))
        #expect(OCRPageReader.misreadGlyphs(word("OS", 500, 524, y: 225), lineHeight: 30))
        #expect(!OCRPageReader.misreadGlyphs(word("5", 500, 520, y: 225), lineHeight: 30))
        #expect(!OCRPageReader.misreadGlyphs(word("i", 500, 506, y: 225), lineHeight: 30))    // a speck's width
    }

    /// Regression (平潭's page printed with no rules, upside down at 200 dpi, seed-23 probes):
    /// (二)部分公开's `6 0 0 0 0 0 6`, between its label's two lines, came back as no word at all,
    /// and the row's seven cells were lost. Ink no word covers, in blobs a number's size under the
    /// table's numbers, two or more on a line, is given to the search for rows as words read as
    /// nothing: a row of misread numbers. Not taken: a label's ink (left of the values), ink
    /// outside the table, ink in no column of its numbers.
    @Test func aRowOfNumbersReadAsNoWordIsFoundByItsInk() {
        var words = [word("申请人", 500, 600, y: 75)]
        words += [125, 175, 275, 325].flatMap { y in
            [word("规章", 110, 200, y: y), word("0", 500, 520, y: y), word("13", 600, 640, y: y), word("7", 700, 720, y: y)]
        }
        words += [word("（二）部分公开（区分处理的", 110, 400, y: 215), word("情形，不计其他情形）", 110, 380, y: 240)]
        var d = ScanImageTests.Drawing(1000, 400)
        for x in [502, 603, 702] { d.box(x, 214, 16, 26) }       // the row's numbers, read as nothing
        d.box(120, 228, 200, 10)                                   // a label's ink the words miss
        d.box(650, 62, 20, 26)                                     // beside the header's word, above the table
        d.box(800, 300, 16, 26)                                    // right of every column of numbers
        let stacks = OCRPageReader.unruledStacks(words, tuning: tuning)
        #expect(stacks.stacks.count == 1)
        let unread = OCRPageReader.unreadNumbers(in: d.image, words: words, stacks: stacks.stacks, lineHeight: stacks.rowHeight,
                                                 threshold: 128, tuning: tuning).marks
        #expect(unread.map { [$0.left, $0.top, $0.right, $0.bottom] } == [[502, 214, 517, 239], [603, 214, 618, 239], [702, 214, 717, 239]])
        #expect(unread.allSatisfy { $0.text == OCRPageReader.unreadMark })
        let again = OCRPageReader.unruledStacks(words + unread, tuning: tuning)
        #expect(again.misread.first?.contains(214...239) == true, "\(again.misread)")
    }

    /// Regression (上海市科委's page printed without rules, set tight, 240 dpi, kept as
    /// `scans/real-science-2024-centre-no-rules-tight-240dpi`): rows set closer than tesseract
    /// parts lines came back as one word over their values several lines tall (`Sess.` over 3.其他
    /// and （七）总计, `人` over three rows of zeros); the word covered their ink, and the rows
    /// were lost with the table's second page (83 cells). Such a word covers no ink: where two
    /// lines of unread numbers or more lie within it, they are its rows, and the word is dropped.
    /// One line alone within words read tall is their own line (values read with their label's
    /// two lines), not taken.
    @Test func rowsReadAsOneTallWordAreFoundByTheirInk() {
        var words = [125, 175, 325, 375].flatMap { y in
            [word("规章", 110, 200, y: y), word("0", 500, 520, y: y), word("13", 600, 640, y: y), word("7", 700, 720, y: y)]
        }
        words += [word("3.补正后申请内容", 110, 300, y: 225), word("1.信访举报", 110, 300, y: 275)]
        let tall = OCRWord(text: "Sess.", left: 490, top: 205, right: 730, bottom: 295, confidence: 20, startsLine: true)
        var d = ScanImageTests.Drawing(1000, 420)
        for y in [212, 262] { for x in [502, 603, 702] { d.box(x, y, 16, 26) } }
        let stacks = OCRPageReader.unruledStacks(words + [tall], tuning: tuning)
        #expect(stacks.stacks.count == 1)
        let found = OCRPageReader.unreadNumbers(in: d.image, words: words + [tall], stacks: stacks.stacks, lineHeight: stacks.rowHeight,
                                                threshold: 128, tuning: tuning)
        #expect(found.marks.map { [$0.left, $0.top, $0.bottom] } == [212, 262].flatMap { y in [502, 603, 702].map { [$0, y, y + 25] } },
                "\(found.marks)")
        #expect(found.superseded.map(\.text) == ["Sess."])
        // Values read tall, one line of ink within each: no rows.
        let read = [OCRWord(text: "25", left: 500, top: 205, right: 540, bottom: 295, confidence: 80, startsLine: true),
                    OCRWord(text: "12", left: 600, top: 205, right: 640, bottom: 295, confidence: 80, startsLine: false)]
        var one = ScanImageTests.Drawing(1000, 420)
        for x in [502, 603] { one.box(x, 237, 16, 26) }
        let alone = OCRPageReader.unreadNumbers(in: one.image, words: words + read, stacks: stacks.stacks, lineHeight: stacks.rowHeight,
                                                threshold: 128, tuning: tuning)
        #expect(alone.marks.isEmpty && alone.superseded.isEmpty, "\(alone)")
    }

    /// Regression (the same page): （七）总计's label read `spb`, no Chinese, before its numbers read
    /// as nothing; taken for the row's first value, it started the row left of the table's
    /// columns, the row was dropped as a label's line, and with it the table's last two rows
    /// (14 cells). A word before a line's first unread number that is no number is its label's.
    @Test func aLabelMisreadBeforeUnreadNumbersIsNoValue() {
        var words = [125, 175, 275].flatMap { y in
            [word("规章", 110, 200, y: y), word("0", 500, 520, y: y), word("13", 600, 640, y: y), word("7", 700, 720, y: y)]
        }
        words += [word("spb", 300, 340, y: 225)] + [500, 600, 700].map { word(OCRPageReader.unreadMark, $0, $0 + 16, y: 225) }
        let found = OCRPageReader.unruledStacks(words, tuning: tuning)
        #expect(found.misread == [[210...240]], "\(found.misread)")
        #expect(found.stacks.map { $0.map(\.center) } == [[103, 150, 200, 250, 297]], "\(found.stacks.map { $0.map(\.center) })")
    }

    /// Regression (the 2019 report printed with no rules, fed sideways at 200 dpi with a seal,
    /// seed-31 probe, kept as `scans/real-office-2019-no-rules-sideways-seal-200dpi`): read at 300
    /// dpi, tesseract's layout left out the table's last two columns and most rows of one value
    /// (`821 35 2` for `821 35 … 2 1 859`); too few rows of numbers were left to find the table,
    /// and 41 cells were lost. Ink no word covers, glyphs set side by side into a word a line
    /// high, is a number dropped (read again). Not: a stroke a word's box left out (beside its
    /// word), a speck, ink taller than a line and a half, ink within a table's area.
    @Test func inkNoWordCoversIsAWordDropped() {
        let words = [125, 175, 225].flatMap { y in [word("规章", 110, 200, y: y), word("821", 500, 550, y: y)] }
        var d = ScanImageTests.Drawing(1000, 400)
        d.box(700, 112, 8, 26); d.box(712, 112, 8, 26)            // `18`: two glyphs, one word
        d.box(900, 162, 10, 26)                                    // a column left out
        d.box(203, 212, 6, 26)                                     // a stroke beside its word
        d.box(700, 262, 3, 3)                                      // a speck
        d.box(800, 240, 10, 80)                                    // taller than a line and a half
        d.box(300, 330, 12, 26)                                    // within a table
        var table = TableGrid()
        table.left = 280; table.right = 400; table.top = 300; table.bottom = 390
        let found = OCRPageReader.droppedInk(in: d.image, words: words, outside: [table], lineHeight: 30, threshold: 128, tuning: tuning)
        #expect(found.map { [$0.x0, $0.y0, $0.x1, $0.y1] } == [[700, 112, 719, 137], [900, 162, 909, 187]], "\(found)")
        // More pieces than a page's dropped words come to: a picture, or noise; none.
        var noisy = ScanImageTests.Drawing(1000, 400)
        for k in 0..<70 { noisy.box(20 + 40 * (k % 24), 20 + 60 * (k / 24), 10, 26) }
        var fewer = tuning
        fewer.droppedInkMaximumBoxes = 69
        #expect(OCRPageReader.droppedInk(in: noisy.image, words: [], outside: [], lineHeight: 30, threshold: 128, tuning: fewer).isEmpty)
        fewer.droppedInkMaximumBoxes = 70
        #expect(OCRPageReader.droppedInk(in: noisy.image, words: [], outside: [], lineHeight: 30, threshold: 128, tuning: fewer).count == 70)
    }

    /// Regression (the 2019 report printed with boxed cells, scanned at 200 dpi, seed-33 probe
    /// 07, kept as `scans/real-office-2019-separate-borders-200dpi`): tesseract's layout gave no
    /// word for `二、主动公开政府信息情况` nor for the title row above the first table's grid at the
    /// foot of the page; the section's heading was lost, and the table's six cells with it. A band
    /// of ink a line high that no word reaches, a few characters wide, is a line left out (read
    /// again). Not: ink beside a word on its line (its characters the word's box left out), a
    /// page number's few glyphs, a seal's ink taller than a line and a half.
    @Test func aLineOfInkNoWordReachesIsALineLeftOut() {
        let words = [word("全面推进政府网站", 100, 500, y: 50), word("集约化", 100, 500, y: 100)]
        var d = ScanImageTests.Drawing(1000, 400)
        for k in 0..<10 { d.box(100 + 30 * k, 185, 24, 26) }       // a line of ten characters left out
        for k in 0..<10 { d.box(600 + 30 * k, 88, 24, 26) }        // beside a word on its line
        d.box(600, 230, 100, 100)                                  // a seal
        d.box(480, 360, 20, 26); d.box(504, 360, 20, 26)           // a page number
        let found = OCRPageReader.droppedLineBands(in: d.image, words: words, outside: [], lineHeight: 30, threshold: 128, tuning: tuning)
        #expect(found.map { [$0.x0, $0.y0, $0.x1, $0.y1] } == [[100, 185, 393, 210]], "\(found)")
        // More such bands than a page's lines left out come to: noise; none.
        var fewer = tuning
        fewer.droppedLineMaximumBands = 0
        #expect(OCRPageReader.droppedLineBands(in: d.image, words: words, outside: [], lineHeight: 30, threshold: 128, tuning: fewer).isEmpty)
    }

    /// Regression (the 2019 report printed with no rules, fed sideways at 200 dpi, seed-21
    /// probes): `252 12 1` of 1.本机关不掌握相关政府信息 came back as no word, and the label's last
    /// character `信`, set against the values, reached a pixel past their side: the line was taken
    /// for a header's (Chinese over the values) and its ink was not sought. A word counts as over
    /// the values by its middle; a header's word still keeps its line out.
    @Test func aLabelReachingItsValuesSideKeepsItsUnreadNumbers() {
        let words = [125, 175, 275, 325].flatMap { y in
            [word("规章", 110, 200, y: y), word("0", 500, 520, y: y), word("13", 600, 640, y: y), word("7", 700, 720, y: y)]
        }
        var d = ScanImageTests.Drawing(1000, 400)
        for x in [502, 603, 702] { d.box(x, 214, 16, 26) }       // the row's numbers, read as nothing
        let stacks = OCRPageReader.unruledStacks(words + [word("1.本机关不掌握", 110, 300, y: 227)], tuning: tuning)
        #expect(stacks.stacks.count == 1)
        let valuesSide = 500 - stacks.rowHeight
        func unread(_ label: OCRWord) -> [[Int]] {
            OCRPageReader.unreadNumbers(in: d.image, words: words + [label], stacks: stacks.stacks, lineHeight: stacks.rowHeight,
                                        threshold: 128, tuning: tuning).marks.map { [$0.left, $0.top, $0.right, $0.bottom] }
        }
        let found = [[502, 214, 517, 239], [603, 214, 618, 239], [702, 214, 717, 239]]
        #expect(unread(word("1.本机关不掌握相关政府信", 110, valuesSide + 2, y: 227)) == found, "\(valuesSide)")
        // Chinese whose middle lies past the values' side (short of their ink): a header's line.
        #expect(unread(word("申请人情况", valuesSide - 10, 498, y: 227)).isEmpty)
    }

    /// Regression (平潭's page printed with no rules, 200 dpi, seed-20 probes): the zeros of
    /// (二)部分公开, on a line of their own between its label's two lines, read `a ” aa`; the `”`
    /// was taken for the end of a label, one word was left after it, and the row was no row of the
    /// table: read as prose, its seven cells were lost. Punctuation after a word of the values is
    /// a value misread; right after a label's Chinese, it is the label's (`稳定` `”`).
    @Test func aQuoteMarkAmongMisreadValuesIsNoLabel() {
        var words = [125, 175].flatMap { y in [word("规章", 110, 200, y: y), word("0", 500, 520, y: y), word("13", 700, 740, y: y)] }
        words += [word("（二）部分公开（区分处理的", 110, 400, y: 215), word("a", 500, 520, y: 235), word("”", 600, 615, y: 235),
                  word("aa", 700, 720, y: 235), word("情形，不计其他情形）", 110, 380, y: 255)]
        words += [word("规范性文件", 110, 300, y: 305), word("60", 500, 540, y: 305), word("0", 700, 720, y: 305)]
        let found = OCRPageReader.unruledStacks(words, tuning: tuning)
        #expect(found.stacks.map { $0.map(\.center) } == [[103, 150, 195, 280, 327]], "\(found.stacks.map { $0.map(\.center) })")
        #expect(found.misread == [[220...250]])
        // A closing quote read apart from its label is the label's: the line is no row.
        let quoted = [word("3.危及“三安全一稳定", 110, 400, y: 400), word("”", 405, 420, y: 400), word("x", 500, 520, y: 400)]
        #expect(OCRPageReader.unruledStacks(words + quoted, tuning: tuning).misread == [[220...250]])
    }

    /// Regression (上海市科委 printed without rules and set tight, 300 dpi, seed-40 probe, second
    /// page): 2.没有现成信息需要另行制作's words came apart into two lines, the group label
    /// `（四）无` two lines tall starting one with the row's first values and the label's `信息`,
    /// set lower, the other with its last; two rows of values, and the rule between them cut
    /// through the values (`7 7 7 7 7` above it, `0 U U 0 U U 6` below: not used only because
    /// their labels read as junk). Rows whose values overlap by half a line are one.
    @Test func rowsWhoseValuesOverlapAreOneRow() {
        var words = [125, 175, 225, 325, 375, 425].flatMap { y in
            [word("规章", 110, 200, y: y), word("0", 500, 520, y: y), word("0", 600, 620, y: y), word("13", 700, 740, y: y), word("1", 800, 820, y: y)]
        }
        words += [OCRWord(text: "（四）无", left: 110, top: 247, right: 200, bottom: 277, confidence: 90, startsLine: false),
                  word("6", 500, 520, y: 275), word("0", 600, 620, y: 275),
                  word("信息", 210, 300, y: 282), word("0", 700, 720, y: 283), word("6", 800, 820, y: 283)]
        let found = OCRPageReader.unruledStacks(words, tuning: tuning)
        #expect(found.stacks.count == 1)
        let centres = found.stacks.first?.map(\.center) ?? []
        #expect(centres.count == 8, "\(centres)")
        #expect(!centres.contains { (262...296).contains($0) }, "\(centres)")
    }

    /// Regression (上海市科委 printed without rules and set tight, 300 dpi, seed-40 probe): the
    /// last character of `1.属于国家秘密` read apart as `;`, before the row's zeros read
    /// `0 O O 0 0 OO`. The row started at the `;`, left of the table's columns, and was no row of
    /// the table: the band of the row below took it in, and both rows' cells read as one (14
    /// cells lost). A mark before a row's values is a speck of its label, not where its values
    /// start.
    @Test func aMarkAfterALabelIsNotWhereItsMisreadValuesStart() {
        var words = [125, 175, 225, 325, 375, 425].flatMap { y in
            [word("规章", 110, 200, y: y), word("0", 500, 520, y: y), word("0", 600, 620, y: y), word("13", 700, 740, y: y)]
        }
        words += [word("1.属于国家秘", 110, 300, y: 275), word(";", 320, 328, y: 275), word("O", 500, 520, y: 275),
                  word("O", 600, 620, y: 275), word("0", 700, 720, y: 275)]
        let found = OCRPageReader.unruledStacks(words, tuning: tuning)
        #expect(found.stacks.map { $0.map(\.center) } == [[103, 150, 200, 250, 300, 350, 400, 447]])
        #expect(found.misread == [[260...290]])
        // A word of letters there starts the row (Latin prose beside a table is no row of it).
        let latin = words.map { $0.text == ";" ? word("ab", 320, 360, y: 275) : $0 }
        #expect(OCRPageReader.unruledStacks(latin, tuning: tuning).misread == [[]])
    }

    /// Regression (平潭's page printed with no rules, 200 dpi, seed-21 probes): the values of
    /// (二)部分公开, between its label's two lines, read as one `人` four columns wide (confidence 8)
    /// and a `”`: the `人` was taken for the label's end, one word was left after it, and the row
    /// was lost (seven cells). A word far wider than its characters is ink run together, no label;
    /// alone it stands for two values or more. In the grid, it keeps no column edge from that row.
    @Test func valuesReadAsOneWideCharacterAreARowOfMisreadNumbers() throws {
        var words = [125, 175].flatMap { y in [word("规章", 110, 200, y: y), word("0", 500, 520, y: y), word("0", 600, 620, y: y), word("13", 700, 740, y: y)] }
        words += [word("（二）部分公开（区分处理的", 110, 400, y: 215), word("人", 500, 720, y: 235),
                  word("情形，不计其他情形）", 110, 380, y: 255)]
        words += [word("规范性文件", 110, 300, y: 305), word("60", 500, 540, y: 305), word("0", 600, 620, y: 305), word("0", 700, 720, y: 305)]
        #expect(OCRPageReader.inkRunTogether(words[9], tuning: tuning))
        #expect(!OCRPageReader.inkRunTogether(words[8], tuning: tuning) && !OCRPageReader.inkRunTogether(words[0], tuning: tuning))
        let found = OCRPageReader.unruledStacks(words, tuning: tuning)
        #expect(found.stacks.map { $0.map(\.center) } == [[103, 150, 195, 280, 327]], "\(found.stacks.map { $0.map(\.center) })")
        #expect(found.misread == [[220...250]])
        let grid = try #require(OCRPageReader.gridsOfAlignedNumbers(found.stacks[0], rowHeight: found.rowHeight, words: words,
                                                                    image: GrayImage(width: 1000, height: 400), threshold: 128,
                                                                    tolerance: tolerance, tuning: tuning, misreadRows: found.misread[0]).first)
        // The misread row has the value columns' edges too: each of its values is read alone.
        let rows = edges(grid)
        #expect(rows.count == 4 && rows.allSatisfy { Array($0.suffix(3)) == Array(rows[0].suffix(3)) }, "\(rows)")
        // Read as Chinese of its width (a heading), a word across the columns keeps its cell whole.
        var heading = words
        heading[9] = word("法人或其他组织", 500, 720, y: 235)
        let whole = try #require(OCRPageReader.gridsOfAlignedNumbers(found.stacks[0], rowHeight: found.rowHeight, words: heading,
                                                                     image: GrayImage(width: 1000, height: 400), threshold: 128,
                                                                     tolerance: tolerance, tuning: tuning, misreadRows: found.misread[0]).first)
        #expect(edges(whole)[2].count < edges(whole)[0].count, "\(edges(whole))")
    }

    /// Regression (the 2019 report printed without rules, scanned at 240 and 300 dpi): rows with
    /// one value (`1.属于国家秘密 14`) were no rows of values, and the labels of rows left blank
    /// (four lines) parted the table further than rows of values may lie apart: its pieces were
    /// read as prose, and twenty cells were lost. A line with one number in a column of the rows
    /// of values is a row of the table; lines that all end before the values start do not part
    /// it. A number beside the columns, or a line of prose over the values, does.
    @Test func singleValuesAndBlankRowsLabelsStayInTheTable() {
        var words = [125, 175].flatMap { y in [word("一、本年新收", 110, 300, y: y), word("821", 500, 560, y: y), word("35", 600, 640, y: y)] }
        words += [word("1.属于国家秘密", 160, 400, y: 225), word("14", 500, 540, y: 225)]
        words += [275, 325, 375].map { word("2.其他法律行政法规", 160, 420, y: $0) }
        words += [word("5.属于三类内部事务信息", 160, 440, y: 425), word("5", 500, 520, y: 425)]
        words += [word("8.属于行政查询事项", 160, 420, y: 475), word("10", 500, 540, y: 475), word("2", 600, 620, y: 475)]
        let found = OCRPageReader.unruledStacks(words, tuning: tuning)
        #expect(found.stacks.map { $0.map(\.center) } == [[103, 150, 200, 247, 403, 450, 497]], "\(found.stacks.map { $0.map(\.center) })")
        #expect(found.misread == [[]])
        // The single values' rows are not rows of misread numbers, and a number beside the columns is no row.
        var beside = words
        beside[beside.count - 4] = word("5", 800, 820, y: 425)
        #expect(OCRPageReader.unruledStacks(beside, tuning: tuning).stacks.map { $0.map(\.center) } == [[103, 150, 200, 247, 453, 497]])
        // A line of prose over the values between them parts the table (each part then too short).
        let prose = words + [word("全年收到申请，较上年增加，主要原因是", 110, 900, y: 325)]
        #expect(OCRPageReader.unruledStacks(prose, tuning: tuning).stacks.isEmpty)
    }

    /// The same table under its header: the band of the blank rows' labels (taller than a row)
    /// is rows of the table, not a heading between two tables; without the header it parts the
    /// grid. A number read over two of the header's columns (`3` for the `3` and `1` of two
    /// columns, ink run together) no longer keeps the header's columns from the table.
    @Test func blankRowsLabelsUnderAHeaderAreRowsOfTheTable() throws {
        let rules = [103, 150, 200, 247, 403, 450, 497].map { rule($0, 100, 860) }
        var words = [125, 175].flatMap { y in [word("一、本年新收", 110, 300, y: y), word("821", 500, 560, y: y), word("35", 600, 640, y: y)] }
        words += [word("1.属于国家秘密", 160, 400, y: 225), word("14", 500, 540, y: 225)]
        words += [275, 325, 375].map { word("2.其他法律行政法规", 160, 420, y: $0) }
        words += [word("5.属于三类内部事务信息", 160, 440, y: 425), word("5", 500, 520, y: 425)]
        words += [word("8.属于行政查询事项", 160, 420, y: 475), word("10", 500, 540, y: 475), word("2", 600, 620, y: 475)]
        let image = GrayImage(width: 1000, height: 600)
        let without = OCRPageReader.gridsOfAlignedNumbers(rules, rowHeight: 30, words: words, image: image, threshold: 128,
                                                          tolerance: tolerance, tuning: tuning)
        #expect(without.map { [$0.top, $0.bottom] } == [[103, 247], [403, 497]])
        let header = [(x0: 500, x1: 560), (x0: 600, x1: 660), (x0: 700, x1: 760)]
        let under = OCRPageReader.gridsOfAlignedNumbers(rules, rowHeight: 30, words: words, image: image, threshold: 128,
                                                        tolerance: tolerance, tuning: tuning, headerColumns: header)
        #expect(under.map { [$0.top, $0.bottom] } == [[103, 497]])
        #expect(under.first?.bands.count == 6)
        let wide = word("3", 500, 640, y: 425)
        #expect(OCRPageReader.inkRunTogether(wide, tuning: tuning))
        let band = [125: 0, 175: 1, 225: 2, 425: 4, 475: 5]
        let seeds = words.filter { OCRPageReader.readsAsNumber($0.text) }.map { (word: $0, band: band[$0.top + 15]!) }
        #expect(OCRPageReader.edges(under: header, seeds: seeds, left: 100, tolerance: tolerance, tuning: tuning) != nil)
        #expect(OCRPageReader.edges(under: header, seeds: seeds + [(wide, 4)], left: 100, tolerance: tolerance, tuning: tuning) != nil)
        #expect(OCRPageReader.edges(under: header, seeds: seeds + [(word("31", 540, 610, y: 425), 4)], left: 100, tolerance: tolerance, tuning: tuning) == nil)
    }


    /// Regression (the 2019 report printed with no rules, fed sideways at 200 dpi, seed-21
    /// probes): `44 3` of 2.没有现成信息需要另行制作, two columns apart, read as one word `443` over
    /// both of the header's columns: the header no longer fitted the whole table's numbers, and
    /// the rows below the part it was found over were read as prose. A word over two columns or
    /// more with more digits than columns is numbers read together: it neither unfits the header
    /// nor widens a column. `31` over two columns still does (a number the header may not fit).
    @Test func numbersOfTwoColumnsReadAsOneWordKeepTheHeadersColumns() throws {
        let header = [(x0: 500, x1: 560), (x0: 600, x1: 660), (x0: 700, x1: 760)]
        let seeds = [(word("821", 500, 560, y: 125), 0), (word("35", 600, 640, y: 125), 0), (word("258", 500, 560, y: 175), 1),
                     (word("12", 600, 640, y: 175), 1), (word("1", 700, 720, y: 175), 1)].map { (word: $0.0, band: $0.1) }
        let alone = try #require(OCRPageReader.edges(under: header, seeds: seeds, left: 100, tolerance: tolerance, tuning: tuning))
        let together = OCRPageReader.edges(under: header, seeds: seeds + [(word("443", 500, 650, y: 225), 2)], left: 100,
                                           tolerance: tolerance, tuning: tuning)
        #expect(together?.x == alone.x && together?.firstColumn == alone.firstColumn, "\(String(describing: together)) \(alone)")
        #expect(OCRPageReader.edges(under: header, seeds: seeds + [(word("31", 540, 610, y: 225), 2)], left: 100,
                                    tolerance: tolerance, tuning: tuning) == nil)
    }

    /// Regression (平潭's page printed with no rules, 240 dpi, seed-19 probes; found when the rule
    /// above first counted punctuation after a label-less line's first word as values): the zeros of
    /// 5.要求行政机关确认或重新出具已获取信息 read `9% ‘ . : mar` beside its label's three lines
    /// read as one word `ee`, three lines tall. Taken for the row's first value, `ee` started the
    /// row left of the table's columns, and the table was cut there: its last rows read with
    /// columns of their own, (七)总计's `20 0` read `200` (unplaced; 17 cells lost). A word read
    /// several lines tall that is no number is no value.
    @Test func aLabelReadAsOneTallWordIsNoValueOfItsRow() {
        var words = [125, 175].flatMap { y in [word("规章", 110, 200, y: y), word("0", 500, 520, y: y), word("13", 700, 740, y: y)] }
        words += [OCRWord(text: "ee", left: 110, top: 195, right: 150, bottom: 285, confidence: 30, startsLine: false),
                  word("9%", 500, 540, y: 235), word("‘", 600, 615, y: 235), word("mar", 700, 740, y: 235)]
        words += [295, 345].flatMap { y in [word("规范性文件", 110, 300, y: y), word("60", 500, 540, y: y), word("0", 700, 720, y: y)] }
        let found = OCRPageReader.unruledStacks(words, tuning: tuning)
        #expect(found.stacks.count == 1 && found.stacks.first?.count == 6, "\(found.stacks.map { $0.map(\.center) })")
        #expect(found.misread == [[220...250]])
    }

    /// Regression (平潭's page printed with no rules, 240 dpi): the `4` of 1.本机关不掌握相关政府信息
    /// was read as a word as tall as its row and the one above, so the row reached up over the row
    /// above and the rule between them was drawn through that row's numbers, which then read as
    /// halves of characters (`Nn nN fay`): two rows lost. A row's height is its numbers' without
    /// such tall words.
    @Test func aValueReadTallDoesNotStretchItsRowOverTheOneAbove() {
        var words = [125, 175].flatMap { y in [word("规章", 110, 200, y: y), word("0", 500, 520, y: y), word("13", 700, 740, y: y)] }
        words += [word("规范性文件", 110, 300, y: 225), OCRWord(text: "4", left: 500, top: 185, right: 520, bottom: 255, confidence: 90, startsLine: false),
                  word("0", 700, 720, y: 225)]
        let found = OCRPageReader.unruledStacks(words, tuning: tuning)
        #expect(found.stacks.map { $0.map(\.center) } == [[103, 150, 200, 247]], "\(found.stacks.map { $0.map(\.center) })")
        // Regression (a JPEG scan turned upside down): a line whose words were all read several
        // lines tall made a row of nothing, and the reading stopped on it.
        let tall = words + [OCRWord(text: "ll", left: 500, top: 350, right: 520, bottom: 450, confidence: 30, startsLine: false),
                            OCRWord(text: "Il", left: 700, top: 350, right: 720, bottom: 450, confidence: 30, startsLine: false)]
        #expect(OCRPageReader.unruledStacks(tall, tuning: tuning).stacks.count == 1)
    }

    /// Regression (上海市科委, no rules, 300 dpi): the row 5.要求行政机关确认或重新出具已获取信息,
    /// its label on two lines and its zeros between them read `oO © oO (=)`, was a tall row with
    /// no number, taken for a heading between two tables: the table was cut there and its last
    /// rows read with columns of their own. A tall row over a row of misread numbers (found as
    /// such by ``OCRPageReader/unruledStacks(_:tuning:)``) is no heading. Elsewhere (a table
    /// ruled across, whose next table's header may read as Latin junk) such a row still cuts.
    @Test func aTallRowOfMisreadNumbersIsNoHeading() throws {
        let rules = [100, 150, 200, 340, 390, 440].map { rule($0) }
        var words = [125, 175, 365, 415].flatMap { y in [word("规章", 110, 200, y: y), word("0", 500, 520, y: y), word("3", 700, 720, y: y)] }
        words += [word("5.要求行政机关确认或重新出", 110, 400, y: 240), word("oO", 500, 520, y: 270), word("(=)", 700, 720, y: 270),
                  word("具已获取信息", 110, 300, y: 300)]
        let image = GrayImage(width: 1000, height: 600)
        let grids = OCRPageReader.gridsOfAlignedNumbers(rules, rowHeight: 50, words: words, image: image, threshold: 128,
                                                        tolerance: tolerance, tuning: tuning, misreadRows: [255...285])
        #expect(grids.map { [$0.top, $0.bottom] } == [[100, 440]])
        let cut = OCRPageReader.gridsOfAlignedNumbers(rules, rowHeight: 50, words: words, image: image,
                                                      threshold: 128, tolerance: tolerance, tuning: tuning)
        #expect(cut.map { [$0.top, $0.bottom] } == [[100, 200], [340, 440]])
    }

    /// Three rows of four columns of numbers, ruled only across, whose last two columns the prose
    /// reading misread as letters (`Qo`, `oO`): the page, its rules and its words.
    func columnsReadAsLetters() -> (GrayImage, [RulingLines.Segment], [OCRWord]) {
        var image = GrayImage(width: 1000, height: 300)
        for y in [115, 165, 215] {
            for x in [300, 400, 500, 600] { image.fill(x0: x, y0: y, x1: x + 20, y1: y + 20, value: 0) }
        }
        let words = [125, 175, 225].flatMap { y in
            [word("规章", 110, 200, y: y), word("0", 300, 320, y: y), word("0", 400, 420, y: y), word("Qo", 500, 520, y: y), word("oO", 600, 620, y: y)]
        }
        return (image, [100, 150, 200, 250].map { rule($0) }, words)
    }

    /// Regression (平潭's page printed with no rules, 240 dpi): the prose reading misread whole
    /// columns of zeros (`Qo`, `oO`), so only the first four of seven columns were found and the
    /// last slot held three (51 of 198 cells). The ink shows every column: where its columns hold
    /// each column of numbers in one of their own, they are the table's.
    @Test func columnsTheProseMisreadAreFoundByTheirInk() throws {
        var (image, rules, words) = columnsReadAsLetters()
        let columns = OCRPageReader.inkColumns(image, rows: [(100, 150), (150, 200), (200, 250)], from: 290, to: 900, threshold: 128, margin: 6)
        #expect(columns.map { [$0.x0, $0.x1, $0.rows] } == [[300, 320, 3], [400, 420, 3], [500, 520, 3], [600, 620, 3]])
        let grid = try #require(OCRPageReader.gridsOfAlignedNumbers(rules, rowHeight: 50, words: words, image: image,
                                                                    threshold: 128, tolerance: tolerance, tuning: tuning).first)
        #expect(edges(grid) == Array(repeating: [100, 287, 360, 460, 560, 900], count: 3))
        // A column of ink in one row of three (a note, a speck) is no column: the numbers' are kept.
        image.fill(x0: 700, y0: 115, x1: 720, y1: 135, value: 0)
        let fewer = try #require(OCRPageReader.gridsOfAlignedNumbers(rules, rowHeight: 50, words: words, image: image,
                                                                     threshold: 128, tolerance: tolerance, tuning: tuning).first)
        #expect(edges(fewer)[0] == [100, 287, 360, 900])
    }

    /// Regression (上海市科委 printed without rules and set tight, 300 dpi, seed-40 probe): the
    /// requests table's first band reached up into its header's last line (`企业机构益组织务机构他`),
    /// whose characters' feet, ink in one row of five, unmade the columns the ink showed; the
    /// 其他 column, its numbers read with 总计's as one word (`O 34`, `G6. OZ`), had no column of
    /// numbers, and the table was read as prose (its first page's rows lost). Ink is sought
    /// where the rows' numbers stand, not over their whole bands.
    @Test func aHeadersLastLineInTheFirstBandMakesNoColumnOfInk() throws {
        var (image, rules, words) = columnsReadAsLetters()
        // The header's characters' feet, above the first row's numbers, between its columns.
        for x in [350, 450, 550] { image.fill(x0: x, y0: 100, x1: x + 30, y1: 107, value: 0) }
        let grid = try #require(OCRPageReader.gridsOfAlignedNumbers(rules, rowHeight: 50, words: words, image: image,
                                                                    threshold: 128, tolerance: tolerance, tuning: tuning).first)
        #expect(edges(grid) == Array(repeating: [100, 287, 360, 460, 560, 900], count: 3))
    }

    /// Regression (平潭, rules under rows only, 240 dpi): `77` read `7` with confidence 77, a
    /// wrong number marked certain. Its ink is two digits wide: a reading short of its ink is
    /// read again and stays uncertain unless a reading accounts for the ink.
    @Test func aReadingShortOfItsInkIsADoubt() {
        #expect(OCRPageReader.fewerDigitsThanInk("7", ink: (51, 38), tuning: tuning))
        #expect(!OCRPageReader.fewerDigitsThanInk("77", ink: (51, 38), tuning: tuning))
        #expect(!OCRPageReader.fewerDigitsThanInk("166", ink: (79, 39), tuning: tuning))
        #expect(OCRPageReader.fewerDigitsThanInk("16", ink: (79, 39), tuning: tuning))
        #expect(!OCRPageReader.fewerDigitsThanInk("0", ink: (23, 38), tuning: tuning))
    }

    /// Regression (上海市政府办公厅's page with its first table pasted in as a picture, read by
    /// OCR): the procurement amount `251000元` was read `2510007` with confidence 85, a wrong
    /// number marked certain. Its ink falls into seven glyphs, six 20 pixels wide and 33 high and
    /// the last 44 by 46: a Chinese character, not a digit. The reading's last digit is dropped
    /// and the number marked uncertain; a last glyph as narrow as a digit, or glyphs other in
    /// number than the digits, are left alone.
    @Test func aUnitReadAsTheNumbersLastDigitIsNoDigit() {
        var image = GrayImage(width: 400, height: 100)
        for k in 0..<6 { image.fill(x0: 10 + 25 * k, y0: 30, x1: 29 + 25 * k, y1: 62, value: 0) }
        let box = (x: 10, y: 20, width: 250, height: 50)
        #expect(!OCRPageReader.lastDigitIsAWideGlyph("251000", image: image, box: box, threshold: 128, tuning: tuning))
        var unit = image
        unit.fill(x0: 165, y0: 20, x1: 208, y1: 65, value: 0)   // `元`, 44 × 46
        #expect(OCRPageReader.lastDigitIsAWideGlyph("2510007", image: unit, box: box, threshold: 128, tuning: tuning))
        // Read without it (six digits for seven glyphs): nothing to drop.
        #expect(!OCRPageReader.lastDigitIsAWideGlyph("251000", image: unit, box: box, threshold: 128, tuning: tuning))
        // Two digits run together (as wide, but no taller): no unit.
        var joined = image
        joined.fill(x0: 165, y0: 30, x1: 208, y1: 62, value: 0)
        #expect(!OCRPageReader.lastDigitIsAWideGlyph("2510007", image: joined, box: box, threshold: 128, tuning: tuning))
    }

    /// Regression (平潭's Chromium print scanned at 200 dpi, seed-26 probe): 行政事业性收费's
    /// `-15` read `-I5`, alone in its column, was not taken for a number at all: left as text,
    /// null and unflagged. Beside a digit, letters read for digits count as digits, and a sign as
    /// nothing, so the cell is read again as digits (`-15`); not beside other letters.
    @Test func aNumberWithALetterForADigitIsReadAgain() {
        #expect(OCRPageReader.looksNumeric("-I5"))
        #expect(OCRPageReader.looksNumeric("1O"))
        #expect(OCRPageReader.looksNumeric("12"))
        #expect(!OCRPageReader.looksNumeric("Il"))
        #expect(!OCRPageReader.looksNumeric("ia"))
        #expect(!OCRPageReader.looksNumeric("4 vases"))
        // Found on seed 22's probe of the 2019 tight print at 300 dpi, when any such letter
        // counted: the label `2.重复申请` read `2.22 Aig` was read again as digits, `2.227`, and
        // its row's values were lost.
        #expect(!OCRPageReader.looksNumeric("2.22 Aig"))
        #expect(!OCRPageReader.looksNumeric("1年"))
    }

    /// Regression (the 2019 report's separate-borders print scanned upside down at 200 dpi,
    /// seed-28 probe): `251000元` read `25100035` digits only (the unit as two digits) and
    /// `2510007` once stretched; the first won and `25100035` was given (uncertain, but wrong).
    /// Where another reading took the unit for one digit and the winner starts with the number
    /// before it, the number is that; a reading that does not start with it, or one digit
    /// longer only, is left alone.
    @Test func aUnitReadAsTwoDigitsIsNoDigits() {
        var image = GrayImage(width: 400, height: 100)
        for k in 0..<6 { image.fill(x0: 10 + 25 * k, y0: 30, x1: 29 + 25 * k, y1: 62, value: 0) }
        image.fill(x0: 165, y0: 20, x1: 208, y1: 65, value: 0)   // `元`, 44 × 46
        let box = (x: 10, y: 20, width: 250, height: 50)
        #expect(OCRPageReader.numberBeforeAUnitReadAsDigits("25100035", readings: ["25100035", "2510007"], image: image, box: box,
                                                            threshold: 128, tuning: tuning) == "251000")
        #expect(OCRPageReader.numberBeforeAUnitReadAsDigits("25100035", readings: ["25100035"], image: image, box: box,
                                                            threshold: 128, tuning: tuning) == nil)
        #expect(OCRPageReader.numberBeforeAUnitReadAsDigits("26100035", readings: ["26100035", "2510007"], image: image, box: box,
                                                            threshold: 128, tuning: tuning) == nil)
        #expect(OCRPageReader.numberBeforeAUnitReadAsDigits("2510003", readings: ["2510003", "2510007"], image: image, box: box,
                                                            threshold: 128, tuning: tuning) == nil)
        // No unit printed (seven digit-wide glyphs): nothing is taken off.
        var digits = GrayImage(width: 400, height: 100)
        for k in 0..<7 { digits.fill(x0: 10 + 25 * k, y0: 30, x1: 29 + 25 * k, y1: 62, value: 0) }
        #expect(OCRPageReader.numberBeforeAUnitReadAsDigits("25100035", readings: ["25100035", "2510007"], image: digits, box: box,
                                                            threshold: 128, tuning: tuning) == nil)
    }

    /// Regression (the 2019 report's LibreOffice print at 200 dpi, seed-25 probe): a speck of
    /// noise 85 px past `251000元` made eight glyphs of the cell's ink for the seven of `2510007`,
    /// and the unit stayed the number's last digit (uncertain, but wrong). A speck at either end,
    /// far from the type, is no glyph; a point between digits still is one (above).
    @Test func aSpeckPastTheUnitIsNoGlyph() {
        var image = GrayImage(width: 400, height: 100)
        for k in 0..<6 { image.fill(x0: 10 + 25 * k, y0: 30, x1: 29 + 25 * k, y1: 62, value: 0) }
        image.fill(x0: 165, y0: 20, x1: 208, y1: 65, value: 0)   // `元`, 44 × 46
        image.fill(x0: 256, y0: 40, x1: 257, y1: 41, value: 0)   // the speck, 2 × 2
        let box = (x: 10, y: 20, width: 250, height: 50)
        #expect(OCRPageReader.lastDigitIsAWideGlyph("2510007", image: image, box: box, threshold: 128, tuning: tuning))
        // Beside the unit, a mark is not told from the type: the glyphs are left as they are.
        var near = image
        near.fill(x0: 256, y0: 40, x1: 257, y1: 41, value: 255)
        near.fill(x0: 215, y0: 40, x1: 216, y1: 41, value: 0)
        #expect(!OCRPageReader.lastDigitIsAWideGlyph("2510007", image: near, box: box, threshold: 128, tuning: tuning))
    }

    /// Regression (平潭's no-rules print at 200 dpi, seed-25 probe): the procurement row, read as a
    /// line of prose (`政府集中采购 395 73802895.907`), kept the unit read as a last digit: the
    /// check was made in ruled cells only. A value after the label on such a line is checked the
    /// same way; the label and a plain number are left alone.
    @Test(.enabled(if: OCRAvailability.languageDataInstalled, "tesseract chi_sim and eng data not installed"))
    func aUnitReadAsTheLastDigitOnALineOfProseIsNoDigit() throws {
        var image = GrayImage(width: 700, height: 100)
        for k in 0..<6 { image.fill(x0: 310 + 25 * k, y0: 30, x1: 329 + 25 * k, y1: 62, value: 0) }
        image.fill(x0: 465, y0: 20, x1: 508, y1: 65, value: 0)   // `元`, 44 × 46
        for k in 0..<2 { image.fill(x0: 560 + 25 * k, y0: 30, x1: 579 + 25 * k, y1: 62, value: 0) }
        image.fill(x0: 10, y0: 20, x1: 250, y1: 65, value: 0)   // the label's ink
        let line = OCRPageReader.PixelLine(top: 15, bottom: 70, spans: [
            DocumentModel.Span(text: "政府集中采购", x0: 10, x1: 250, confidence: 95),
            DocumentModel.Span(text: "2510007", x0: 310, x1: 508, confidence: 92),
            DocumentModel.Span(text: "45", x0: 560, x1: 604, confidence: 96)])
        let reader = try OCRPageReader(options: OCROptions())
        let out = try reader.rereadingLettersAmongNumbers([line], image: image, threshold: 128, dpi: 300, deadline: Deadline(seconds: 30))
        #expect(out[0].spans.map(\.text) == ["政府集中采购", "251000", "45"])
        #expect((out[0].spans[1].confidence ?? 100) < OCROptions().uncertainBelow)
        #expect(out[0].spans[2].confidence == 96)
    }

    /// Regression (the 2019 report's LibreOffice print at 200 dpi, seed-25 probe): the cell's
    /// readings `2510007` and `251000` tied (one each, confidence 0), and the number read changed
    /// from one run to the next with a dictionary's order. The tie goes to the reading read first,
    /// every time.
    @Test func tiedReadingsGoToTheOneReadFirst() {
        // Either order, the first read first (a dictionary keeps the same order for both).
        #expect(OCRPageReader.ranked([("2510007", 0), ("251000", 0)]).map { $0[0].text } == ["2510007", "251000"])
        #expect(OCRPageReader.ranked([("251000", 0), ("2510007", 0)]).map { $0[0].text } == ["251000", "2510007"])
        let r = OCRPageReader.ranked([("2510007", 0), ("251000", 0), ("251000", 0), ("2510007", 0), ("9", 0)])
        #expect(r.map { $0[0].text } == ["2510007", "251000", "9"])
        let surer = OCRPageReader.ranked([("45", 60), ("15", 96), ("45", 65)])
        #expect(surer.map { $0[0].text } == ["45", "15"])
        #expect(OCRPageReader.ranked([("12", 80), ("122", 90)]).map { $0[0].text } == ["122", "12"])
    }

    /// Regression (平潭's narrow print at 300 dpi, seed-23 probes): the procurement amount
    /// `73802895.90元` was read `73802895.907` (uncertain, but wrong): a reading with a decimal
    /// point was never looked at for a unit, and a sans `元` is no taller than the digits. The
    /// point is a glyph of its own; a last glyph about as wide as it is tall (a digit is narrower,
    /// two digits run together wider) and wider than the digits is dropped the same way; a `7`
    /// after `1`s, wider but taller than wide, is a digit.
    @Test func aUnitReadAsTheLastDigitOfADecimalAmountIsNoDigit() {
        var image = GrayImage(width: 400, height: 100)
        for k in 0..<3 { image.fill(x0: 10 + 25 * k, y0: 30, x1: 29 + 25 * k, y1: 62, value: 0) }
        image.fill(x0: 85, y0: 57, x1: 89, y1: 62, value: 0)                        // the point
        for k in 0..<2 { image.fill(x0: 95 + 25 * k, y0: 30, x1: 114 + 25 * k, y1: 62, value: 0) }
        let box = (x: 10, y: 20, width: 250, height: 50)
        #expect(!OCRPageReader.lastDigitIsAWideGlyph("123.45", image: image, box: box, threshold: 128, tuning: tuning))
        var unit = image
        unit.fill(x0: 150, y0: 20, x1: 193, y1: 65, value: 0)                        // `元`
        #expect(OCRPageReader.lastDigitIsAWideGlyph("123.457", image: unit, box: box, threshold: 128, tuning: tuning))
        #expect(!OCRPageReader.lastDigitIsAWideGlyph("123.45", image: unit, box: box, threshold: 128, tuning: tuning))
        var sans = image
        sans.fill(x0: 150, y0: 30, x1: 182, y1: 62, value: 0)                        // `元` as tall as the digits, 33 × 33
        #expect(OCRPageReader.lastDigitIsAWideGlyph("123.457", image: sans, box: box, threshold: 128, tuning: tuning))
        var ones = GrayImage(width: 400, height: 100)
        for k in 0..<2 { ones.fill(x0: 10 + 15 * k, y0: 30, x1: 14 + 15 * k, y1: 62, value: 0) }
        ones.fill(x0: 40, y0: 30, x1: 59, y1: 62, value: 0)                          // `7`, 20 × 33
        #expect(!OCRPageReader.lastDigitIsAWideGlyph("117", image: ones, box: box, threshold: 128, tuning: tuning))
    }

    /// Regression (上海市政府办公厅's first table pasted in as a JPEG screenshot at 96 ppi): the
    /// `60` beside a blurred double rule was read `160` (confidence 88 after the digit votes), a
    /// wrong number marked certain. Its ink is two glyphs, each one digit wide: a reading with
    /// more digits than that is in doubt. Two digits run together (one glyph twice as wide) are
    /// not.
    @Test func moreDigitsThanTheInkHasGlyphsIsADoubt() {
        var image = GrayImage(width: 200, height: 100)
        image.fill(x0: 10, y0: 20, x1: 32, y1: 55, value: 0)   // `6`, 23 × 36
        image.fill(x0: 35, y0: 20, x1: 56, y1: 55, value: 0)   // `0`
        let box = (x: 10, y: 20, width: 47, height: 36)
        #expect(OCRPageReader.moreDigitsThanGlyphs("160", image: image, box: box, threshold: 128, tuning: tuning))
        #expect(!OCRPageReader.moreDigitsThanGlyphs("60", image: image, box: box, threshold: 128, tuning: tuning))
        var joined = image
        joined.fill(x0: 33, y0: 30, x1: 34, y1: 40, value: 0)   // the two run together
        #expect(!OCRPageReader.moreDigitsThanGlyphs("60", image: joined, box: box, threshold: 128, tuning: tuning))
        #expect(!OCRPageReader.moreDigitsThanGlyphs("160", image: joined, box: box, threshold: 128, tuning: tuning))
    }

    /// Regression: a speck of noise beside a `0` widened its cell's ink box, and 13 zeros of a
    /// 200 dpi scan read with confidence 96 were taken for readings short of their ink. The
    /// number's ink leaves specks out.
    @Test func aSpeckBesideANumberIsNotItsInk() {
        var image = GrayImage(width: 300, height: 200)
        image.fill(x0: 100, y0: 100, x1: 123, y1: 137, value: 0)   // a digit, 24 × 38
        image.fill(x0: 170, y0: 120, x1: 171, y1: 121, value: 0)   // a speck
        let ink = OCRPageReader.numberInk(image, box: (x: 100, y: 100, width: 72, height: 38), threshold: 128)
        #expect(ink.width == 24 && ink.height == 38)
        #expect(!OCRPageReader.fewerDigitsThanInk("0", ink: ink, tuning: tuning))
        #expect(OCRPageReader.fewerDigitsThanInk("0", ink: (72, 38), tuning: tuning))
    }
    /// Regression (上海市政府办公厅's 2019 page printed with no rules, values set right, 200 dpi,
    /// style probe 21): the other organisations' `1` and the total's `859` came back as one word
    /// `1859`, and `1` `1` of two columns as `11`; two such words in eleven numbers, the header did
    /// not fit and the requests table was lost (35 cells). A word of digits over two of the
    /// header's columns parts where its ink has a gap clearly wider than a number's own (17
    /// pixels against 7), each part under one column; it stays whole where its gaps are even,
    /// where a part lies under two columns, or where its ink does not count its digits.
    @Test func numbersOfTwoColumnsReadAsOneWordArePartedAtThePaperBetweenThem() throws {
        let header = [(x0: 500, x1: 548), (x0: 604, x1: 652)]
        func drawn(_ digits: [(Int, Int)]) -> GrayImage {
            var d = ScanImageTests.Drawing(800, 300)
            for (x0, x1) in digits { d.box(x0, 112, x1 - x0 + 1, 32) }
            return d.image
        }
        func word(_ text: String, _ x0: Int, _ x1: Int) -> OCRWord {
            OCRWord(text: text, left: x0, top: 110, right: x1, bottom: 146, confidence: 80, startsLine: false)
        }
        let apart = drawn([(524, 544), (562, 586), (594, 616), (624, 648)])
        let parts = try #require(OCRPageReader.parted(word("1859", 522, 650), under: header, image: apart, threshold: 128))
        #expect(parts.map(\.text) == ["1", "859"])
        #expect(parts.map { [$0.left, $0.right] } == [[524, 544], [562, 648]])
        // Gaps all alike: one number.
        let even = drawn([(540, 560), (568, 592), (600, 622), (630, 654)])
        #expect(OCRPageReader.parted(word("1859", 538, 656), under: header, image: even, threshold: 128) == nil)
        // A part under two columns, or more runs of ink than digits: whole.
        let three = [(x0: 500, x1: 548), (x0: 560, x1: 600), (x0: 620, x1: 652)]
        #expect(OCRPageReader.parted(word("1859", 522, 650), under: three, image: apart, threshold: 128) == nil)
        #expect(OCRPageReader.parted(word("185", 522, 650), under: header, image: apart, threshold: 128) == nil)
        // Two digits: parted only with half the word's height of paper between them.
        let pair = [(x0: 495, x1: 525), (x0: 530, x1: 585)]
        let far = drawn([(500, 520), (560, 580)]), near = drawn([(500, 520), (535, 555)])
        #expect(OCRPageReader.parted(word("11", 500, 580), under: pair, image: far, threshold: 128)?.map(\.text) == ["1", "1"])
        #expect(OCRPageReader.parted(word("11", 500, 555), under: pair, image: near, threshold: 128) == nil)
        // Parted, the total's column reaches over `859` and the edge between the two columns
        // falls in the paper between `1` and `859` (whole, `18` alone set it through the `8`).
        let seeds = [(word("18", 596, 648), 1), (word("1", 524, 544), 1)].map { (word: $0.0, band: $0.1) }
        let before = try #require(OCRPageReader.edges(under: header, seeds: seeds, left: 100, tolerance: tolerance, tuning: tuning))
        #expect(before.x[1] == 572)
        let after = try #require(OCRPageReader.edges(under: header, seeds: seeds + parts.map { (word: $0, band: 0) }, left: 100,
                                                     tolerance: tolerance, tuning: tuning))
        #expect(after.x[1] > 544 && after.x[1] < 562, "\(after.x)")
    }

    /// Regression (the same page): the `252` of 1.本机关不掌握相关政府信息, set between its label's
    /// two lines, was read as one word three lines tall reaching up into the row above, and so
    /// made a row of one value of its own over that row; the rule midway between them was drawn
    /// through the row above's values (`10` `2` of 8.属于行政查询事项 read `1` `7` in the blank
    /// row 7.属于行政执法案卷 above it: two wrong numbers, marked uncertain). A row of one value
    /// whose value lies beside a row of values' (`12` `1`) is that row.
    @Test func aSingleValueBesideARowOfValuesIsThatRow() {
        var words = [125, 175].flatMap { y in [word("一、本年新收", 110, 300, y: y), word("821", 500, 560, y: y), word("35", 600, 640, y: y)] }
        words += [word("7.属于行政执法案卷", 160, 420, y: 225)]
        words += [word("8.属于行政查询事项", 160, 420, y: 275), word("10", 500, 540, y: 275), word("2", 600, 620, y: 275)]
        // The label's first line and `252` read on one line, `12` `1` on another.
        words += [word("1.本机关不掌握相关", 160, 420, y: 320), word("息", 400, 420, y: 385),
                  OCRWord(text: "252", left: 500, top: 284, right: 560, bottom: 380, confidence: 60, startsLine: false),
                  word("12", 600, 640, y: 355), word("1", 700, 720, y: 355)]
        let found = OCRPageReader.unruledStacks(words, tuning: tuning)
        let ys = found.stacks.flatMap { $0.map(\.center) }
        #expect(found.stacks.count == 1, "\(found.stacks.map { $0.map(\.center) })")
        // No rule through row 8's values (260…290).
        #expect(!ys.contains { $0 > 260 && $0 < 290 }, "\(ys)")
    }

}

/// The header of a table without rules, found in the ink above its first row.
@Suite struct UnruledTableHeaderTests {
    /// A word's characters lie closer than the columns: runs of ink join across narrow gaps
    /// only, and a speck is no column.
    @Test func inkJoinsWithinAWordAndNotAcrossColumns() {
        var ink = [Int](repeating: 0, count: 100)
        for x in 0..<10 { ink[x] = 5 }         // a character
        for x in 13..<23 { ink[x] = 5 }        // the next, 3 apart
        for x in 40..<50 { ink[x] = 5 }        // another column, 17 apart
        ink[70] = 1                            // a speck
        #expect(OCRPageReader.inkRuns(ink, gap: 8, speck: 4).map { [$0.x0, $0.x1] } == [[0, 22], [40, 49]])
    }

    /// A column's lines apart where paper runs a quarter of a line; a run of ink less than half a
    /// line high (the strokes of `三` apart) joins the nearer one.
    @Test func aColumnsLinesAreItsRunsOfInk() {
        var image = GrayImage(width: 100, height: 200)
        image.fill(x0: 10, y0: 10, x1: 50, y1: 50, value: 0)     // a line of type, 40 high
        image.fill(x0: 10, y0: 70, x1: 50, y1: 74, value: 0)     // a stroke, 16 below
        image.fill(x0: 10, y0: 86, x1: 50, y1: 120, value: 0)    // the rest of its character, 12 below it
        let lines = OCRPageReader.textLines(image, x0: 0, x1: 100, y0: 0, y1: 200, threshold: 128, lineHeight: 40)
        #expect(lines.map { [$0.0, $0.1] } == [[10, 51], [70, 121]])
    }

    /// Regression (上海市政府办公厅's 2019 page printed without rules, scanned at 300 dpi, seed-33
    /// probe): one pixel of JPEG noise between `自然` and `人`, midway, left no quarter of a line of
    /// paper on either side of it; the column was one line, read as nothing, its header refused,
    /// and the applications table lost (36 cells). A row with a speck or two of ink is paper; three
    /// pixels are ink.
    @Test func aSpeckBetweenAColumnsLinesDoesNotJoinThem() {
        var image = GrayImage(width: 100, height: 200)
        image.fill(x0: 10, y0: 10, x1: 50, y1: 50, value: 0)     // `自然`, 40 high
        image.fill(x0: 10, y0: 70, x1: 50, y1: 110, value: 0)    // `人`, 20 below
        image.fill(x0: 30, y0: 60, x1: 31, y1: 61, value: 0)     // two pixels a row, midway
        let lines = OCRPageReader.textLines(image, x0: 0, x1: 100, y0: 0, y1: 200, threshold: 128, lineHeight: 40)
        #expect(lines.map { [$0.0, $0.1] } == [[10, 51], [70, 111]])
        image.fill(x0: 30, y0: 60, x1: 32, y1: 61, value: 0)     // three: ink, and one line
        let joined = OCRPageReader.textLines(image, x0: 0, x1: 100, y0: 0, y1: 200, threshold: 128, lineHeight: 40)
        #expect(joined.map { [$0.0, $0.1] } == [[10, 111]])
        // Parting tight lines, that run, over a line and a half high, is parted again at two rows
        // of paper or more: the speck's rows stay with `人`, the nearer.
        let parted = OCRPageReader.textLines(image, x0: 0, x1: 100, y0: 0, y1: 200, threshold: 128, lineHeight: 40, partingTight: true)
        #expect(parted.map { [$0.0, $0.1] } == [[10, 51], [60, 111]])
    }

    /// Regression (上海市科委's 2024 page printed without rules, centred and set tight, scanned at
    /// 240 dpi, style probe of seed 1): the header's lines less than a quarter line apart, a
    /// stroke of one touching the next (`法律服` over `务机构`); each column was one run of ink,
    /// read as one line, as nothing, and the header was lost with the table. A run over a line
    /// and a half high is parted at two rows of paper, or at its faintest row where that is
    /// nearly paper; not through type, and not into a sliver of the line above.
    @Test func tightLinesOfAHeaderColumnArePartedAtTheirFaintestRow() {
        func lines(_ image: GrayImage) -> [[Int]] {
            OCRPageReader.textLines(image, x0: 0, x1: 100, y0: 0, y1: 200, threshold: 128, lineHeight: 40, partingTight: true).map { [$0.0, $0.1] }
        }
        // Two lines 5 rows apart (less than a quarter line): parted at the paper.
        var apart = GrayImage(width: 100, height: 200)
        apart.fill(x0: 10, y0: 10, x1: 60, y1: 50, value: 0)
        apart.fill(x0: 10, y0: 56, x1: 60, y1: 96, value: 0)
        #expect(lines(apart) == [[10, 51], [56, 97]])
        // (Not parting them, one line, as any header's column above its first row's band.)
        #expect(OCRPageReader.textLines(apart, x0: 0, x1: 100, y0: 0, y1: 200, threshold: 128, lineHeight: 40).map { [$0.0, $0.1] } == [[10, 97]])
        // Touching through one stroke, 3 pixels wide: parted at the stroke's middle row.
        var touching = GrayImage(width: 100, height: 200)
        touching.fill(x0: 10, y0: 10, x1: 60, y1: 50, value: 0)
        touching.fill(x0: 30, y0: 51, x1: 32, y1: 53, value: 0)
        touching.fill(x0: 10, y0: 54, x1: 60, y1: 94, value: 0)
        #expect(lines(touching) == [[10, 52], [53, 95]])
        // One line of large type, 70 high, every row crossing its strokes: one line.
        var large = GrayImage(width: 100, height: 200)
        for x in stride(from: 10, to: 90, by: 8) { large.fill(x0: x, y0: 10, x1: x + 2, y1: 79, value: 0) }
        #expect(lines(large) == [[10, 80]])
        // A sliver of the line above the region, 25 high (over half a line), 3 rows over the
        // first of two tight lines: kept with that line, not read alone.
        var sliver = GrayImage(width: 100, height: 200)
        sliver.fill(x0: 10, y0: 0, x1: 60, y1: 24, value: 0)
        sliver.fill(x0: 10, y0: 28, x1: 60, y1: 67, value: 0)
        sliver.fill(x0: 10, y0: 72, x1: 60, y1: 111, value: 0)
        #expect(lines(sliver) == [[0, 68], [72, 112]])
    }

    /// Numbers fit a header when each lies under one of its columns and no column holds numbers
    /// of two columns.
    @Test func numbersFitAHeaderUnderOneColumnEach() {
        func w(_ x0: Int, _ x1: Int) -> OCRWord { OCRWord(text: "1", left: x0, top: 0, right: x1, bottom: 10, confidence: 90, startsLine: false) }
        let header = [(x0: 0, x1: 50), (x0: 100, x1: 150)]
        #expect(OCRPageReader.numbers([(w(0, 20), 0), (w(5, 25), 0), (w(110, 130), 1)], fit: header))
        #expect(!OCRPageReader.numbers([(w(0, 20), 0), (w(30, 45), 1)], fit: header))     // two columns of numbers under one
        #expect(!OCRPageReader.numbers([(w(40, 110), 0)], fit: header))                    // under two
        #expect(!OCRPageReader.numbers([(w(60, 90), 0)], fit: header))                     // under none
    }

    /// Regression (平潭's print without rules fed sideways at 240 dpi, seed-32 probe): with
    /// every row's numbers read, the table's numbers filled all seven columns, and its header
    /// was refused for not showing more; counted across the grid's bands, where a row whose
    /// `1 21` was read as one word leaves out an edge, 总计's header was over two columns of
    /// numbers, and one number read over two cells was under two columns. The header's lines
    /// were taken for rows and two rows were lost (13 cells). A header fits row by row, each
    /// band's columns its own, a few numbers read over two columns left out.
    @Test func aHeaderFitsEachRowsNumbersWhenTheyFillEveryColumn() {
        func word(_ text: String, _ x0: Int, _ x1: Int, y: Int) -> OCRWord {
            OCRWord(text: text, left: x0, top: y - 10, right: x1, bottom: y + 10, confidence: 90, startsLine: false)
        }
        func w(_ text: String, _ x0: Int, y: Int) -> OCRWord { word(text, x0, x0 + 20, y: y) }
        let header = [(x0: 100, x1: 140), (x0: 200, x1: 240), (x0: 300, x1: 340)]
        var grid = TableGrid()
        grid.bands = [TableGrid.Band(top: 0, bottom: 50, edges: [0, 180, 280, 400]),
                      TableGrid.Band(top: 50, bottom: 100, edges: [0, 180, 400])]      // its last two values read as one
        var numbers = (0..<10).map { k in w("\(k)", 110 + 100 * (k % 3), y: 25) }
        numbers += [w("1", 110, y: 75), w("5", 310, y: 75), word("021", 210, 330, y: 75)]
        // Every column's numbers (as many columns as the header's); in the second band, the
        // last header column's `5` in the band's column 1 (column 3 in the first band), and
        // `021` under two columns, one number of thirteen.
        #expect(OCRPageReader.header(header, fits: numbers, in: grid, runTogether: false))
        // A header whose column is over two of a band's columns does not fit.
        #expect(!OCRPageReader.header([(x0: 100, x1: 240), (x0: 300, x1: 340)], fits: numbers, in: grid, runTogether: false))
        // Nor one where more than a tenth of the numbers lie under two of its columns.
        #expect(!OCRPageReader.header(header, fits: numbers + [word("00", 110, 230, y: 25)], in: grid, runTogether: false))
    }

    /// Regression (平潭's page printed with no rules, 200 dpi, seed-22 probe): section 四's
    /// fifteen zeros were read as thirteen numbers, `00` for the `0`s of two close columns, and
    /// no header fitted them: the row was left null (15 cells). A row's values run together may
    /// lie under as many columns as they have digits, no more.
    @Test func valuesRunTogetherFitAsManyColumnsAsTheirDigits() {
        func w(_ text: String, _ x0: Int, _ x1: Int) -> OCRWord { OCRWord(text: text, left: x0, top: 0, right: x1, bottom: 10, confidence: 90, startsLine: false) }
        let header = [(x0: 0, x1: 50), (x0: 100, x1: 150), (x0: 200, x1: 250)]
        #expect(OCRPageReader.numbers([(w("00", 20, 120), 0), (w("0", 210, 230), 0)], fit: header, runTogether: true))
        #expect(!OCRPageReader.numbers([(w("00", 20, 120), 0), (w("0", 210, 230), 0)], fit: header))
        #expect(!OCRPageReader.numbers([(w("0", 20, 120), 0)], fit: header, runTogether: true))
        #expect(!OCRPageReader.numbers([(w("00", 20, 220), 0)], fit: header, runTogether: true))
    }

    /// Regression (the 2019 report printed without rules, scanned at 240 dpi; 平潭's at 200 dpi):
    /// section 四's header has two lines in each column, the first wider than the second
    /// (`结果维` over `持`); reaching up from the second, each column stopped at the first as at a
    /// heading over several columns, was read as `持` or `25`, and the header was lost with the
    /// row under it. A column's box takes the ink joined to its own above it, up to a line that
    /// comes within reach of a neighbouring column (a heading over both).
    @Test func aHeadersFirstLineWiderThanItsColumnIsTheColumns() throws {
        var image = GrayImage(width: 600, height: 300)
        image.fill(x0: 100, y0: 200, x1: 140, y1: 240, value: 0)   // `持`
        image.fill(x0: 300, y0: 200, x1: 340, y1: 240, value: 0)   // `正`
        image.fill(x0: 100, y0: 140, x1: 230, y1: 180, value: 0)   // `结果维`
        image.fill(x0: 300, y0: 140, x1: 430, y1: 180, value: 0)   // `结果纠`
        image.fill(x0: 100, y0: 110, x1: 430, y1: 130, value: 0)   // a heading over both
        let first = try #require(OCRPageReader.wideColumnBox((x0: 100, x1: 140), from: 0, to: 299, neighbours: (false, true), regionTop: 200,
                                                             bottom: 250, highest: 0, image: image, threshold: 128, join: 10, blankRows: 19))
        #expect([first.x0, first.y0, first.x1, first.y1] as [Int] == [100, 140, 231, 241])
        let second = try #require(OCRPageReader.wideColumnBox((x0: 300, x1: 340), from: 141, to: 599, neighbours: (true, false), regionTop: 200,
                                                              bottom: 250, highest: 0, image: image, threshold: 128, join: 10, blankRows: 19))
        #expect([second.x0, second.y0, second.x1, second.y1] as [Int] == [300, 140, 431, 241])
        // A first line reaching into the next column's side is a heading over both: not the column's.
        var spanning = image
        spanning.fill(x0: 100, y0: 140, x1: 295, y1: 180, value: 0)
        let cut = try #require(OCRPageReader.wideColumnBox((x0: 100, x1: 140), from: 0, to: 299, neighbours: (false, true), regionTop: 200,
                                                           bottom: 250, highest: 0, image: spanning, threshold: 128, join: 10, blankRows: 19))
        #expect([cut.y0, cut.x1] as [Int] == [200, 141])
    }
}

/// A row of values with no label under its header: a table of one row without rules.
@Suite struct UnruledOneRowTableTests {
    func words(_ texts: [String]) -> [OCRWord] {
        texts.enumerated().map { k, t in OCRWord(text: t, left: 100 * k, top: 0, right: 100 * k + 30, bottom: 40, confidence: 90, startsLine: k == 0) }
    }

    /// Numbers, and short misreadings of them (`T'8` for `7 8`), with no label; not a row with
    /// a label, nor a page read upside down (its table's numbers beside its labels' garbage).
    @Test func aRowOfValuesWithNoLabelIsALoneRow() {
        #expect(OCRPageReader.loneRowOfValues(words(["5", "2", "T'8", "a", "9"])))
        #expect(OCRPageReader.loneRowOfValues(words(["0", "0", "0", "00", "oOo", "0"])))
        #expect(!OCRPageReader.loneRowOfValues(words(["一、本年新收", "0", "0", "0"])))
        #expect(!OCRPageReader.loneRowOfValues(words(["0", "0", "0", "0", "HNC", "349%"])))
        #expect(!OCRPageReader.loneRowOfValues(words(["0", "0", "ab", "cd"])))
    }

    /// Regression (平潭's print without rules fed sideways at 240 dpi, seed-32 probe, kept as
    /// `scans/real-pingtan-2020-no-rules-sideways-240dpi`): read as prose, section 四's fifteen
    /// zeros came back `0 0 0 0 0 0 0 0 0 人 性 0 0 0 0`; a Chinese character among them kept the
    /// line from being a lone row, its header was not read column by column, and the row was left
    /// null (15 cells). A lone Chinese character is a misreading too, one for four numbers or more;
    /// a word of two (a label's) still is not.
    @Test func aLoneChineseCharacterAmongARowsNumbersIsAMisreading() {
        let read = ["0", "0", "0", "0", "0", "0", "0", "0", "0", "人", "性", "0", "0", "0", "0"]
        #expect(OCRPageReader.loneRowOfValues(words(read)))
        #expect(!OCRPageReader.loneRowOfValues(words(["0", "0", "0", "人", "性"])))        // more than one for three numbers
        #expect(!OCRPageReader.loneRowOfValues(words(["0", "0", "0", "0", "0", "0", "0", "0", "其他"])))
    }

    /// Regression (平潭's print without rules fed sideways at 200 dpi, seed-35 probe): section
    /// 四's fifteen zeros came back `0 0 0 0 0530 0 0 0 =30:5 40 0 0 0 0`, two close zeros run
    /// together and one read with punctuation; `=30:5`, five characters, kept the line from being
    /// a lone row and the row was left null (15 cells). Digits and punctuation of any length are a
    /// misreading among four numbers or more for each such word; fewer, they may be a page's
    /// prose (`349%`), and letters never are.
    @Test func digitsAndPunctuationAmongManyZerosAreAMisreading() {
        let read = ["0", "0", "0", "0", "0530", "0", "0", "0", "=30:5", "40", "0", "0", "0", "0"]
        #expect(OCRPageReader.loneRowOfValues(words(read)))
        #expect(!OCRPageReader.loneRowOfValues(words(["0", "0", "0", "=30:5"])))          // fewer than four numbers for it
        #expect(!OCRPageReader.loneRowOfValues(words(["0", "0", "0", "0", "0", "0", "0", "0", "ab:cd"])))
    }

    /// Regression (the 2019 report printed without rules, fed sideways at 200 dpi, seed-35 probe
    /// 06): section 四's six values `5 2 7 8 1 9` came back `5 2 了 Ly -- 9`, as many misreadings
    /// as numbers and a lone Chinese character among three numbers; the line was read as prose
    /// and the row left null (6 cells). Numbers as many as the other words make a lone row, and a
    /// lone Chinese character among three; a date's characters (`2019 年 5 月 1 日`), more than
    /// one for three numbers, still do not, nor fewer numbers than other words.
    @Test func asManyMisreadingsAsNumbersMakeALoneRow() {
        #expect(OCRPageReader.loneRowOfValues(words(["5", "2", "了", "Ly", "--", "9"])))
        #expect(!OCRPageReader.loneRowOfValues(words(["2019", "年", "5", "月", "1", "日"])))
        #expect(!OCRPageReader.loneRowOfValues(words(["5", "2", "了", "Ly", "--", "ab", "9"])))
    }

    /// Regression (上海市科委 2024 printed without rules, centred and set tight, 300 dpi, kept as
    /// `scans/real-science-2024-centre-no-rules-tight-300dpi`): section 四's fifteen values came
    /// back as twelve on one line, the last one on a line of its own and two only from the ink
    /// left over (``OCRPageReader/droppedNumbers(in:words:outside:lineHeight:threshold:dpi:deadline:)``);
    /// with its header unread, twelve values for fifteen columns were placed nowhere (15 cells).
    /// The numbers at a lone row's height join its line; a number on a line with a label, a line
    /// lower, a found number under a word of the row and found numbers nowhere near a row do not.
    @Test func numbersAtALoneRowsHeightJoinIt() {
        func w(_ t: String, _ x: Int, _ y: Int, first: Bool = false) -> OCRWord {
            OCRWord(text: t, left: x, top: y, right: x + 25, bottom: y + 38, confidence: 90, startsLine: first)
        }
        let row = [w("1", 200, 1633, first: true)] + [370, 540, 710].map { w("0", $0, 1633) }
        let alone = [w("0", 2350, 1634, first: true)]
        let labelled = [w("其他", 1500, 1500, first: true), w("4", 1700, 1500)]
        let lower = [w("7", 900, 1700, first: true)]
        let found = [w("0", 2050, 1632), w("0", 2220, 1633), w("0", 545, 1633), w("9", 3000, 500)]
        let out = OCRPageReader.joiningRowsOfValues(row + labelled + alone + lower, found: found, outside: [])
        let lines = OCRPageReader.textLines(out).map { $0.map { "\($0.text)@\($0.left)" } }
        #expect(lines == [["1@200", "0@370", "0@540", "0@710", "0@2350", "0@2220", "0@2050"], ["其他@1500", "4@1700"], ["7@900"]])
        // Nothing to join: the words as they were, found numbers left out.
        let none = OCRPageReader.joiningRowsOfValues(labelled + lower, found: found, outside: [])
        #expect(none.map(\.left) == [1500, 1700, 900])
    }
}
