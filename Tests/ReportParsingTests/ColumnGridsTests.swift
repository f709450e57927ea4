import Testing
@testable import ReportParsing

/// Columns measured on a table's complete rows, page by page.
@Suite struct ColumnGridsTests {
    // `pdftotext -layout` of 上海市科委's 2024 page printed on A5 (make_prints `--styles`): the
    // applications table's complete rows put their seven values at characters 19…31 on page 3 and
    // 18…33 on page 4, where the gap before 法律服务机构 is wider.
    let page3: [Double] = [19, 21, 23, 25, 27, 29, 31]
    let page4: [Double] = [18, 20, 22, 24, 29, 31, 33]

    /// Regression: one grid for the whole table (the median of its complete rows, most of them on
    /// page 3) put page 4's `四、结转下年度继续办理 1 0 0 0 0 0` (at 18 … 31, its total printed
    /// blank) one column right: 法律服务机构 blank, 其他 and 总计 0 (a wrong number where the
    /// source prints none). A row is read against its own page's columns.
    @Test func aRowIsReadAgainstItsOwnPagesColumns() {
        let grids = ColumnGrids(rows: [7: [(3, page3), (3, page3), (3, page3), (4, page4), (4, page4)]])
        #expect(grids.grid(columns: 7, page: 4) == page4)
        #expect(grids.grid(columns: 7, page: 3) == page3)
        // A page with no complete row of its own: the pages disagree, so no columns.
        #expect(grids.grid(columns: 7, page: 5) == nil)
        #expect(grids.measured(columns: 7) && !grids.measured(columns: 3))
    }

    /// Where pages agree (a PDF's points, the same table width on every page), a page without a
    /// complete row of its own reads against the whole table's columns.
    @Test func pagesThatAgreeLendTheirColumns() {
        let grids = ColumnGrids(rows: [3: [(1, [100, 200, 300]), (2, [100.5, 200, 300.5]), (2, [100, 199.5, 300])]])
        #expect(grids.grid(columns: 3, page: 3) == [100, 200, 300])
    }
}
