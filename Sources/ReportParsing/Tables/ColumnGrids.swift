/// Where a table's columns stand, measured on its complete rows (a value in every column): per
/// number of columns, the median of each column's value centres, page by page. A text extract
/// laid out by `pdftotext -layout` places each page's characters on a grid of its own (the same
/// column stood at character 19 on one page and 18 on the next; a row on the second page, read
/// against the first page's columns, had its values one column off). A row is read against the
/// columns of its own page; on a page with no complete row, against the whole table's columns
/// only where every page that has them agrees on them.
struct ColumnGrids {
    private var byPage: [Int: [Int: [Double]]] = [:]
    private var whole: [Int: [Double]] = [:]

    /// `rows`: per number of columns, the value centres of each complete row and its page.
    init(rows: [Int: [(page: Int, xs: [Double])]]) {
        for (n, samples) in rows {
            func median(_ rows: [[Double]]) -> [Double] {
                (0..<n).map { c in
                    let col = rows.map { $0[c] }.sorted()
                    return col[col.count / 2]
                }
            }
            let pages = Dictionary(grouping: samples, by: \.page).mapValues { median($0.map(\.xs)) }
            byPage[n] = pages
            let all = median(samples.map(\.xs))
            let quarterGap = (zip(all, all.dropFirst()).map { $1 - $0 }.min() ?? 0) / 4
            if pages.values.allSatisfy({ zip($0, all).allSatisfy { abs($0 - $1) < quarterGap } }) { whole[n] = all }
        }
    }

    /// The columns of rows of `n` columns on `page`.
    func grid(columns n: Int, page: Int?) -> [Double]? {
        if let page, let own = byPage[n]?[page] { return own }
        return whole[n]
    }

    /// Whether rows of `n` columns have columns measured on any page.
    func measured(columns n: Int) -> Bool { byPage[n] != nil }
}
