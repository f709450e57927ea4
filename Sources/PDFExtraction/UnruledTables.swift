import DocumentModel

/// Tables with no rules at all (a web page whose cells have no borders, printed and scanned). With
/// nothing drawn, tesseract lays the table out as prose: the values of close columns run together
/// and a row's label and its values come apart, so the tables were lost (21 of 198 cells on a
/// scan of 平潭's page so printed). Their rows are where numbers end a line: a row of values is a
/// line whose last two words or more are numbers, and it reaches over the lines beside it that
/// overlap it (a label wrapped over two lines with its values set between them). Among such rows,
/// a line whose words after its label lie in their columns and are not Chinese is a row whose
/// numbers were misread (`Ohare es RE 0 0` for `32 2 0 0 0 0 34`). Such rows, one
/// after another, are given rules above and below, and read as a table ruled only across
/// (``gridsOfAlignedNumbers(_:rowHeight:words:image:threshold:tolerance:tuning:)``): its columns
/// where the numbers line up, its lines between the rows read as rows of their own (a heading
/// between two tables, a header, a sub-table's title).
extension OCRPageReader {
    /// Rules drawn for the unruled tables among `words`: a rule above and one below each row of
    /// values (one midway between two rows at most a line apart), as wide as the rows' words, the
    /// rows of one table at most `unruledMaximumGap` line heights apart, or with only lines of
    /// labels between them; at least three rows of numbers. With `singleValues`, rows of one
    /// value in a column of the table's numbers are rows too, and lines of labels alone do not
    /// part a table. With each table's rows of misread numbers (their numbers' extent, for
    /// ``gridsOfAlignedNumbers``' `misreadRows`) and the line height (the median word's).
    static func unruledStacks(_ words: [OCRWord], tuning: OCRTuning, singleValues: Bool = true) -> (stacks: [[RulingLines.Segment]], misread: [[ClosedRange<Int>]], rowHeight: Int) {
        let heights = words.map { $0.bottom - $0.top }.sorted()
        guard words.count >= 6, case let lineHeight = heights[heights.count / 2], lineHeight > 0 else { return ([], [], 0) }
        /// A word read more than a line and a half tall: lines tesseract did not part, read as one.
        func severalLinesTall(_ w: OCRWord) -> Bool { 2 * (w.bottom - w.top) > 3 * lineHeight }
        // Lines: words whose middles lie within half a line of each other.
        var lines: [[OCRWord]] = []
        for w in words.sorted(by: { $0.top + $0.bottom < $1.top + $1.bottom }) {
            let y = (w.top + w.bottom) / 2
            if let last = lines.last, let first = last.first, abs(y - (first.top + first.bottom) / 2) <= lineHeight / 2 {
                lines[lines.count - 1].append(w)
            } else {
                lines.append([w])
            }
        }
        // Rows of values: lines whose words after the last one in Chinese (the label) are two
        // numbers or more, and mostly numbers (a `0` may read `o`). Weak rows: lines whose words
        // after the label are two or more and none Chinese, but not mostly numbers (`Ohare es RE
        // 0 0` for `32 2 0 0 0 0 34`; `oa RN aga`, a row's zeros between its label's two lines;
        // `人` over four of them, ink run together): rows where they lie in the columns of a
        // table's rows of values, and cut it elsewhere.
        typealias Row = (top: Int, bottom: Int, x0: Int, x1: Int, values: Int, valuesTop: Int, valuesBottom: Int, strong: Bool,
                         numbers: [(x0: Int, x1: Int)], single: Bool)
        var rows: [Row] = []
        for line in lines {
            let sorted = line.sorted { $0.left < $1.left }
            // The label ends at its last word with Chinese, and the punctuation right after it (a
            // closing quote read apart: `稳定` `”`); punctuation after a word of the values is a
            // value misread (`a ” aa` for a row of seven numbers at 200 dpi, on a line of its own
            // between its label's two lines).
            // Not a word far wider than its characters (`人` read over four columns of a row's
            // values between its label's two lines): ink run together, misread.
            func chinese(_ w: OCRWord) -> Bool { w.text.unicodeScalars.contains(where: ScalarClass.isHan) && !inkRunTogether(w, tuning: tuning) }
            func punctuation(_ w: OCRWord) -> Bool { !w.text.isEmpty && w.text.unicodeScalars.allSatisfy(ScalarClass.isCJKPunctuation) }
            var labelEnd = sorted.lastIndex(where: chinese) ?? -1
            while labelEnd + 1 < sorted.count, punctuation(sorted[labelEnd + 1]) { labelEnd += 1 }
            // Before a line's numbers read as nothing (``unreadMark``), a word that is no number is
            // its label's, misread (`spb` of （七）总计, its `33 2 0 0 0 0 35` read as nothing).
            if let firstMark = sorted.firstIndex(where: { $0.text == Self.unreadMark }),
               let misread = sorted[..<firstMark].lastIndex(where: { !readsAsNumber($0.text) }) {
                labelEnd = max(labelEnd, misread)
            }
            // Not a word read several lines tall that is no number: a wrapped label's lines read
            // as one word (`ee` over three lines, left of a row's misread zeros).
            let after = sorted[(labelEnd + 1)...].filter { !severalLinesTall($0) || readsAsNumber($0.text) }
            let trailing = after.filter { readsAsNumber($0.text) }
            let strong = trailing.count >= 2 && 2 * trailing.count >= after.count
            // Single values: a label and one number after it (`1.属于国家秘密 14`), a row of the
            // table where the number lies in a column of its rows of values (below).
            // A single value misread as letters (`OS` for `5`, a glyph's size): a row the same way,
            // where it lies in a column of the table's numbers; its cell is read again.
            let lone = after.count == 1 && trailing.isEmpty && Self.misreadGlyphs(after[0], lineHeight: lineHeight)
            let single = singleValues && after.count == 1 && (trailing.count == 1 || lone) && !inkRunTogether(after[0], tuning: tuning)
            // (Ink run together stands for two values or more.)
            // Two values read as one word, joined by a mark (`10-2` for `10` `2`): values too.
            guard strong || single || after.count >= 2 || after.contains(where: { inkRunTogether($0, tuning: tuning) || numbersJoined($0.text) }) else { continue }
            let values = strong ? Array(trailing) : Array(after)
            // Their height without words read several lines tall (`4` of a row as tall as the
            // row above and this one together), which would make the row overlap its neighbour.
            let short = values.filter { !severalLinesTall($0) }
            let top = (short.isEmpty ? values : short).map(\.top).min()!, bottom = (short.isEmpty ? values : short).map(\.bottom).max()!
            // With the lines beside it that overlap it: a wrapped label's lines (words a line high:
            // tesseract reads some columns of a table as one word several lines tall), or those
            // two lines read as one word of the label, two lines tall, its middle within the
            // values set between them (`站252 12` over `1.本机关不掌握相关政府信` / `息` and the
            // row's `252 12`: the row's rules cut both lines, and its label read as junk).
            let row = words.filter { $0.bottom > top && $0.top < bottom && !severalLinesTall($0) }
                + sorted.prefix(labelEnd + 1).filter { w in
                    severalLinesTall(w) && 2 * (w.bottom - w.top) <= 5 * lineHeight
                        && (top...bottom).contains((w.top + w.bottom) / 2)
                }
            // Words all read several lines tall: no line to make a row of.
            guard !row.isEmpty else { continue }
            // The values start at the first that is more than a mark: a mark before them is a
            // speck of the label's last character read apart (`1.属于国家秘` `;` for `…秘密`,
            // then `0 O O 0 0 OO`), and a row starting there started left of the table's columns.
            let start = (values.first { !Self.isMark($0.text) } ?? values[0]).left
            rows.append((row.map(\.top).min()!, row.map(\.bottom).max()!, row.map(\.left).min()!, row.map(\.right).max()!,
                         start, top, bottom, strong, (single ? after : trailing).map { ($0.left, $0.right) }, single && !strong))
        }
        // Lines between two rows of values that all end before the values start: the labels of
        // rows left blank (`2.其他法律行政法规禁止公开`, over two lines) and labels wrapped
        // between rows. They do not part the table, however many (a prose line or the next
        // table's header reaches over the values).
        func labelsOnly(between upper: Row, and lower: Row) -> Bool {
            let start = min(upper.values, lower.values)
            return lines.allSatisfy { line in
                let y = (line[0].top + line[0].bottom) / 2
                return y <= upper.bottom || y >= lower.top || line.allSatisfy { $0.right < start }
            }
        }
        // A row of one value whose value lies beside a row of values' (overlapping it top to
        // bottom) is that row: the value read with its label's two lines, several lines tall
        // (`252` over `1.本机关不掌握相关政府信` / `息`, the row's `12` `1` read apart). As a row
        // of its own it overlapped the row above, and the rule midway between them cut that
        // row's values (`10` `2` of 8.属于行政查询事项 read `1` `7` in the blank row above).
        let strongRows = rows.filter(\.strong)
        rows.removeAll { r in r.single && strongRows.contains { $0.valuesTop < r.valuesBottom && $0.valuesBottom > r.valuesTop } }
        // Two rows whose values overlap by half a line or more are one row whose line came apart
        // (a label's words set lower, `信息` `需要` of 2.没有现成信息需要另行制作 beside a group
        // label `（四）无` two lines tall, began a line of their own with the row's last values):
        // apart, the rule midway between them cut through the values (read `7 7 7 7 7` above it
        // and `0 U U 0 U U 6` below).
        var whole: [Row] = []
        for r in rows.sorted(by: { $0.valuesTop < $1.valuesTop }) {
            guard let k = whole.lastIndex(where: { min($0.valuesBottom, r.valuesBottom) - max($0.valuesTop, r.valuesTop) >= lineHeight / 2 }) else {
                whole.append(r)
                continue
            }
            let m = whole[k]
            whole[k] = (min(m.top, r.top), max(m.bottom, r.bottom), min(m.x0, r.x0), max(m.x1, r.x1), min(m.values, r.values),
                        min(m.valuesTop, r.valuesTop), max(m.valuesBottom, r.valuesBottom), m.strong || r.strong,
                        (m.numbers + r.numbers).sorted { $0.x0 < $1.x0 }, m.single && r.single)
        }
        rows = whole
        var runs: [[Row]] = []
        for row in rows.sorted(by: { $0.top < $1.top }) {
            // A weak row starting left of the run's values (a label's item number read apart,
            // `4` `.保护…`) is a line like the labels' (it cuts the run below where it reaches
            // over the values).
            if singleValues, !row.strong, !row.single, let run = runs.last, case let starts = run.filter(\.strong).map(\.values).sorted(),
               !starts.isEmpty, row.values < starts[starts.count / 2] - lineHeight {
                continue
            }
            if let last = runs.last?.last,
               row.top - last.bottom <= Int(tuning.unruledMaximumGap * Double(lineHeight)) || singleValues && labelsOnly(between: last, and: row) {
                runs[runs.count - 1].append(row)
            } else {
                runs.append([row])
            }
        }
        // A weak row whose words start left of the rows of values' numbers (where most start: a
        // label's item number may read as one) is no row of the table: the run is cut there.
        runs = runs.flatMap { run -> [[Row]] in
            let starts = run.filter(\.strong).map(\.values).sorted()
            guard !starts.isEmpty, case let columns = starts[starts.count / 2] else { return [] }
            // A single value lies in a column of the rows of values (not a number ending a line
            // of prose beside the table).
            let spans = run.filter(\.strong).flatMap(\.numbers)
            var pieces: [[Row]] = [[]]
            for row in run where !row.single || row.numbers.allSatisfy({ n in spans.contains { n.x0 <= $0.x1 && n.x1 >= $0.x0 } }) {
                if row.strong || row.values >= columns - lineHeight { pieces[pieces.count - 1].append(row) } else { pieces.append([]) }
            }
            return pieces.filter { $0.filter(\.strong).count >= 3 }
        }
        let stacks = runs.filter { $0.count >= 3 }.map { run -> [RulingLines.Segment] in
            let left = run.map(\.x0).min()! - lineHeight / 2, right = run.map(\.x1).max()! + lineHeight / 2
            // Rows at most a line apart share the rule midway between them; rows that overlap,
            // the rule midway between their values (lines set tight, each word of a label read
            // taller than its line: `新` of `一、本年新收…` reaching into the row below, and the
            // rule midway through the overlap cut the row's values and label).
            var ys: [Int] = []
            let margin = lineHeight / 4
            for (k, row) in run.enumerated() {
                if k == 0 || row.top - run[k - 1].bottom > lineHeight { ys.append(row.top - margin) }
                if k + 1 < run.count, case let next = run[k + 1], next.top < row.bottom, row.valuesBottom <= next.valuesTop {
                    ys.append((row.valuesBottom + next.valuesTop) / 2)
                } else {
                    ys.append(k + 1 < run.count && run[k + 1].top - row.bottom <= lineHeight ? (row.bottom + run[k + 1].top) / 2 : row.bottom + margin)
                }
            }
            return ys.map { RulingLines.Segment(across0: $0, across1: $0, along0: left, along1: right) }
        }
        let misread = runs.filter { $0.count >= 3 }.map { run in run.filter { !$0.strong && !$0.single }.map { $0.valuesTop...$0.valuesBottom } }
        return (stacks, misread, lineHeight)
    }

    /// A word of one or two glyphs' size read as Latin letters, nothing Chinese or numeric
    /// (`OS` for a `5`, confidence 46): a number misread, not a word of text. Not a speck's size
    /// (narrower than a third of a line, or shorter than half of one: `i`, `.`).
    static func misreadGlyphs(_ w: OCRWord, lineHeight: Int) -> Bool {
        let u = w.text.unicodeScalars
        let width = w.right - w.left, height = w.bottom - w.top
        return (1...2).contains(u.count) && u.allSatisfy(ScalarClass.isASCIILetter)
            && 3 * width >= lineHeight && width <= lineHeight && 2 * height >= lineHeight
    }

    /// Marks only: no letter, digit or Chinese character (`;`, `”`, `-`).
    static func isMark(_ text: String) -> Bool {
        !text.isEmpty && !text.unicodeScalars.contains { $0.properties.isAlphabetic || $0.properties.numericType != nil }
    }

    /// Two numbers read as one word with a mark or two between them (`10-2`, `10` and `2` of two
    /// close columns at 200 dpi): digits, one or two characters neither digits nor letters,
    /// digits.
    static func numbersJoined(_ text: String) -> Bool {
        let u = Array(text.unicodeScalars)
        guard let first = u.firstIndex(where: { !ScalarClass.isASCIIDigit($0) }), first > 0,
              let last = u.lastIndex(where: { !ScalarClass.isASCIIDigit($0) }), last < u.count - 1 else { return false }
        return last - first < 2 && u[first...last].allSatisfy { !$0.properties.isAlphabetic }
    }

    /// A word far wider than its characters: more than `runTogetherWidthInHeights` of its heights
    /// per character, and one more. Tesseract reads a stretch of a table's row whose lines it
    /// could not part (values set between a wrapped label's two lines) as a word of one or two
    /// characters spanning several columns (`人` over four values).
    static func inkRunTogether(_ w: OCRWord, tuning: OCRTuning) -> Bool {
        let height = max(1, w.bottom - w.top)
        return Double(w.right - w.left) > Double(height) * (tuning.runTogetherWidthInHeights * Double(max(1, w.text.count)) + 1)
    }
}
