import Testing
@testable import PDFExtraction

/// Sides one row high beside other tables' rules (`OneRowRules`).
@Suite struct OneRowRulesTests {
    typealias Drawing = ScanImageTests.Drawing

    /// Options as the page reader sets them at 300 dpi: sides of one row sought at 40 px, in
    /// line with a table's sides at 60.
    var options: RulingLines.Options {
        var o = RulingLines.Options()
        o.oneRowMinimumVerticalLength = 40
        o.inLineMinimumVerticalLength = 60
        return o
    }

    /// A table from x 50 to 750: a row of four cells (rules at y 100 and 170: sides 67 px between
    /// the rules' edges, under the 70 of a side, 73 with the rules), a title row across the
    /// table (170 to 245), and two rows of the same four cells (245 to 395), as the 2019
    /// report's active-disclosure table prints 规范性文件's row alone at the top of a page.
    func tableWithARowAbove(firstRowSides: [Int] = [300, 500], lowerSides: [Int] = [300, 500]) -> Drawing {
        var d = Drawing(800, 700)
        for y in [100, 170, 245, 320, 395] { d.hline(y: y, from: 50, to: 751) }
        for x in [50, 750] { d.vline(x: x, from: 99, to: 397) }
        for x in firstRowSides { d.vline(x: x, from: 99, to: 172) }
        for x in lowerSides { d.vline(x: x, from: 244, to: 397) }
        return d
    }

    /// Regression (the 2019 report's Chromium print with shaded headers scanned at 200 and
    /// 240 dpi, seed-36 and 37 probes; its dashed print at 300 dpi): 规范性文件's row at the top
    /// of a page, above 第二十条第（五）项's title row, had its column sides 69 px long between
    /// the rules, one short of a side: the row was one cell, `60 60 368` run together, and its
    /// three values were left null. Sides one row high in line with the table's sides below are
    /// its sides.
    @Test func aRowsShortSidesInLineWithTheTablesSidesAreFound() {
        let d = tableWithARowAbove()
        let plain = RulingLines.find(in: d.image, threshold: 128)
        #expect(plain.vertical.filter { $0.along1 < 210 }.isEmpty)
        let lines = RulingLines.find(in: d.image, threshold: 128, options: options)
        #expect(lines.vertical.filter { $0.along1 < 210 }.map(\.center).sorted() == [300, 500])
        let grids = TableGrid.grids(from: lines)
        #expect(grids.count == 1)
        #expect(grids.first?.bands.first?.edges == [50, 300, 500, 750])
        #expect(grids.first?.cells.count == 3 + 1 + 3 + 3)
    }

    /// Sides that short elsewhere are not taken: not in line with a side of the table (the
    /// stroke of a character in a tight row, touching its rules), nor in line with one but
    /// closer than a narrow cell to the row's side (`亻`'s upright 19 px from the table's left
    /// side, in line with the same stroke in other rows).
    @Test func shortSidesOutOfLineOrBesideTheRowsSideAreNotTaken() {
        let alone = tableWithARowAbove(firstRowSides: [300, 420], lowerSides: [300, 500])
        let lines = RulingLines.find(in: alone.image, threshold: 128, options: options)
        #expect(lines.vertical.filter { $0.along1 < 210 }.map(\.center) == [300])
        let beside = tableWithARowAbove(firstRowSides: [69, 300], lowerSides: [69, 300])
        let near = RulingLines.find(in: beside.image, threshold: 128, options: options)
        #expect(near.vertical.filter { $0.along1 < 210 }.map(\.center) == [300])
    }

    /// A table of one row below another table (section 四's last row carried to a page with
    /// the review table above it): its rules are crossed by no side long enough, and the page
    /// has a table, so sides one row high were not sought. Two rules of one extent, a row
    /// apart, with a side at each end and one between, are a table of one row; a box around a
    /// line (two sides) is not.
    @Test func aOneRowTableBesideAnotherTableIsFound() {
        func page(sides: [Int]) -> Drawing {
            var d = Drawing(800, 700)
            for y in [100, 200, 300] { d.hline(y: y, from: 50, to: 751) }
            for x in [50, 400, 750] { d.vline(x: x, from: 99, to: 302) }
            for y in [450, 513] { d.hline(y: y, from: 100, to: 701) }
            for x in sides { d.vline(x: x, from: 449, to: 515) }
            return d
        }
        let plain = RulingLines.find(in: page(sides: [100, 300, 500, 700]).image, threshold: 128)
        #expect(plain.vertical.filter { $0.along0 > 400 }.isEmpty)
        let lines = RulingLines.find(in: page(sides: [100, 300, 500, 700]).image, threshold: 128, options: options)
        #expect(lines.vertical.filter { $0.along0 > 400 }.map(\.center).sorted() == [100, 300, 500, 700])
        let grids = TableGrid.grids(from: lines)
        #expect(grids.count == 2)
        #expect(grids.map(\.cells.count).sorted() == [3, 4])
        let box = RulingLines.find(in: page(sides: [100, 700]).image, threshold: 128, options: options)
        #expect(box.vertical.filter { $0.along0 > 400 }.isEmpty)
    }

    /// A table from x 50 to 750 with a header row (`rules[0]` to `rules[1]`) and rows below, its
    /// sides at 50, 300 and 750 `width` px wide, and a column side at 500 `columnWidth` wide
    /// from the top to the bottom, which the type in the header row from `touched.0` to
    /// `touched.1` comes close to on both sides (as `尚未审结` and `总计` do): a band of the run
    /// with a little ink close on both sides (`closeRows` rows each). The header row is drawn
    /// shorter than a side (65 px): such a band at a run's end that long would be a side.
    func tableWithATouchedSide(rules: [Int], touched: (Int, Int), closeRows: Int = 5, width: Int = 7, columnWidth: Int = 7) -> Drawing {
        var d = Drawing(800, 400)
        let top = rules[0] - 1, bottom = rules[rules.count - 1] + 2
        for y in rules { d.hline(y: y, from: 50, to: 751) }
        for x in [50, 300, 750] { d.box(x - width / 2, top, width, bottom - top) }
        d.box(500 - columnWidth / 2, top, columnWidth, bottom - top)
        // Strokes of the type close beside it, `closeRows` rows high, on its left in the upper
        // half of the row and on its right in the lower half.
        let left = 500 - columnWidth / 2, right = left + columnWidth, middle = (touched.0 + touched.1) / 2
        d.box(left - 4, middle - 10 - closeRows, 2, closeRows)
        d.box(right + 2, middle + 10, 2, closeRows)
        return d
    }

    /// The value row's sides, as found with the page reader's options and without.
    func valueRowSides(_ d: Drawing, below y: Int) -> (plain: [Int], found: [Int]) {
        let plain = RulingLines.find(in: d.image, threshold: 128)
        let lines = RulingLines.find(in: d.image, threshold: 128, options: options)
        func sides(_ l: RulingLines) -> [Int] { l.vertical.filter { $0.along1 > y + 30 && $0.along0 <= y + 10 }.map(\.center).sorted() }
        return (sides(plain), sides(lines))
    }

    /// Regression (the 2019 report's Chromium print set landscape, scanned at 200 dpi and fed
    /// sideways, style probe 00): the review table's side between 尚未审结 and 总计 of 复议后起诉,
    /// the header's type close on both its sides, was cut in the header's row, and its piece in
    /// the value row (62 px at 300 dpi) was too short for a side: the value row was 14 cells for
    /// 15 columns and its six values were left null. The piece's run goes on into the header,
    /// at the width of the row's sides: it is a side.
    @Test func aSideCutByTheHeadersTypeKeepsItsPieceInTheValueRow() {
        let d = tableWithATouchedSide(rules: [100, 165, 233], touched: (100, 165))
        let sides = valueRowSides(d, below: 165)
        #expect(sides.plain == [50, 300, 750])
        #expect(sides.found == [50, 300, 500, 750])
        let grids = TableGrid.grids(from: RulingLines.find(in: d.image, threshold: 128, options: options))
        #expect(grids.count == 1)
        #expect(grids.first?.bands.last?.edges.count == 4)
    }

    /// Not taken: a piece narrower than the row's sides (a character's stroke, chained through
    /// the rule to a stroke in the row above), nor a piece of 45 px (under the 60 of a side in
    /// line).
    @Test func aCutPieceNarrowerThanTheRowsSidesOrShorterThanASideInLineIsNotTaken() {
        let narrow = tableWithATouchedSide(rules: [100, 165, 233], touched: (100, 165), columnWidth: 3)
        #expect(valueRowSides(narrow, below: 165).found == [50, 300, 750])
        let short = tableWithATouchedSide(rules: [100, 165, 210], touched: (100, 165))
        #expect(valueRowSides(short, below: 165).found == [50, 300, 750])
    }
}
