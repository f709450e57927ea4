import Testing
@testable import PDFExtraction

/// Tables whose cells are shaded (`ShadedCells`).
@Suite struct ShadedCellsTests {
    typealias Drawing = ScanImageTests.Drawing

    /// A table of three rows and two columns (rules at y 100…400, x 50, 400, 750) on paper of
    /// level 243, its first row filled at `fill` with JPEG-like noise of ±`noise` (repeatable).
    func shadedTable(fill: Int = 218, noise: Int = 12) -> Drawing {
        var d = Drawing(800, 500)
        d.box(0, 0, 800, 500, level: 243)
        var state: UInt32 = 12345
        for y in 101..<200 {
            for x in 51..<750 {
                state = state &* 1_103_515_245 &+ 12345
                let jitter = Int((state >> 16) % UInt32(2 * noise + 1)) - noise
                d.image.pixels[y * 800 + x] = UInt8(fill + jitter)
            }
        }
        for y in stride(from: 100, through: 400, by: 100) { d.hline(y: y, from: 50, to: 751, level: 60) }
        for x in [50, 400, 750] { d.vline(x: x, from: 99, to: 402, level: 60) }
        return d
    }

    /// Regression (style probe `30-shanghai-office-2019-header-fill-300dpi`: Chromium's print of the
    /// 2019 report, header rows filled `#dbe5f1`, scanned): the fill, 25 levels under the paper
    /// and speckled by JPEG, half counted as ink at the rules' threshold (paper − 30), and the rules
    /// inside and under the header rows were lost: the first row under them ran together with the
    /// header (`信息内容 规章 本年新制作数量 13`), and section 五's header with its values (189 of
    /// 198). Against the paper on both sides of each pixel, the fill is paper.
    @Test func rulesAroundAShadedRowAreFound() {
        let d = shadedTable()
        let plain = TableGrid.grids(from: RulingLines.find(in: d.image, threshold: 213))
        #expect(plain.map(\.cells.count).reduce(0, +) < 6)
        #expect(d.image.hasShadedAreas(paper: 243, block: 24, minimumDarkness: 12, maximumDarkness: 90, minimumBlocks: 30))
        let (_, grids) = OCRPageReader.tables(in: d.image, threshold: 128, scale: OCRTuning.Scale(dpi: 300), tuning: OCRTuning())
        #expect(grids.map(\.cells.count) == [6])
    }

    /// An even fill comes out as paper, a rule in it or beside it as dark as it stands out; the
    /// fill beside a rule with paper across it is still paper (both sides count, not one).
    @Test func theFillIsPaperAndTheRulesStandOut() {
        let relative = shadedTable(noise: 0).image.darknessBelowPaperAround(radius: 12)
        #expect(relative[200, 150] == 255)          // the fill
        #expect(relative[200, 196] == 255)          // the fill just above the rule under it
        #expect(relative[396, 150] == 255)          // the fill just left of a side
        #expect(relative[200, 250] == 255)          // paper
        // The rules above and under the fill: as dark below the fill as the fill is above them.
        #expect(relative[200, 100] == 255 - (218 - 60) && relative[200, 200] == 255 - (218 - 60))
        #expect(relative[200, 300] == 255 - (243 - 60))   // a rule on paper
        #expect(relative[400, 150] == 255 - (218 - 60))   // a side in the fill
        #expect(relative[400, 300] == 255 - (243 - 60))   // a crossing
    }

    /// Pages without fills: a table drawn on plain paper, a page of text (strokes and paper in
    /// every square) have no shaded areas, nor has paper a little uneven.
    @Test func plainPagesHaveNoShadedAreas() {
        var table = Drawing(800, 500)
        table.box(0, 0, 800, 500, level: 243)
        for y in stride(from: 100, through: 400, by: 100) { table.hline(y: y, from: 50, to: 751, level: 60) }
        for x in [50, 400, 750] { table.vline(x: x, from: 99, to: 402, level: 60) }
        #expect(!table.image.hasShadedAreas(paper: 243, block: 24, minimumDarkness: 12, maximumDarkness: 90, minimumBlocks: 30))
        var text = Drawing(800, 500)
        text.box(0, 0, 800, 500, level: 243)
        for row in 0..<10 {
            for x in stride(from: 40, to: 760, by: 11) { text.box(x, 30 + row * 45, 4, 34, level: 40) }
        }
        #expect(!text.image.hasShadedAreas(paper: 243, block: 24, minimumDarkness: 12, maximumDarkness: 90, minimumBlocks: 30))
        var uneven = Drawing(800, 500)
        for y in 0..<500 { uneven.box(0, y, 800, 1, level: UInt8(243 - y / 60)) }   // 243 to 235
        #expect(!uneven.image.hasShadedAreas(paper: 243, block: 24, minimumDarkness: 12, maximumDarkness: 90, minimumBlocks: 30))
    }

    /// The running maximum over a window before, around or after each position.
    @Test func theRunningMaximumCoversItsWindow() {
        let values: [UInt8] = [1, 9, 3, 4, 2, 8, 5, 0, 7, 6]
        func naive(_ from: Int, _ window: Int) -> [UInt8] {
            values.indices.map { k in values[max(0, k + from)...min(values.count - 1, k + from + window - 1)].max()! }
        }
        for (from, window) in [(0, 3), (-2, 3), (-1, 3), (0, 1), (-4, 5), (0, 12)] {
            #expect(GrayImage.runningMaximum(values, count: values.count, from: from, window: window) == naive(from, window),
                    "from \(from), window \(window)")
        }
    }
}
