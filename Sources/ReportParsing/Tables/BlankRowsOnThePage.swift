/// Rows a page prints with nothing after their labels.
///
/// A row whose cells are all blank leaves only its label. Read by line geometry (a table without
/// rules, or a row the grid reading could not use, such as the last row before a page break that
/// Chromium draws without its bottom rule), the labels of such rows gather until the next row's
/// values come, as the labels of a column-ordered extract do, and the rows were left null as a
/// block that could not be confirmed (`rows-values-unplaced`). On a page, a value belongs with the
/// label on its own line: where the values' line holds a label naming one row, and each line of
/// labels before it names one earlier row, those earlier rows are printed blank. Only on pages
/// read from a text layer: on a scan, a row with nothing read may hold ink OCR could not read.
extension TableReader {
    /// The rows printed blank before `value`'s row, each with its label items, and the labels
    /// left for `value`'s row; nil unless the labels and the value are on a PDF's text-layer pages and
    /// fall into rows line by line as described above.
    func blankRowsBefore(_ value: StreamItem, pending: [Int], next: Int, lastRowKey: String?)
        -> (blank: [(row: Int, labels: [Int], text: String)], own: [Int])? {
        guard positionsInPoints, textLayerPages.contains(value.ref.page), pending.allSatisfy({ textLayerPages.contains(stream[$0].ref.page) }),
              let split = pending.firstIndex(where: { stream[$0].ref == value.ref }), split > 0 else {
            return nil
        }
        let own = Array(pending[split...])
        let named = identify(own, from: next, lastRowKey: lastRowKey)
        guard named.rows.count == 1, let row = named.rows.first else { return nil }
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
            guard n.rows.count == 1, let r = n.rows.first, r < row else { return nil }
            blank.append((r, line, n.labels[r] ?? line.map { stream[$0].text }.joined()))
            from = r + 1
            key = template.rows[r].key
        }
        // The values' row must still be the one its own labels name after the blank rows.
        guard identify(own, from: from, lastRowKey: key).rows == [row] else { return nil }
        return (blank, own)
    }
}
