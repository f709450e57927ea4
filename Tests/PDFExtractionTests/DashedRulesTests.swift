import Testing
@testable import PDFExtraction

/// Tables drawn with dashed borders (`DashedRules`).
@Suite struct DashedRulesTests {
    typealias Drawing = ScanImageTests.Drawing

    /// A table of three rows and two columns (rules at y 100…400, x 50, 400, 750), its rules
    /// dashed: dashes `dash` long, `gap` apart, 3 pixels thick, as a 300 dpi scan of Chromium's
    /// `border: 1px dashed` gives them (10 and 5).
    func dashedTable(dash: Int = 10, gap: Int = 5) -> Drawing {
        var d = Drawing(800, 600)
        for y in stride(from: 100, through: 400, by: 100) {
            for x in stride(from: 50, to: 751, by: dash + gap) { d.box(x, y - 1, min(dash, 751 - x), 3) }
        }
        for x in [50, 400, 750] {
            for y in stride(from: 99, to: 402, by: dash + gap) { d.box(x - 1, y, 3, min(dash, 402 - y)) }
        }
        return d
    }

    /// Regression (style probe `31-shanghai-science-2024-dashed-200dpi`: Chromium's print of the
    /// 2024 report with dashed borders, scanned): every rule was cut at each gap into pieces too
    /// short for a line, no table was found, and recognition read the dashes as text around the
    /// numbers (`eeeeeeeeer信息内容`, `0 ©©‘0 0 ||`): 1 of 200 cells. Joined, the dashes are the
    /// table's rules.
    @Test func aTableDrawnWithDashedRulesIsFound() throws {
        let d = dashedTable()
        #expect(TableGrid.grids(from: RulingLines.find(in: d.image, threshold: 128)).isEmpty)
        let joined = try #require(d.image.dashedRulesJoined(threshold: 128))
        let lines = RulingLines.find(in: joined, threshold: 128)
        #expect(lines.horizontal.map(\.center) == [100, 200, 300, 400])
        #expect(lines.vertical.map(\.center).sorted() == [50, 400, 750])
        let grids = TableGrid.grids(from: lines)
        #expect(grids.count == 1)
        #expect(grids.first?.cells.count == 6)
    }

    /// The page's table step takes the joined rules; at 200 dpi the same print's dashes are 8
    /// pixels with gaps of 3.
    @Test func thePagesTablesAreFoundThroughItsDashedRules() {
        for (dash, gap, dpi) in [(10, 5, 300), (8, 3, 200)] {
            let d = dashedTable(dash: dash, gap: gap)
            let (_, grids) = OCRPageReader.tables(in: d.image, threshold: 128, scale: OCRTuning.Scale(dpi: dpi), tuning: OCRTuning())
            #expect(grids.map(\.cells.count) == [6], "dash \(dash), gap \(gap) at \(dpi) dpi")
        }
    }

    /// Strokes of characters along a line of text are as thick as a stroke across the line (short
    /// runs), or lie irregularly: no dashed line. A table drawn solid has none either.
    @Test func strokesOfTextAndSolidRulesAreNoDashedLines() {
        var text = Drawing(800, 500)
        for row in 0..<8 {
            let top = 40 + row * 55
            var x = 60
            for k in 0..<40 {
                text.box(x, top, 4, 40)                              // an upright: 4 px across a line
                text.box(x - 6, top + 20, 6 + 3 * (k % 4) + 4, 3)    // a stroke across, of varying length
                x += 9 + 5 * (k % 3)
            }
        }
        #expect(text.image.dashedRulesJoined(threshold: 128) == nil)
        var solid = Drawing(800, 500)
        for y in stride(from: 100, through: 400, by: 100) { solid.hline(y: y, from: 50, to: 751) }
        for x in [50, 400, 750] { solid.vline(x: x, from: 99, to: 402) }
        #expect(solid.image.dashedRulesJoined(threshold: 128) == nil)
    }

    /// A dashed line's gaps are filled; the runs beside it (text after the line's end, at a wider
    /// gap) are left alone.
    @Test func onlyTheGapsOfTheDashedLineAreFilled() {
        let runs = (0..<10).map { (100 + $0 * 15, 109 + $0 * 15) } + [(270, 273)]
        let lines = GrayImage.dashedLines(runs, options: .init())
        #expect(lines.map(\.pattern) == [.init(dash: 10, gap: 5)])
        #expect(lines.first?.gaps == (0..<9).map { (110 + $0 * 15)...(114 + $0 * 15) })
    }

    /// Regression (the 2019 report's dashed print scanned at 240 dpi): the row of section 二's
    /// table carried over to the next page had sides of five dashes, too few for a dashed line on
    /// their own; its `60` and `368` ran together into one cell and the row was left null. Three
    /// dashes of the page's pattern are a line; three of another dash or gap are not.
    @Test func aFewDashesOfThePagesPatternAreALine() {
        let three = (0..<3).map { (100 + $0 * 15, 109 + $0 * 15) }
        #expect(GrayImage.dashedLines(three, options: .init()).isEmpty)
        #expect(GrayImage.dashedLines(three, options: .init(), of: .init(dash: 10, gap: 5)).count == 1)
        #expect(GrayImage.dashedLines(three, options: .init(), of: .init(dash: 10, gap: 12)).isEmpty)
        #expect(GrayImage.dashedLines(three, options: .init(), of: .init(dash: 20, gap: 5)).isEmpty)
    }

    /// End to end: a page of dashed tables whose last table is one row of four cells, its sides
    /// six dashes long (fewer than a line's eight): all its sides are found.
    @Test func aOneRowTablesShortDashedSidesAreFound() throws {
        var d = dashedTable()
        for x in stride(from: 50, to: 751, by: 15) {
            for y in [450, 525] { d.box(x, y - 1, min(10, 751 - x), 3) }
        }
        for x in [50, 300, 500, 750] {
            for y in stride(from: 449, to: 526, by: 15) { d.box(x - 1, y, 3, min(10, 526 - y)) }
        }
        let joined = try #require(d.image.dashedRulesJoined(threshold: 128))
        let lines = RulingLines.find(in: joined, threshold: 128)
        #expect(lines.vertical.filter { $0.along0 >= 440 }.map(\.center).sorted() == [50, 300, 500, 750])
    }
}
