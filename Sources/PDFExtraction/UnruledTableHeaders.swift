import CTesseract
import DocumentModel

/// The header of a table without rules, read column by column. A table whose columns no row
/// fills (the 2019 applications table: no request from a research body or a public-welfare
/// body) gets its columns from its numbers, and those leave the blank columns out: its rows are
/// placed only under the header's words (``TableReader/headerExtents(_:)``). Read as prose, the
/// header's narrow columns run together (`h商业”科研社会公法律服其计` for `人`, `商业`, `科研`,
/// `社会公`, `法律服`, `其`, `计`) and the header gives no columns. Read column by column, each
/// column's words come out whole (`自然人`, `商业企业`, …, `总计`).
///
/// The header's columns are the ink's: above the table's first row, from where its values
/// start to its right end, the runs of ink apart by at least `unruledHeaderColumnGap` line
/// heights, in the tallest region above the row that shows the most of them (a heading spanning
/// several columns, `法人或其他组织`, above that region joins them). Each column reaches up past
/// that region while the ink above it stays within its gaps (`总` over `计`, set higher than
/// its neighbours). Only where, row by row, each number lies under one column and no column over
/// numbers of two, and each column reads Chinese. A table whose numbers fill every column has
/// its header found too (it once had to show more columns than the numbers): 平潭's table
/// without rules, with every row's numbers read, took its header's lines for rows and lost two.
extension OCRPageReader {
    /// The header over `grid` (a table without rules made from its rows of numbers) or over its
    /// first row of values: one line, a span for each column, the region it replaces in the
    /// prose, its columns, and the top of the first row of values; nil where its columns do not
    /// fit the numbers (``header(_:fits:in:runTogether:)``) or one reads no Chinese. With
    /// `downToValues`, the region reaches down to the first row's values, past its band's top,
    /// and its columns' tight lines are parted.
    func unruledHeader(above grid: TableGrid, words: [OCRWord], lineHeight: Int, image: GrayImage, threshold: UInt8,
                       dpi: Int, deadline: Deadline, valuesRunTogether: Bool = false, downToValues: Bool = false) throws(OCRProblem)
        -> (line: PixelLine, boxes: [(x0: Int, y0: Int, x1: Int, y1: Int)], columns: [(x0: Int, x1: Int)], firstRow: Int)? {
        let inGrid = words.filter { grid.contains($0) && Self.readsAsNumber($0.text) }
        func band(_ w: OCRWord) -> Int? { grid.band(containing: (w.top + w.bottom) / 2) }
        // The first row of values: the header's lines may be rows of the grid (a header word
        // misread as a number: `7` for `人`).
        guard lineHeight > 0, let first = grid.bands.indices.first(where: { b in inGrid.filter { band($0) == b }.count >= 2 }) else { return nil }
        let numbers = inGrid.filter { (band($0) ?? -1) >= first }
        guard let valuesLeft = numbers.map(\.left).min() else { return nil }
        let x0 = max(0, valuesLeft - lineHeight / 2), x1 = min(image.width, grid.right)
        let firstRow = grid.bands[first].top, highest = max(0, firstRow - Int(tuning.unruledHeaderMaximumLines * Double(lineHeight)))
        // The header's region ends at the first row's band, or `downToValues` where its values
        // start: the row's band may start above the header's last line, the rule above the row
        // set midway between it and a header line taken for a row (上海市科委's 2024 page centred
        // without rules at 240 dpi: `企业 机构 益组织 务机构 他` in the band of `一、本年新收…`;
        // cut there, `商业` read nothing and the header was lost, and with it 111 cells). Such a
        // header is set tight, and its columns' lines are parted where they touch (`textLines`'s
        // `partingTight`: parting them always misread other headers, `法律服务机构` among them).
        let valuesTop = numbers.filter { band($0) == first }.map(\.top).min() ?? firstRow
        let bottom = downToValues ? max(firstRow, valuesTop - max(2, lineHeight / 6)) : firstRow
        guard x1 - x0 > lineHeight, bottom - highest > lineHeight else { return nil }
        let gap = max(2, Int(tuning.unruledHeaderColumnGap * Double(lineHeight)))
        let speck = max(4, lineHeight * lineHeight / 16)
        // Ink per pixel column over the region from each top up; its columns at each top.
        var ink = [Int](repeating: 0, count: x1 - x0)
        var best: (count: Int, top: Int, columns: [(x0: Int, x1: Int)])? = nil
        var seen: [Int: [(x0: Int, x1: Int)]] = [:]
        var y = bottom - 1
        while y >= highest {
            for x in x0..<x1 where image.inkCount(x: x, y: y, width: 1, height: 1, threshold: threshold) > 0 { ink[x - x0] += 1 }
            if bottom - y >= lineHeight / 2 {
                let columns = Self.inkRuns(ink, gap: gap, speck: speck).map { (x0: $0.x0 + x0, x1: $0.x1 + x0) }
                seen[y] = columns
                if let b = best {
                    if columns.count > b.count { best = (columns.count, y, columns) }
                    else if columns.count == b.count && b.top == y + 1 { best = (columns.count, y, columns) }
                } else {
                    best = (columns.count, y, columns)
                }
            }
            y -= 1
        }
        guard var header = best else { return nil }
        // The region's top may cut the line above it (the heading spanning columns), whose
        // sliver would widen a column: the columns a quarter of a line lower, if as many.
        if let lower = seen[header.top + lineHeight / 4], lower.count == header.count {
            header = (header.count, header.top + lineHeight / 4, lower)
        }
        let columns = header.columns
        // Numbers of two columns read as one and parted by the paper between them (`1859` for
        // `1` `859`) fit as their parts.
        let parts = Self.parting(numbers, under: columns, image: image, threshold: threshold) { _ in true }
        guard Self.header(columns, fits: parts, in: grid, runTogether: valuesRunTogether) else { return nil }
        // Each column up past the region while the ink above stays within its gaps.
        var narrow: [(x0: Int, y0: Int, x1: Int, y1: Int)] = []
        for c in columns {
            var top = header.top
            var blank = 0
            func inked(_ row: Int) -> Bool { image.inkCount(x: c.x0, y: row, width: c.x1 - c.x0 + 1, height: 1, threshold: threshold) > 0 }
            while top - 1 >= highest {
                let row = top - 1
                let beside = image.inkCount(x: c.x0 - gap, y: row, width: gap, height: 1, threshold: threshold)
                    + image.inkCount(x: c.x1 + 1, y: row, width: gap, height: 1, threshold: threshold)
                if beside > 2 {   // more than a speck or two
                    // A line running on beside the column (the heading over several columns): the
                    // ink it leaves at the region's top is a sliver of it, not of the column.
                    if top == header.top, inked(top), let paper = (top..<min(bottom, top + lineHeight / 2)).first(where: { !inked($0) }) {
                        top = paper
                    }
                    break
                }
                if !inked(row) { blank += 1; if blank > gap { break } } else { blank = 0 }
                top = row
            }
            guard let box = image.inkBox(x: c.x0, y: top, width: c.x1 - c.x0 + 1, height: bottom - top, threshold: threshold) else { return nil }
            narrow.append((box.x, box.y, box.x + box.width, box.y + box.height))
        }
        // Each column read alone, its lines set side by side as one line (`总` over `计`, read
        // as a block: `mn it`; a lone character on a line of its own is often lost, `人` of
        // `自然` over `人`), Latin letters barred.
        let margin = OCRTuning.Scale(dpi: Double(dpi)).pixels(tuning.cellCanvasMargin)
        func read(_ boxes: [(x0: Int, y0: Int, x1: Int, y1: Int)]) throws(OCRProblem) -> [Span]? {
            var spans: [Span] = []
            for b in boxes {
                let parts = Self.textLines(image, x0: b.x0, x1: b.x1, y0: b.y0, y1: b.y1, threshold: threshold, lineHeight: lineHeight,
                                           partingTight: downToValues)
                    .compactMap { top, bottom in image.inkBox(x: b.x0, y: top, width: b.x1 - b.x0, height: bottom - top, threshold: threshold) }
                    .map { image.cropped(x: $0.x, y: $0.y, width: $0.width, height: $0.height, border: 0) }
                guard !parts.isEmpty else { return nil }
                let line = GrayImage.sideBySide(parts, gap: max(2, lineHeight / 8), border: margin)
                engine.setImage(line, dpi: dpi)
                let read = try engine.recognize(pageSegMode: PSM_SINGLE_LINE, blacklist: Self.latinLetters,
                                                deadlineMilliseconds: try deadline.remaining())
                let text = Self.joined(read)
                guard text.unicodeScalars.contains(where: ScalarClass.isHan) else { return nil }
                spans.append(Span(text: text, x0: Double(b.x0), x1: Double(b.x1), confidence: read.map(\.confidence).min()))
            }
            return spans
        }
        var boxes = narrow
        var spans = try read(narrow)
        // A column that read no Chinese may have been cut to its last line: a header's first
        // line wider than its column (`结果维` over `持`) stops the reach up past the region. Its
        // boxes again, each with the ink joined to its column above it, and read again.
        if spans == nil {
            let join = max(2, gap / 2)
            var wide: [(x0: Int, y0: Int, x1: Int, y1: Int)] = []
            for (k, c) in columns.enumerated() {
                guard let box = Self.wideColumnBox(c, from: k > 0 ? columns[k - 1].x1 + 1 : x0, to: k + 1 < columns.count ? columns[k + 1].x0 - 1 : x1 - 1,
                                                   neighbours: (k > 0, k + 1 < columns.count), regionTop: header.top, bottom: bottom,
                                                   highest: highest, image: image, threshold: threshold, join: join, blankRows: gap) else { break }
                wide.append(box)
            }
            if wide.count == columns.count {
                boxes = wide
                spans = try read(wide)
            }
        }
        guard let spans else { return nil }
        return (PixelLine(top: boxes.map(\.y0).min()!, bottom: boxes.map(\.y1).max()!, spans: spans), boxes, columns, firstRow)
    }

    /// A header column's box reaching up over lines wider than the column (`结果维` over `持`,
    /// the header's lines each in its column): the ink joined to the column's, at most `join`
    /// pixels apart (over the rows from the region's top down to `bottom`), within `lower`…`upper`
    /// (the sides of the neighbouring columns, where there are `neighbours`), from the region's
    /// top up to `highest`. It stops at a row whose ink comes within `join` of a neighbour's side
    /// (a line over both columns, a heading spanning them) and after `blankRows` rows with no ink
    /// of it. Nil without ink.
    static func wideColumnBox(_ c: (x0: Int, x1: Int), from lower: Int, to upper: Int, neighbours: (left: Bool, right: Bool),
                              regionTop: Int, bottom: Int, highest: Int, image: GrayImage, threshold: UInt8,
                              join: Int, blankRows: Int) -> (x0: Int, y0: Int, x1: Int, y1: Int)? {
        guard upper - lower > 1, c.x0 >= lower, c.x1 <= upper, regionTop < bottom else { return nil }
        var profile = [Int](repeating: 0, count: upper - lower + 1)
        func add(_ y: Int) {
            for x in lower...upper where image.inkCount(x: x, y: y, width: 1, height: 1, threshold: threshold) > 0 { profile[x - lower] += 1 }
        }
        /// The ink joined to the column's, and whether it comes within `join` of a neighbour.
        func extent() -> (x0: Int, x1: Int, touches: Bool) {
            var x0 = c.x0, x1 = c.x1
            var x = c.x0 - 1, blank = 0
            while x >= lower, blank <= join {
                if profile[x - lower] > 0 { x0 = x; blank = 0 } else { blank += 1 }
                x -= 1
            }
            x = c.x1 + 1; blank = 0
            while x <= upper, blank <= join {
                if profile[x - lower] > 0 { x1 = x; blank = 0 } else { blank += 1 }
                x += 1
            }
            return (x0, x1, neighbours.left && x0 - lower < join || neighbours.right && upper - x1 < join)
        }
        for y in regionTop..<bottom { add(y) }
        var reach = extent()
        var top = regionTop, blank = 0
        while top - 1 >= highest {
            let row = top - 1
            add(row)
            let e = extent()
            if e.touches { break }
            if image.inkCount(x: e.x0, y: row, width: e.x1 - e.x0 + 1, height: 1, threshold: threshold) == 0 {
                blank += 1
                if blank > blankRows { break }
            } else {
                blank = 0
            }
            reach = e
            top = row
        }
        guard let box = image.inkBox(x: reach.x0, y: top, width: reach.x1 - reach.x0 + 1, height: bottom - top, threshold: threshold) else { return nil }
        return (box.x, box.y, box.x + box.width, box.y + box.height)
    }

    /// Whether a header's columns fit a table's numbers, row by row: in each of `grid`'s bands,
    /// each number under one column and no column over numbers of two of the band's columns
    /// (``numbers(_:fit:runTogether:)``). A band's columns are its own: a band leaves out the
    /// edges of its blank cells and of values read as one, so the same column has another index
    /// in another band (平潭's table without rules, its 其他 and 总计 read as one word in three
    /// rows: counted across bands, 总计's header was over two columns of numbers). A number under
    /// two columns or more (`0.3` for a row's `0` and `3`, `6` read over two cells) is left out
    /// where such numbers are a tenth of the numbers or fewer; with `runTogether`, it may lie
    /// under as many columns as its digits.
    static func header(_ columns: [(x0: Int, x1: Int)], fits numbers: [OCRWord], in grid: TableGrid, runTogether: Bool) -> Bool {
        var kept = numbers
        if !runTogether {
            kept.removeAll { w in columns.filter { w.left <= $0.x1 && w.right >= $0.x0 }.count >= 2 }
            guard 10 * (numbers.count - kept.count) <= numbers.count else { return false }
        }
        var byBand: [Int: [(word: OCRWord, column: Int)]] = [:]
        for w in kept {
            let x = (w.left + w.right) / 2, y = (w.top + w.bottom) / 2
            guard let b = grid.band(containing: y),
                  let column = grid.bands[b].edges.lastIndex(where: { $0 <= x }) else { continue }
            byBand[b, default: []].append((w, column))
        }
        return !byBand.isEmpty && byBand.values.allSatisfy { Self.numbers($0, fit: columns, runTogether: runTogether) }
    }

    /// Whether numbers (each with the column of numbers it lies in) fit a header's columns: each
    /// under exactly one, and no header column over numbers of two columns. With `runTogether`
    /// (a row's values read as one number where close columns' values touch: `00` for the `0`
    /// of two columns), a number may lie under several columns, as many as its digits or fewer.
    static func numbers(_ numbers: [(word: OCRWord, column: Int)], fit columns: [(x0: Int, x1: Int)], runTogether: Bool = false) -> Bool {
        var under: [Int: Set<Int>] = [:]
        for (w, column) in numbers {
            let over = columns.indices.filter { w.left <= columns[$0].x1 && w.right >= columns[$0].x0 }
            guard over.count == 1 || runTogether && !over.isEmpty && over.count <= w.text.unicodeScalars.filter(ScalarClass.isASCIIDigit).count else {
                return false
            }
            for c in over { under[c, default: []].insert(column) }
        }
        return !numbers.isEmpty && under.values.allSatisfy { $0.count == 1 }
    }

    /// The lines of text in a box: runs of pixel rows with ink, apart by at least a quarter of
    /// `lineHeight` of paper; a run less than half a line high joins the nearer neighbour (the
    /// strokes of `三` apart). A row with a speck or two of ink is paper: one pixel of JPEG noise
    /// between `自然` and `人` (上海市政府办公厅's 2019 page without rules, 300 dpi) made the
    /// column one line, read as nothing, and the header was lost with its table (36 cells).
    ///
    /// With `partingTight`, a run over a line and a half high is lines set tight, less than a quarter line apart
    /// (上海市科委's 2024 page centred without rules at 240 dpi: `科研` over `机构`, one run, read
    /// as nothing, and the header was lost): parted again at any two rows of paper, or else at
    /// its faintest row away from its ends, where that is nearly paper (a stroke of one line
    /// touching the next); never through a line's characters, whose rows all cross strokes.
    /// Parts are at least three quarters of a line high: a sliver of the line above the region
    /// read alone is junk (`-一社会公益组织`).
    static func textLines(_ image: GrayImage, x0: Int, x1: Int, y0: Int, y1: Int, threshold: UInt8, lineHeight: Int,
                          partingTight: Bool = false) -> [(Int, Int)] {
        func ink(_ y: Int) -> Int { image.inkCount(x: x0, y: y, width: x1 - x0, height: 1, threshold: threshold) }
        let part = 3 * lineHeight / 4
        func parted(_ top: Int, _ bottom: Int) -> [(Int, Int)] {
            guard partingTight, 2 * (bottom - top) > 3 * lineHeight else { return [(top, bottom)] }
            let lines = inkLines(image, x0: x0, x1: x1, y0: top, y1: bottom, threshold: threshold, gap: 1, shortest: part)
            if lines.count > 1 { return lines.flatMap(parted) }
            let rows = (top + part)..<(bottom - part)
            let inked = (top..<bottom).map(ink)   // each row's ink, from `top`
            let middle = (top + bottom) / 2
            guard !rows.isEmpty, let cut = rows.min(by: { (inked[$0 - top], abs($0 - middle)) < (inked[$1 - top], abs($1 - middle)) }),
                  8 * inked[cut - top] <= inked.sorted()[inked.count / 2] else { return [(top, bottom)] }
            return parted(top, cut) + parted(cut + 1, bottom)
        }
        return inkLines(image, x0: x0, x1: x1, y0: y0, y1: y1, threshold: threshold, gap: max(2, lineHeight / 4),
                        shortest: (lineHeight + 1) / 2)
            .flatMap(parted)
    }

    /// The runs of inked pixel rows in a box, joined across paper no higher than `gap`; a run
    /// less than `shortest` high joins the nearer neighbour.
    private static func inkLines(_ image: GrayImage, x0: Int, x1: Int, y0: Int, y1: Int, threshold: UInt8,
                                 gap: Int, shortest: Int) -> [(Int, Int)] {
        var runs: [(top: Int, bottom: Int)] = []
        for y in y0..<y1 where image.inkCount(x: x0, y: y, width: x1 - x0, height: 1, threshold: threshold) > 2 {
            if let last = runs.last, y - last.bottom <= gap { runs[runs.count - 1].bottom = y + 1 } else { runs.append((y, y + 1)) }
        }
        var k = 0
        while runs.count > 1, k < runs.count {
            guard runs[k].bottom - runs[k].top < shortest else { k += 1; continue }
            let up = k > 0 ? runs[k].top - runs[k - 1].bottom : Int.max
            let down = k + 1 < runs.count ? runs[k + 1].top - runs[k].bottom : Int.max
            if up <= down { runs[k - 1].bottom = runs[k].bottom } else { runs[k + 1].top = runs[k].top }
            runs.remove(at: k)
            k = 0
        }
        return runs.map { ($0.top, $0.bottom) }
    }

    /// Runs of pixel columns with ink (`ink[x] > 0`), joined across gaps narrower than `gap`,
    /// without runs of fewer than `speck` ink pixels.
    static func inkRuns(_ ink: [Int], gap: Int, speck: Int) -> [(x0: Int, x1: Int)] {
        var runs: [(x0: Int, x1: Int, ink: Int)] = []
        for (x, n) in ink.enumerated() where n > 0 {
            if let last = runs.last, x - last.x1 <= gap {
                runs[runs.count - 1].x1 = x
                runs[runs.count - 1].ink += n
            } else {
                runs.append((x, x, n))
            }
        }
        return runs.filter { $0.ink >= speck }.map { ($0.x0, $0.x1) }
    }
}
