import DocumentModel

/// Rows a page prints with nothing after their labels.
///
/// A row whose cells are all blank leaves only its label. Read by line geometry (a table without
/// rules, or a row the grid reading could not use, such as the last row before a page break that
/// Chromium draws without its bottom rule), the labels of such rows gather until the next row's
/// values come, as the labels of a column-ordered extract do, and the rows were left null as a
/// block that could not be confirmed (`rows-values-unplaced`). On a page, a value belongs with the
/// label on its own line: where the values' line holds a label naming one row, and each line of
/// labels before it names earlier rows (one, or several one after another), those earlier rows
/// are printed blank. Only where the labels' lines are known to print nothing else: on pages read
/// from a text layer, or lines OCR read with blank paper after their text (``Line/blankAfterText``:
/// a prose line with no ink after it, a grid row whose cells after its label hold none); elsewhere
/// on a scan a row with nothing read may hold ink OCR could not read.
extension TableReader {
    /// The rows printed blank before `value`'s row, each with its label items, and the labels
    /// left for `value`'s row; nil unless the labels and the value are on a page (the labels'
    /// lines on a PDF's text layer, or blank after their text) and fall into rows line by line as
    /// described above.
    func blankRowsBefore(_ value: StreamItem, pending: [Int], next: Int, lastRowKey: String?)
        -> (blank: [(row: Int, labels: [Int], text: String)], own: [Int])? {
        guard positionsInPoints, let split = pending.firstIndex(where: { stream[$0].ref == value.ref }), split > 0,
              pending[..<split].allSatisfy({ textLayerPages.contains(stream[$0].ref.page) || blankAfterText.contains(stream[$0].ref) }) else {
            return nil
        }
        let own = Array(pending[split...])
        // The values' own label may name no row where it starts an item OCR misread (`(+) 4计`
        // for （七）总计); the row is then named by its place (``nameByPosition``), after the blank
        // rows. Other text naming no row is the end of the label above (`一、本年新收政府信息公开`
        // over `申请数量 20 0 …`).
        let named = identify(own, from: next, lastRowKey: lastRowKey)
        guard named.rows.count == 1 || named.rows.isEmpty && ItemNumber.startsMisreadItem(stream[own[0]].text) else { return nil }
        let row = named.rows.first ?? template.rows.count
        var lines: [[Int]] = []
        for i in pending[..<split] {
            if let last = lines.last?.last, stream[last].ref == stream[i].ref {
                lines[lines.count - 1].append(i)
            } else {
                lines.append([i])
            }
        }
        var blank: [(row: Int, labels: [Int], text: String)] = []
        var from = next
        var key = lastRowKey
        for line in lines {
            let n = identify(line, from: from, lastRowKey: key)
            // A line may name several rows one after another (the labels of blank rows without
            // rules between them, read as one row of a scan's table: `2.其他法律…公开 3.危及…
            // 4.保护第三方合法权益`): each is printed blank, and so is a row between two it names
            // whose label OCR misread there (`3. ER HRS AP”` for 3.危及“三安全一稳定”: the rows
            // are in order, so its label is on that line), unless it is one of alternative rows.
            let named = n.rows.sorted()
            guard let first = named.first, let last = named.last, last < row,
                  (first...last).allSatisfy({ named.contains($0) || template.rows[$0].alternative == nil }) else { return nil }
            let rows = Array(first...last)
            for r in rows {
                blank.append((r, r == first ? line : [], n.labels[r] ?? line.map { stream[$0].text }.joined()))
            }
            from = last + 1
            key = template.rows[last].key
        }
        // The values' row must still be the one its own labels name after the blank rows (or none).
        guard identify(own, from: from, lastRowKey: key).rows == named.rows else { return nil }
        return (blank, own)
    }
}
