import DocumentModel

/// Recognises labels printed one character per line down a merged cell (`三` / `、` / `本` / `年` /
/// `度` / …): a run of at least `minimumRun` consecutive rows each holding a one- or two-character
/// label fragment in the same column is joined into one label on the run's first row.
/// Catches vertical labels the lexicon does not know; known ones are joined earlier.
public struct JoinVerticalLabels: TableRule {
    public static let name = "join-vertical-labels"

    public var matcher: ColumnMatcher
    public var minimumRun: Int = 3

    public init(matcher: ColumnMatcher) {
        self.matcher = matcher
    }

    public func apply(_ table: Table) -> TableRepair {
        var rows = table.rows
        var joins = 0
        var i = 0
        while i < rows.count {
            guard let c = rows[i].cells.firstIndex(where: Self.isFragment), ColumnMatcher.hasPosition(rows[i].cells[c]) else {
                i += 1
                continue
            }
            let anchor = rows[i].cells[c]
            var run: [(Int, Int)] = [(i, c)]
            var j = i + 1
            while j < rows.count,
                  let k = rows[j].cells.firstIndex(where: { Self.isFragment($0) && matcher.sameColumn($0, anchor) }) {
                run.append((j, k))
                j += 1
            }
            if run.count >= minimumRun {
                var text = ""
                var raw: [String] = []
                for (r, k) in run {
                    text += rows[r].cells[k].text
                    raw.append(rows[r].cells[k].raw)
                    if r != i {
                        rows[r].cells[k].text = ""
                        rows[r].cells[k].raw = ""
                    }
                }
                rows[i].cells[c].text = text
                rows[i].cells[c].raw = raw.joined(separator: "\n")
                joins += run.count - 1
                i = j
            } else {
                i += 1
            }
        }
        rows.removeAll { $0.cells.allSatisfy(\.text.isEmpty) }
        return TableRepair(Table(rows: rows), joins)
    }

    /// One or two characters of Chinese (or 、) that are not a value.
    static func isFragment(_ c: Cell) -> Bool {
        let u = c.text.unicodeScalars
        return (1...2).contains(u.count) && u.allSatisfy { ScalarClass.isHan($0) || $0 == "、" }
    }
}
