import DocumentModel
/// Tables ruled only across: a rule under each row and none between the columns (a web page whose
/// cells have a bottom border alone, printed and scanned). No vertical rule crosses those rules,
/// so no grid is found and tesseract lays the table out as prose: the values of close columns run
/// together (`821 35`, `0 0`) and header words merge, and the rows lose the columns their values
/// belong to. Such a table is read as a grid all the same: its rows lie between its rules, its
/// columns are where its numbers line up from row to row, and in each row a column edge is drawn
/// where no word crosses it (a word that does, a heading or a label running on, makes a cell
/// spanning those columns; not, in a row of misread numbers, a word with no Chinese or one of ink
/// run together: numbers read as one). Its cells are then read one by one, as a ruled table's are.
extension OCRPageReader {
    /// Stacks of loose horizontal rules that may be such tables: rules one above the other, each
    /// at most `ruledAcrossMaximumGap` usual row heights (the median distance between the page's
    /// rules) below the one before and lying within the stack's width. With the usual row height.
    static func ruledAcrossStacks(_ loose: [RulingLines.Segment], tolerance: Int, tuning: OCRTuning) -> (stacks: [[RulingLines.Segment]], rowHeight: Int) {
        let sorted = loose.sorted { $0.center < $1.center }
        let lines = TableGrid.chains(sorted.map(\.center), tolerance: tolerance)
        guard lines.count >= 3 else { return ([], 0) }
        let gaps = zip(lines, lines.dropFirst()).map { $1.lowerBound - $0.upperBound }.sorted()
        let rowHeight = gaps[gaps.count / 2]
        let maximumGap = Int(Double(rowHeight) * tuning.ruledAcrossMaximumGap)
        var stacks: [[RulingLines.Segment]] = []
        var current: [RulingLines.Segment] = []
        for rule in sorted {
            if let last = current.last {
                let left = current.map(\.along0).min()!, right = current.map(\.along1).max()!
                let overlap = min(rule.along1, right) - max(rule.along0, left)
                let shorter = min(rule.along1 - rule.along0, right - left)
                if rule.center - last.center > maximumGap || 2 * overlap < shorter {
                    stacks.append(current)
                    current = []
                }
            }
            current.append(rule)
        }
        stacks.append(current)
        return (stacks.filter { TableGrid.chains($0.map(\.center), tolerance: tolerance).count >= 3 }, rowHeight)
    }

    /// The grids of a stack of rules from the words read over it. The stack is cut at each row
    /// taller than `ruledAcrossMaximumRowHeight` usual rows that holds no number (a heading, and
    /// the next table's header, between two tables; not one that lies over one of `misreadRows`,
    /// rows whose numbers were read as letters) and each part runs from its first rule as
    /// wide as the part to its last (a header's shorter rules above belong to the header, read as
    /// prose). Each part's columns are its numbers' (``columnEdges``): an edge midway between
    /// neighbouring columns, drawn in the rows no word crosses it, and one before the first (the
    /// labels' side) at the paper just before it; or, where its numbers fit them, the columns of
    /// a header read column by column (`headerColumns`, ``edges(under:seeds:left:tolerance:tuning:)``),
    /// and the part is as wide as the header. No grid for a part without columns of numbers, or
    /// whose columns are mostly blank and no header gives.
    static func gridsOfAlignedNumbers(_ stack: [RulingLines.Segment], rowHeight: Int, words: [OCRWord], image: GrayImage,
                                      threshold: UInt8, tolerance: Int, tuning: OCRTuning,
                                      misreadRows: [ClosedRange<Int>] = [], headerColumns: [(x0: Int, x1: Int)]? = nil) -> [TableGrid] {
        let rules = stack.sorted { $0.center < $1.center }
        let left = rules.map(\.along0).min()!, right = rules.map(\.along1).max()!
        let lines = TableGrid.chains(rules.map(\.center), tolerance: tolerance)
        let ys = lines.map(\.lowerBound)
        let bands = Array(zip(ys, ys.dropFirst()))
        func band(of w: OCRWord) -> Int? {
            let x = (w.left + w.right) / 2, y = (w.top + w.bottom) / 2
            guard x >= left, x <= right else { return nil }
            return bands.firstIndex { y >= $0.0 && y < $0.1 }
        }
        let inside = words.compactMap { w in band(of: w).map { (word: w, band: $0) } }
        // Numbers, but not a label's item number (`2` of `2.其他法律…`: Chinese right after it).
        let seeds = inside.filter { w, b in
            readsAsNumber(w.text) && !inside.contains { o in
                o.band == b && o.word.left >= w.right && o.word.left - w.right <= w.bottom - w.top
                    && o.word.text.unicodeScalars.contains(where: ScalarClass.isHan)
            }
        }
        // The parts: bands between tall rows without numbers. A row of `misreadRows` (numbers
        // read as letters, found as rows of a table without rules) is no heading.
        var numbered = Set(seeds.map(\.band))
        numbered.formUnion(bands.indices.filter { b in misreadRows.contains { bands[b].0 < $0.upperBound && bands[b].1 > $0.lowerBound } })
        // Under a header, a band whose words all lie before its first column holds labels: of
        // rows left blank, or wrapped (`2.其他法律行政法规禁止公` `开`), not a heading; so does
        // one whose words over the columns hold no Chinese (a value misread: `=` for the `3` of
        // （二）部分公开's row, its label wrapped over two lines).
        if let first = headerColumns?.first {
            numbered.formUnion(bands.indices.filter { b in
                inside.allSatisfy { $0.band != b || $0.word.right < first.x0 || !$0.word.text.unicodeScalars.contains(where: ScalarClass.isHan) }
            })
        }
        let tall = Double(rowHeight) * tuning.ruledAcrossMaximumRowHeight
        var parts: [ClosedRange<Int>] = []   // line indices
        var start = 0
        for (b, (top, bottom)) in bands.enumerated() where Double(bottom - top) > tall && !numbered.contains(b) {
            if b > start { parts.append(start...b) }
            start = b + 1
        }
        if start < lines.count - 1 { parts.append(start...(lines.count - 1)) }
        return parts.compactMap { part -> TableGrid? in
            let members = rules.filter { r in lines[part].contains { $0.contains(r.center) } }
            let width = members.map(\.along1).max()! - members.map(\.along0).min()!
            let full = members.filter { Double($0.along1 - $0.along0) >= tuning.ruledAcrossFullWidth * Double(width) }
            guard let top = full.first?.center, let bottom = full.last?.center else { return nil }
            let kept = members.filter { $0.center >= top && $0.center <= bottom }
            let keptChains = TableGrid.chains(kept.map(\.center), tolerance: tolerance)
            let keptLines = keptChains.map(\.lowerBound)
            guard keptLines.count >= 3 else { return nil }
            // Where each line's rules have ink, across (a line is its chain's first centre; its
            // rules' ink reaches further; the rules drawn for a table without rules have none).
            let ruleInk = keptChains.map { chain in
                let rules = kept.filter { chain.contains($0.center) }
                return (top: rules.map(\.across0).min()!, bottom: rules.map(\.across1).max()!)
            }
            let own = Set(bands.indices.filter { bands[$0].0 >= keptLines.first! - tolerance && bands[$0].1 <= keptLines.last! + tolerance })
            let partSeeds = seeds.filter { own.contains($0.band) }
            let partLeft = kept.map(\.along0).min()!, partRight = kept.map(\.along1).max()!
            let underHeader = headerColumns.flatMap { edges(under: $0, seeds: partSeeds, left: partLeft, tolerance: tolerance, tuning: tuning) }
            guard let edges = underHeader ?? columnEdges(partSeeds, words: inside.filter { own.contains($0.band) }, bands: bands,
                                   image: image, threshold: threshold, left: partLeft,
                                   right: partRight, tolerance: tolerance, tuning: tuning) else { return nil }
            // In each row, an edge is drawn where no word crosses it; the one before the first
            // column at the paper just before it, within two tolerances (a label runs up to its
            // value: `行政事业性收费0`, `禁止公开0` read as one word `禁止公开`; further left, or
            // where a word ends, the edge may fall between two characters of the label,
            // `其他对外管理服务|事项0`), and none where there is none (the cell is then read whole).
            var vertical: [RulingLines.Segment] = []
            // No edge before the first column where nothing lies before it (a row of values with
            // no label, the review table's): it would make an empty field before the values.
            let labelled = inside.contains { own.contains($0.band) && $0.word.right < edges.firstColumn - tolerance }
            for (k, edge) in edges.x.enumerated() where k > 0 || labelled {
                for (line, (top, bottom)) in zip(keptLines, keptLines.dropFirst()).enumerated() {
                    let x: Int?
                    if k == 0 {
                        // Paper between the rules' ink, not just half a tolerance inside their
                        // lines: on 平潭's print ruled only across at 300 dpi the rules' ink
                        // reached 7 pixels below their lines, into every column searched, and
                        // no row but the first few had a gap before its first value.
                        let y0 = max(top + tolerance / 2, ruleInk[line].bottom + 2), y1 = min(bottom - tolerance / 2, ruleInk[line + 1].top - 2)
                        x = paperGap(image, before: edges.firstColumn, after: max(edge, edges.firstColumn - 2 * tolerance),
                                     top: y0, height: y1 - y0, minimum: max(2, tolerance / 2), threshold: threshold)
                    } else {
                        let b = bands.firstIndex { $0.0 <= top + tolerance && $0.1 > top + tolerance }
                        // In a row of misread numbers, a word with no Chinese (or ink run
                        // together) crossing an edge is numbers misread together, not a heading.
                        let misread = b.map { b in misreadRows.contains { bands[b].0 < $0.upperBound && bands[b].1 > $0.lowerBound } } ?? false
                        x = inside.contains { o in
                            o.band == b && o.word.left < edge && o.word.right > edge
                                && !(misread && (inkRunTogether(o.word, tuning: tuning) || !o.word.text.unicodeScalars.contains(where: ScalarClass.isHan)))
                                && !numbersApart(o.word, at: edge, image: image, threshold: threshold)
                        } ? nil : edge
                    }
                    guard let x else { continue }
                    vertical.append(RulingLines.Segment(across0: x, across1: x, along0: top, along1: bottom))
                }
            }
            // Under a header, the table reaches its last column (a part of it whose rows leave
            // its last columns blank is as wide).
            guard underHeader != nil, let last = headerColumns?.last else { return TableGrid.grid(kept, vertical, tolerance: tolerance) }
            let widened = kept.map { r in
                var r = r
                r.along1 = max(r.along1, last.x1 + rowHeight / 2)
                return r
            }
            return TableGrid.grid(widened, vertical, tolerance: tolerance)
        }
    }

    /// Whether a word crossing a column's edge is the numbers of the two columns read as one
    /// (`0 1` read `01`, the other organisations' `0` and the total's `1` of 上海市科委's row
    /// 5.属于三类内部事务信息, ruled only across, 240 dpi): digits, or digits misread as Latin
    /// letters (`O01`, `ol` for the same two, printed without rules and set tight), with paper
    /// across the word where the edge falls, as wide as the word is high. Digits of one number
    /// stand closer (a `1` beside a `1` leaves under half a digit's height); so does a thousands
    /// space.
    static func numbersApart(_ w: OCRWord, at x: Int, image: GrayImage, threshold: UInt8) -> Bool {
        let height = w.bottom - w.top
        guard height > 0, w.text.unicodeScalars.count >= 2,
              w.text.unicodeScalars.allSatisfy({ ScalarClass.isASCIIDigit($0) || ScalarClass.isASCIILetter($0) }) else { return false }
        return image.inkCount(x: x - height / 2, y: w.top, width: height, height: height, threshold: threshold) == 0
    }

    /// The column edges a table's numbers give (`seeds`, with their bands), and where its first
    /// column starts: an edge midway between neighbouring columns and one before the first; nil
    /// without columns, or when one holds something (a word of `words`, a number or a `0`
    /// misread `o`; or ink) in fewer than `ruledAcrossColumnFill` of the rows of numbers (two
    /// or more). Where columns are mostly blank the columns found may not be the table's (two
    /// columns no row fills are one gap), and values would take wrong columns: such a table is
    /// left to prose. The columns are the numbers', or the ink's (``inkColumns``) where that
    /// holds each column of numbers in one column of its own and finds more: the prose reading
    /// misreads whole columns of a table without rules (`Qo co Oo` for a row of zeros).
    static func columnEdges(_ seeds: [(word: OCRWord, band: Int)], words: [(word: OCRWord, band: Int)], bands: [(Int, Int)],
                            image: GrayImage, threshold: UInt8, left: Int, right: Int, tolerance: Int,
                            tuning: OCRTuning) -> (x: [Int], firstColumn: Int)? {
        var columns = numberColumns(seeds, tuning: tuning)
        var numbersInBand: [Int: Int] = [:]
        for (_, b) in seeds { numbersInBand[b, default: 0] += 1 }
        let rowsOfNumbers = Set(numbersInBand.filter { $0.value >= 2 }.keys)
        // A word fills a column where its middle lies in it, or where it is the numbers of that
        // column and a neighbour read as one (`00` for the `0` `0` of 其他 and 总计, set close: paper
        // between them where the columns part).
        func fills(_ w: OCRWord, _ c: NumberColumn) -> Bool {
            let x = (w.left + w.right) / 2
            if x >= c.x0 && x <= c.x1 { return true }
            guard w.left <= c.x1, w.right >= c.x0 else { return false }
            let neighbour = x > c.x1 ? columns.first { $0.x0 > c.x1 && $0.x0 <= w.right } : columns.last { $0.x1 < c.x0 && $0.x1 >= w.left }
            guard let n = neighbour else { return false }
            return numbersApart(w, at: x > c.x1 ? (c.x1 + n.x0) / 2 : (n.x1 + c.x0) / 2, image: image, threshold: threshold)
        }
        func filled(_ c: NumberColumn) -> Int {
            Set(words.filter { rowsOfNumbers.contains($0.band) && fills($0.word, c) }.map(\.band)).count
        }
        guard let first = columns.first else { return nil }
        let needed = tuning.ruledAcrossColumnFill * Double(rowsOfNumbers.count)
        // The ink where the rows' numbers stand, not their whole bands: a tight table's first band
        // reaches into its header's last line, whose characters are no columns.
        let cores = rowsOfNumbers.sorted().map { b in
            let numbers = seeds.filter { $0.band == b }.map(\.word)
            return (max(bands[b].0, numbers.map(\.top).min()!), min(bands[b].1, numbers.map(\.bottom).max()!))
        }
        let ink = inkColumns(image, rows: cores, from: first.x0 - tolerance, to: right, threshold: threshold, margin: 0)
        if ink.count > columns.count,
           columns.allSatisfy({ c in ink.filter { $0.x1 >= c.x0 && $0.x0 <= c.x1 }.count == 1 && ink.contains { $0.x0 <= c.x0 + tolerance && $0.x1 >= c.x1 - tolerance } }),
           ink.allSatisfy({ Double($0.rows) >= needed }) {
            columns = ink.map { NumberColumn(x0: $0.x0, x1: $0.x1, bands: []) }
        } else if !columns.allSatisfy({ Double(filled($0)) >= needed }) {
            return nil
        }
        return edges(between: columns.map { (x0: $0.x0, x1: $0.x1) }, left: left, tolerance: tolerance)
    }

    /// The edges of columns (left to right, apart): one midway between neighbours and one before
    /// the first (half the narrowest gap before it, within the table), and where the first starts.
    static func edges(between columns: [(x0: Int, x1: Int)], left: Int, tolerance: Int) -> (x: [Int], firstColumn: Int) {
        let narrowest = zip(columns, columns.dropFirst()).map { a, b in b.x0 - a.x1 }.min() ?? 2 * tolerance
        return ([max(left + tolerance, columns[0].x0 - max(tolerance / 2, narrowest / 2))] + zip(columns, columns.dropFirst()).map { a, b in (a.x1 + b.x0) / 2 },
                columns[0].x0)
    }

    /// The column edges a header's columns give (``OCRPageReader/unruledHeader(above:words:lineHeight:image:threshold:dpi:deadline:)``)
    /// where the header starts right of the table's left side (its labels' column) and the
    /// numbers fit them (each under one column, no column over numbers of two): as
    /// ``columnEdges``', each column widened to its numbers. Columns no row fills keep their place.
    static func edges(under header: [(x0: Int, x1: Int)], seeds all: [(word: OCRWord, band: Int)], left: Int,
                      tolerance: Int, tuning: OCRTuning) -> (x: [Int], firstColumn: Int)? {
        guard let start = header.first?.x0, start > left else { return nil }
        // Not numbers in the labels' column, left of the header (a label's item number, `1.` of
        // `1.本机关…`), nor ink run together (`3` read over the `3` and `1` of two columns).
        // Nor numbers of neighbouring columns read as one (`443` over the `44` and `3` of two
        // columns): a word over two of the header's columns or more, with more digits (a number
        // of as many digits as columns over two, `31`, may be a number the header does not fit),
        // or over two with a mark between its digits (`3.4` over the `3` and `1` of two columns,
        // ``numbersJoined``).
        func readTogether(_ w: OCRWord) -> Bool {
            let over = header.filter { w.left <= $0.x1 && w.right >= $0.x0 }.count
            return over >= 2 && (over < w.text.unicodeScalars.filter(ScalarClass.isASCIIDigit).count || over == 2 && numbersJoined(w.text))
        }
        let seeds = all.filter { $0.word.right >= start - tolerance && !inkRunTogether($0.word, tuning: tuning) && !readTogether($0.word) }
        let numbers = numberColumns(seeds, tuning: tuning)
        // A number in no column of numbers (the only one in its column) is a column of its own.
        // Within a tolerance: a number whose box is wider than its digits gives its column no
        // extent (``numberColumns``), and a `0` one pixel past its column was taken for a column
        // of its own, under the header's column with the other (上海市政府办公厅's 2019 page without
        // rules, 300 dpi: the header did not fit and the whole requests table was lost).
        let slotted = seeds.enumerated().map { k, s in
            (word: s.word, column: numbers.firstIndex { $0.x0 - tolerance <= s.word.left && s.word.right <= $0.x1 + tolerance } ?? numbers.count + k)
        }
        guard OCRPageReader.numbers(slotted, fit: header) else { return nil }
        let columns = header.map { c in
            let under = seeds.filter { $0.word.left <= c.x1 && $0.word.right >= c.x0 }.map(\.word)
            return (x0: min(c.x0, under.map(\.left).min() ?? c.x0), x1: max(c.x1, under.map(\.right).max() ?? c.x1))
        }
        // Widened, two columns must still stand apart.
        guard zip(columns, columns.dropFirst()).allSatisfy({ a, b in b.x0 > a.x1 }) else { return nil }
        return edges(between: columns, left: left, tolerance: tolerance)
    }

    /// Columns of ink over `rows` (y ranges, `margin` inside each) from `x0` to `x1`: runs of
    /// pixel columns with ink in some row, apart where no row has ink; with the number of rows
    /// each has ink in.
    static func inkColumns(_ image: GrayImage, rows: [(Int, Int)], from x0: Int, to x1: Int, threshold: UInt8,
                           margin: Int) -> [(x0: Int, x1: Int, rows: Int)] {
        guard x0 < x1 else { return [] }
        var out: [(x0: Int, x1: Int, rows: Set<Int>)] = []
        var inRun = false
        for x in max(0, x0)..<min(image.width, x1) {
            let inked = rows.indices.filter { r in
                let (top, bottom) = rows[r]
                return bottom - top > 2 * margin && image.inkCount(x: x, y: top + margin, width: 1, height: bottom - top - 2 * margin, threshold: threshold) > 0
            }
            if inked.isEmpty { inRun = false; continue }
            if inRun { out[out.count - 1].x1 = x; out[out.count - 1].rows.formUnion(inked) } else { out.append((x, x, Set(inked))) }
            inRun = true
        }
        return out.map { ($0.x0, $0.x1, $0.rows.count) }
    }

    /// A column of numbers: where numbers of several rows overlap.
    struct NumberColumn {
        var x0: Int, x1: Int
        /// The rows (bands) holding its numbers.
        var bands: Set<Int>
    }

    /// The columns the numbers make: their extents merged where they overlap, kept when from two
    /// rows or more. A number read over two columns (`1 21` read `121`: close columns run
    /// together) would join them: a column is cut where at most `ruledAcrossJoinedShare` of its
    /// numbers cover it. A number whose box is wider than its characters could be, each as wide as
    /// the box is high, has taken in ink beside it (`0` over 131 pixels at 51 high: the `量` of
    /// `…申请数量` before it, scanned at 200 dpi): it gives no column its extent.
    static func numberColumns(_ seeds: [(word: OCRWord, band: Int)], tuning: OCRTuning) -> [NumberColumn] {
        let seeds = seeds.filter { $0.word.right - $0.word.left <= $0.word.text.count * ($0.word.bottom - $0.word.top) }
        var columns: [NumberColumn] = []
        for (w, b) in seeds.sorted(by: { $0.word.left < $1.word.left }) {
            if let last = columns.last, w.left <= last.x1 {
                columns[columns.count - 1].x1 = max(last.x1, w.right)
                columns[columns.count - 1].bands.insert(b)
            } else {
                columns.append(NumberColumn(x0: w.left, x1: w.right, bands: [b]))
            }
        }
        func centre(_ w: OCRWord) -> Int { (w.left + w.right) / 2 }
        return columns.flatMap { c -> [NumberColumn] in
            var cover = [Int](repeating: 0, count: c.x1 - c.x0 + 1)
            for (w, _) in seeds where w.left >= c.x0 && w.right <= c.x1 {
                for x in w.left...w.right { cover[x - c.x0] += 1 }
            }
            let low = max(1, Int(tuning.ruledAcrossJoinedShare * Double(cover.max() ?? 0)))
            // Runs of low cover inside the column (not at its ends).
            var cuts: [(Int, Int)] = []
            var x = 0
            while x < cover.count {
                guard cover[x] <= low else { x += 1; continue }
                var end = x
                while end + 1 < cover.count && cover[end + 1] <= low { end += 1 }
                if x > 0 && end < cover.count - 1 { cuts.append((c.x0 + x, c.x0 + end)) }
                x = end + 1
            }
            guard !cuts.isEmpty else { return [c] }
            let starts = [c.x0] + cuts.map { $0.1 + 1 }, ends = cuts.map { $0.0 - 1 } + [c.x1]
            return zip(starts, ends).map { x0, x1 in
                NumberColumn(x0: x0, x1: x1, bands: Set(seeds.filter { centre($0.word) >= x0 && centre($0.word) <= x1 }.map(\.band)))
            }
        }.filter { $0.bands.count >= 2 }
    }

    /// The middle of the nearest run of paper at least `minimum` pixels wide left of `x` (back to
    /// `limit`), over the rows from `top`, `height` high: the space between a cell's text and the
    /// next cell's, wider than between two characters of a word or two digits.
    static func paperGap(_ image: GrayImage, before x: Int, after limit: Int, top: Int, height: Int, minimum: Int, threshold: UInt8) -> Int? {
        guard height > 0, x - 1 >= limit else { return nil }
        var right: Int? = nil     // the rightmost column of the current run of paper
        for c in stride(from: x - 1, through: limit, by: -1) {
            if image.inkCount(x: c, y: top, width: 1, height: height, threshold: threshold) == 0 {
                if right == nil { right = c }
            } else {
                if let r = right, r - c >= minimum { return (c + 1 + r) / 2 }
                right = nil
            }
        }
        if let r = right, r - limit + 1 >= minimum { return (limit + r) / 2 }
        return nil
    }
}

extension TableGrid {
    /// Whether the middle of `word` lies in the grid.
    func contains(_ word: OCRWord) -> Bool {
        let x = (word.left + word.right) / 2, y = (word.top + word.bottom) / 2
        return x >= left && x <= right && y >= top && y <= bottom
    }
}
