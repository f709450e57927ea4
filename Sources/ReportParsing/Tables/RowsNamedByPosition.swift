import DocumentModel

/// Rows whose printed label names no row (misread, misprinted), named by their place among
/// the rows found.
extension TableReader {
    /// Unnamed rows between two found rows, as many as the template rows between them (of the
    /// variants the table shows, none found elsewhere), or fewer, each sharing a clear run of its
    /// label with one of them (``rowsByLabel(_:candidates:byRunOnly:)``), and unnamed rows after
    /// the last row found, each sharing a clear run of its label with one of the rows left, and
    /// unnamed rows before the first row found, as many as the template rows before it, read by
    /// OCR: those rows, in order, each with a warning, when every one of them proves to be a row.
    /// A row proves it with one row's worth of values, or, in a grid of cells (a 2019 table prints
    /// blank cells), with at most that many values and nothing but values and blanks in as many
    /// fields as a row beside it has (a label cut apart by stray marks read as rules, its pieces
    /// taken for cells, does not). Others are dropped with their values, named in a warning.
    func nameByPosition(_ matches: inout [RowMatch], into result: inout Result) {
        guard matches.contains(where: \.unnamed) else { return }
        let found = Set(matches.filter { !$0.unnamed }.flatMap(\.rows))
        var variants: [String: String] = [:]
        for r in found {
            if let alt = template.rows[r].alternative, let v = template.rows[r].variant { variants[alt] = v }
        }
        var named: [Int: (row: Int, between: (Int, Int?))] = [:]     // match index -> template row, found rows around
        var merged: [Int: [Int]] = [:]     // match index -> the candidates whose item numbers its label holds
        let headers = headerExtents(matches)?.extents
        var k = 0
        while k < matches.count {
            guard matches[k].unnamed else { k += 1; continue }
            var end = k
            while end + 1 < matches.count, matches[end + 1].unnamed { end += 1 }
            defer { k = end + 1 }
            let gap = Array(k...end)
            let beforeMatch = matches[..<k].lastIndex { !$0.unnamed && !$0.rows.isEmpty }
            let afterMatch = matches[(end + 1)...].firstIndex { !$0.unnamed && !$0.rows.isEmpty }
            // After the table's last row found, its rows left (none found to close the gap): named
            // only by their labels (`政府集中有染购` for 政府集中采购, the table's last row).
            let atEnd = afterMatch == nil
            // Before the table's first row found, its rows before that one, when as many as the
            // unnamed rows and their labels were read by OCR (`需章 13 13 524`, `需苑性文件 60 60
            // 368` for 规章 and 规范性文件, the 2019 tight print at 300 dpi, seed-39 probe; the first
            // label holds the header read before it). A text's labels are not misread: one that
            // names no row there is no row of the template's.
            let atStart = beforeMatch == nil
            guard !(atStart && atEnd) else { continue }
            guard !atStart || gap.allSatisfy({ i in matches[i].labelItems.contains { stream[$0].confidence != nil } }) else { continue }
            let a = beforeMatch.flatMap { matches[$0].rows.max() } ?? -1
            let c = afterMatch.flatMap { matches[$0].rows.min() } ?? template.rows.count
            guard c > a + 1 else { continue }
            // The rows between the neighbours, of the variants the table shows.
            let candidates = (a + 1..<c).filter { r in
                let row = template.rows[r]
                guard let alt = row.alternative else { return true }
                guard let shown = variants[alt] else { return true }
                return shown == row.variant
            }
            guard candidates.count >= gap.count, candidates.allSatisfy({ !found.contains($0) }),
                  !atStart || candidates.count == gap.count else { continue }
            // A label holding two rows' item numbers (`(=) RF4.傈护第二万合法权簿公开5.履
            // -“二严内部种人务信和已`, 4.保护第三方合法权益's and 5.属于三类内部事务信息's lines read as
            // one, a single value after them) is two rows' labels run together: its values may be
            // either row's. No row of the gap is named.
            let holding = gap.map { i in
                let text = Array(matches[i].labelItems.map { stream[$0].text }.joined().unicodeScalars)
                return candidates.filter { Self.holdsItemNumber(text, of: Array(template.rows[$0].label.unicodeScalars)) }
            }
            // Two numbers, not two rows: rows of two groups share a number (`1.本机关…`, `1.信访…`).
            let numbers = holding.map { rows in Set(rows.map { template.rows[$0].label.prefix { $0.isASCII && $0.isNumber } }) }
            if let k = numbers.indices.first(where: { numbers[$0].count >= 2 }) {
                merged[gap[k]] = holding[k]
                continue
            }
            // More template rows than unnamed ones (a blank row's label lost too): each is the
            // row its misread label shares the most with, in order, when that is clear.
            guard let rows = candidates.count == gap.count && !atEnd ? candidates
                    : rowsByLabel(gap.map { i in matches[i].labelItems.map { stream[$0].text }.joined() }, candidates: candidates, byRunOnly: atEnd) else { continue }
            let widths = [beforeMatch, afterMatch].map { i in i.flatMap { i in matches[i].runs.first.flatMap { tabFields(of: $0, labelEnd: labelEnd(matches[i]))?.width } } }
            let proven = zip(gap, rows).allSatisfy { i, r in
                provesARow(matches[i], columns: template.rows[r].columns.count, neighbourWidths: widths, headers: headers)
            }
            guard proven else { continue }
            for (i, r) in zip(gap, rows) { named[i] = (r, (a, atEnd ? nil : c)) }
        }
        var kept: [RowMatch] = []
        for (k, m) in matches.enumerated() {
            guard m.unnamed else { kept.append(m); continue }
            let label = m.labelItems.map { stream[$0].text }.joined()
            if let (r, (a, c)) = named[k] {
                var row = m
                row.rows = [r]
                row.labels = [r: label]
                row.lastPhraseRow = r
                kept.append(row)
                let place = c.map { c in
                    a < 0 ? "before row \(template.rows[c].label), the first row found, as one of as many rows before it"
                        : "between rows \(template.rows[a].label) and \(template.rows[c].label)"
                } ?? "after row \(template.rows[a].label), the last row found, and by the run of characters its label shares with it"
                result.warnings.append(ReportWarning(code: .rowNamedByPosition,
                    message: "row \(template.rows[r].label) of the \(template.key) table: its label reads \"\(label)\"; identified by its place \(place)",
                    paths: template.rowPaths[r], ref: stream[m.labelItems[0]].ref))
            } else if let rows = merged[k] {
                let raws = m.valueItems.filter { stream[$0].kind != .empty }.map { stream[$0].raw }
                result.consumed.formUnion(m.labelItems)
                let names = rows.map { template.rows[$0].label }.joined(separator: ", ")
                result.warnings.append(ReportWarning(code: .valueWithoutRow,
                    message: "values \(raws.joined(separator: " ")) in the \(template.key) table follow a label that holds the numbers of rows \(names) (\"\(label)\"); they may be either's: not used",
                    paths: rows.flatMap { template.rowPaths[$0] }, ref: stream[m.labelItems[0]].ref))
            } else {
                let raws = m.valueItems.filter { stream[$0].kind != .empty }.map { stream[$0].raw }
                result.consumed.formUnion(m.labelItems)
                result.warnings.append(ReportWarning(code: .valueWithoutRow,
                    message: "values \(raws.joined(separator: " ")) in the \(template.key) table follow a label that names no row (\"\(label)\"); not used",
                    ref: stream[m.labelItems[0]].ref))
            }
        }
        matches = kept
    }

    /// The template rows that misread `labels` name, one each, in order, among `candidates` (more
    /// of them than labels): each label's row is the candidate whose label shares the longest run
    /// of characters with it, at least `minimumSharedRun`, longer by two or more than any other
    /// candidate's (`(—) EAE TAN（区分处理的，只计这一情形，不计其他情形）` is （二）部分公开…;
    /// `1.属于困系秘密人` is 1.属于国家秘密); else the one candidate whose item number and first
    /// character after it the label holds (`1.属村国系秘冤`, three characters misread, is
    /// 1.属于国家秘密 beside 2.其他法律…: the 2019 tight print at 200 dpi, seed 26); else the one
    /// candidate whose item number in digits starts the label (``startsWithItemDigits(_:of:)``);
    /// else the one whose item number in brackets starts it; else the one sharing clearly the most
    /// characters in order with it (``sharingInOrder(_:candidates:)``).
    /// With `byRunOnly`, the shared run alone names a row (rows after the last one found).
    /// Nil when a label has no such row or the rows are out of order.
    func rowsByLabel(_ labels: [String], candidates: [Int], byRunOnly: Bool = false) -> [Int]? {
        var rows: [Int] = []
        for label in labels {
            let text = Array(label.unicodeScalars)
            let shared = candidates.map { Self.longestSharedRun(text, Array(template.rows[$0].label.unicodeScalars)) }
            var chosen: Int? = nil
            if let best = shared.indices.max(by: { shared[$0] < shared[$1] }), shared[best] >= Self.minimumSharedRun,
               shared.indices.allSatisfy({ $0 == best || shared[$0] + 2 <= shared[best] }) {
                chosen = best
            } else if !byRunOnly {
                let starting = candidates.indices.filter { Self.holdsItemStart(text, of: Array(template.rows[candidates[$0]].label.unicodeScalars)) }
                if starting.count == 1 {
                    chosen = starting[0]
                } else if starting.isEmpty {
                    let numbered = candidates.indices.filter { Self.startsWithItemDigits(text, of: Array(template.rows[candidates[$0]].label.unicodeScalars)) }
                    if numbered.count == 1 {
                        chosen = numbered[0]
                    } else if numbered.isEmpty {
                        let bracketed = candidates.indices.filter { Self.startsWithBracketedItem(text, of: Array(template.rows[candidates[$0]].label.unicodeScalars)) }
                        if bracketed.count == 1 { chosen = bracketed[0] } else if bracketed.isEmpty { chosen = sharingInOrder(text, candidates: candidates) }
                    }
                }
            }
            guard let best = chosen, rows.last.map({ candidates[best] > $0 }) ?? true else { return nil }
            rows.append(candidates[best])
        }
        return rows
    }

    /// The index in `candidates` of the row whose label shares characters in order with `text`
    /// (``sharedInOrder(_:_:)``), at least `minimumSharedInOrder` and half the label's, two more
    /// than any other candidate sharing so many. Nil when none does so clearly. After its group's
    /// label (`（三）不予公开工.属于困和也秘密`: the item number touching the cell's rule read `工`, three
    /// characters misread, one read in excess; the 2019 tight print fed sideways at 300 dpi,
    /// style probe 18), the label shares five with 1.属于国家秘密 (`.属于…秘密`), of eight, and four
    /// with （二）部分公开…'s twenty-nine (`（）公开`, the group label's): 1.属于国家秘密. Used
    /// only where no candidate's item number is found in the label.
    func sharingInOrder(_ text: [Unicode.Scalar], candidates: [Int]) -> Int? {
        let labels = candidates.map { Array(template.rows[$0].label.unicodeScalars) }
        let shared = labels.map { Self.sharedInOrder(text, $0) }
        let sharing = shared.indices.filter { shared[$0] >= Self.minimumSharedInOrder && 2 * shared[$0] >= labels[$0].count }
        guard let best = sharing.max(by: { shared[$0] < shared[$1] }),
              sharing.allSatisfy({ $0 == best || shared[$0] + 2 <= shared[best] }) else { return nil }
        return best
    }

    /// The fewest characters in order a misread label must share with a template row's label to
    /// be named by them alone (``sharingInOrder(_:candidates:)``).
    static let minimumSharedInOrder = 5

    /// The number of characters `a` and `b` share in order (their longest common subsequence).
    static func sharedInOrder(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        var previous = [Int](repeating: 0, count: b.count + 1)
        for x in a {
            var current = [Int](repeating: 0, count: b.count + 1)
            for (j, y) in b.enumerated() {
                current[j + 1] = x == y ? previous[j] + 1 : max(previous[j + 1], current[j])
            }
            previous = current
        }
        return previous[b.count]
    }

    /// Whether `text` holds `label`'s item number (`1.`, `（二）`, `3、`) and the character after
    /// it, at its start or after its group's label (`（三）不予公开1.属…`), not after a digit.
    /// False for a label without an item number.
    static func holdsItemStart(_ text: [Unicode.Scalar], of label: [Unicode.Scalar]) -> Bool {
        guard let first = label.first, ItemNumber.startsItem(String(String.UnicodeScalarView(label))) else { return false }
        var end: Int
        if let closed = ItemNumber.bracketedEnd(label, at: 0) {
            end = closed
        } else {
            end = ScalarClass.isASCIIDigit(first) ? ItemNumber.digitRunEnd(label, from: 0) : ItemNumber.numeralRunEnd(label, from: 0)
            end += 1                                            // the mark after the number
        }
        end += 1                                                // the first character of the label's text
        guard end > 2, end <= label.count, text.count >= end else { return false }
        let start = Array(label[..<end])
        return (0...(text.count - end)).contains { p in
            (p == 0 || !ScalarClass.isASCIIDigit(text[p - 1])) && Array(text[p..<(p + end)]) == start
        }
    }

    /// Whether `text` holds `label`'s item number in digits with a mark after it (`4.`, `5、`;
    /// OCR reads the point `，` or `,` too), not after a digit. False for a label numbered
    /// otherwise.
    static func holdsItemNumber(_ text: [Unicode.Scalar], of label: [Unicode.Scalar]) -> Bool {
        guard let first = label.first, ScalarClass.isASCIIDigit(first) else { return false }
        let end = ItemNumber.digitRunEnd(label, from: 0)
        guard end < label.count, text.count > end else { return false }
        let marks: Set<Unicode.Scalar> = [".", "．", "、", ",", "，", "。"]
        return (0..<(text.count - end)).contains { p in
            (p == 0 || !ScalarClass.isASCIIDigit(text[p - 1])) && Array(text[p..<(p + end)]) == Array(label[..<end])
                && marks.contains(text[p + end])
        }
    }

    /// Whether `text` starts with `label`'s item number in brackets (`（一）`, either brackets),
    /// whatever follows: the label's text misread after it (`（一）FOMAH` for （一）予以公开, a seal
    /// over the 2019 tight print at 240 dpi, seed 31). Used only where no candidate holds the
    /// number and the character after it, none holds a number in digits at the text's start, and
    /// only one holds this number.
    static func startsWithBracketedItem(_ text: [Unicode.Scalar], of label: [Unicode.Scalar]) -> Bool {
        guard let end = ItemNumber.bracketedEnd(label, at: 0), ItemNumber.bracketedEnd(text, at: 0) == end else { return false }
        func plain(_ u: Unicode.Scalar) -> Unicode.Scalar { u == "(" ? "（" : u == ")" ? "）" : u }
        return (0..<end).allSatisfy { plain(text[$0]) == plain(label[$0]) }
    }

    /// Whether `text` starts with `label`'s item number in digits, at its start or after its
    /// group's label, perhaps misread (`（三）不予公开1 JBT HAM`, `(=) AF公开1 JBT`), followed by
    /// anything but a digit: the label's text misread after it, its mark too (`1 JBT HAM` for
    /// 1.属于国家秘密, the 2019 tight print at 240 dpi, seed 30). Used only where no candidate
    /// holds the number and the character after it, and only one holds this number.
    static func startsWithItemDigits(_ text: [Unicode.Scalar], of label: [Unicode.Scalar]) -> Bool {
        guard let first = label.first, ScalarClass.isASCIIDigit(first) else { return false }
        let end = ItemNumber.digitRunEnd(label, from: 0)
        guard end < label.count, let p = text.firstIndex(where: ScalarClass.isASCIIDigit) else { return false }
        // Before the number, nothing or a group's label (an item number in brackets first).
        if p > 0 {
            let before = String(String.UnicodeScalarView(text[..<p]))
            guard ItemNumber.startsItem(before) || ItemNumber.startsMisreadItem(before), !ScalarClass.isASCIIDigit(text[0]) else { return false }
        }
        guard text.count > p + end, Array(text[p..<(p + end)]) == Array(label[..<end]) else { return false }
        return !ScalarClass.isASCIIDigit(text[p + end])
    }

    /// The shortest run of characters a misread label must share with a template row's label
    /// to be named by it among more rows than labels.
    static let minimumSharedRun = 4

    /// The length of the longest run of characters `a` and `b` share.
    static func longestSharedRun(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        var previous = [Int](repeating: 0, count: b.count + 1), best = 0
        for x in a {
            var current = [Int](repeating: 0, count: b.count + 1)
            for (j, y) in b.enumerated() where x == y {
                current[j + 1] = previous[j] + 1
                best = max(best, current[j + 1])
            }
            previous = current
        }
        return best
    }

    /// Whether an unnamed match is a row of `n` columns: one run of values, n of them; or, in tab
    /// fields, 1 to n values with nothing but values, blanks and empty fields after its label, in
    /// a row of as many fields as one of its neighbours' rows, or a number between theirs (the
    /// 2019 table's rows have one label cell, two or three: the row before a group's first has
    /// fewer than the next, and the group's first rows, unnamed under a seal on the 2019 tight
    /// print at 240 dpi, seed 31, two: 8, 9 and 10 fields). Or,
    /// on a page without fields (a line OCR read as prose), 1 to n values each under one column's
    /// header of `headers`, no two under the same (the 2019 table without rules scanned at 300 dpi,
    /// seed-28 probe: （七）总计, read `(+) 4计 767 35 2 1 805` after four blank rows).
    func provesARow(_ m: RowMatch, columns n: Int, neighbourWidths: [Int?], headers: [ClosedRange<Double>]? = nil) -> Bool {
        guard m.runs.count == 1, let run = m.runs.first else { return false }
        let values = run.filter { stream[$0].kind != .empty }.count
        if values == n { return true }
        if let headers, values >= 1, run.allSatisfy({ stream[$0].field == nil && stream[$0].kind == .value }),
           case .placed? = ValuePlacer.underHeaders(run, headers: headers, columns: n, stream: stream) {
            return true
        }
        guard values >= 1, values <= n, run.allSatisfy({ stream[$0].field != nil }),
              let tab = tabFields(of: run, labelEnd: labelEnd(m)),
              tab.fields.allSatisfy({ stream[$0].kind == .value || stream[$0].kind == .blank || stream[$0].kind == .empty }),
              case let widths = neighbourWidths.compactMap({ $0 }), let least = widths.min(), let most = widths.max(),
              (least...most).contains(tab.width) else { return false }
        return true
    }
}
