import Testing
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
}
