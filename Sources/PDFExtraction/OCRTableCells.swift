import CTesseract
import DocumentModel

/// A table found by its ruling lines, read cell by cell: each cell's ink alone on a white canvas,
/// numbers in value columns read again as digits when unsure, and the cells put back into the
/// table's bands as lines of fields.
extension OCRPageReader {
    /// A recognised cell.
    struct CellText {
        /// Text lines with the band each lies in.
        var lines: [(band: Int, text: String, confidence: Double)] = []
        var inked = false
        /// In a column of numbers, but not readable as one.
        var unreadableNumber = false
        var text: String { lines.map(\.text).joined(separator: " ") }
        var confidence: Double? { lines.map(\.confidence).min() }
    }

    /// The table's bands as lines: one field per slot, empty slots kept as empty fields, each
    /// cell's text lines in the bands they lie in (`drawn`: the grid's rules are drawn, and a
    /// cell starting in a band under a rule is marked `ruledAbove` there). Cells of value columns
    /// not read as a clean number with confidence are read again alone as digits; cells read as
    /// Latin junk, with Latin barred (where `rereadingLatinJunk`: a grid drawn by rules).
    func tableLines(_ grid: TableGrid, image: GrayImage, threshold: UInt8, dpi: Int, rereadingLatinJunk: Bool = true,
                    drawn: Bool = false, deadline: Deadline) throws(OCRProblem) -> [PixelLine] {
        let scale = OCRTuning.Scale(dpi: dpi)
        var grid = grid
        var texts: [CellText] = []
        var boxes: [(crop: GrayImage, ink: (x: Int, y: Int, width: Int, height: Int))?] = []
        var cellWords: [[OCRWord]] = []
        /// One cell read (`readCell`): its text lines, its ink (nil when blank) and its words.
        func read(_ cell: TableGrid.Cell) throws(OCRProblem) -> CellReading {
            try readCell(cell, in: grid, image: image, threshold: threshold, dpi: dpi, deadline: deadline)
        }
        // The cells, read on this worker's engine and on idle workers' (`shared`).
        let first = grid
        for (text, box, words) in try shared(grid.cells, { reader, cell throws(OCRProblem) in
            try reader.readCell(cell, in: first, image: image, threshold: threshold, dpi: dpi, deadline: deadline)
        }) {
            texts.append(text); boxes.append(box); cellWords.append(words)
        }
        // Cells read as Latin junk (a label in clean type read `qT BST`): read again with Latin
        // barred, unless much of the table reads so (a sideways page's table, read before the
        // page is turned: reading its cells again would only cost time).
        for i in rereadingLatinJunk ? Self.latinJunkCells(cellWords, inked: texts.map(\.inked), below: tuning.latinJunkConfidence,
                                                          share: tuning.latinJunkPageShare) : [] {
            guard let box = boxes[i],
                  let again = try rereadingLatinJunkCell(cellWords[i], crop: box.crop, dpi: dpi, deadline: deadline) else { continue }
            cellWords[i] = Self.onPage(again, crop: box.ink, pad: tuning.cellInkPad, margin: scale.pixels(tuning.cellCanvasMargin))
            texts[i] = Self.cellText(cellWords[i], cell: grid.cells[i], in: grid)
        }
        // Cells of a row of values that run over value columns whose rules were not found (text
        // touching them): cut at the columns' edges, each part read alone.
        let columnTolerance = scale.pixels(tuning.columnTolerance)
        /// Ink in a part of a cell, away from its sides (where a rule not found may still print).
        func inked(_ cell: TableGrid.Cell, _ x0: Int, _ x1: Int) -> Bool {
            let top = grid.bands[cell.firstBand].top + columnTolerance, bottom = grid.bands[cell.lastBand].bottom - columnTolerance
            let left = x0 + columnTolerance, right = x1 - columnTolerance
            guard right - left > tuning.cellMinimumSide, bottom - top > tuning.cellMinimumSide else { return false }
            return image.inkCount(x: left, y: top, width: right - left, height: bottom - top, threshold: threshold) >= scale.area(tuning.cellMinimumInk)
        }
        var cuts = Self.cutsAtMissingRules(grid, texts: texts, words: cellWords, tolerance: columnTolerance, inked: inked)
        cuts += Self.cutsBetweenNumbers(grid, words: cellWords, skipping: Set(cuts.map(\.cell)))
        for (i, edges) in cuts {
            let cell = grid.cells[i]
            let xs = [cell.x0] + edges + [cell.x1]
            for b in cell.firstBand...cell.lastBand { grid.bands[b].edges = (grid.bands[b].edges + edges).sorted() }
            for (k, (x0, x1)) in zip(xs, xs.dropFirst()).enumerated() {
                let part = TableGrid.Cell(x0: x0, x1: x1, firstBand: cell.firstBand, lastBand: cell.lastBand)
                var (text, box, words) = try read(part)
                if k == 0, let kept = Self.firstPartWords(cellWords[i], readAlone: words, end: x1) {
                    words = kept
                    text = Self.cellText(kept, cell: part, in: grid)
                }
                if k == 0 {
                    grid.cells[i] = part
                    texts[i] = text; boxes[i] = box; cellWords[i] = words
                } else {
                    grid.cells.append(part)
                    texts.append(text); boxes.append(box); cellWords.append(words)
                }
            }
        }
        // Value columns: most of their cells read as numbers.
        var numeric = [Bool](repeating: false, count: grid.cells.count)
        for (i, t) in texts.enumerated() where t.inked { numeric[i] = Self.readsAsNumber(t.text) }
        // The height of a printed number here: a cell whose ink is much taller holds more than one
        // line (a header such as `结果` over `纠正`), never a number.
        let numberHeights = grid.cells.indices.filter { numeric[$0] }.compactMap { boxes[$0]?.ink.height }.sorted()
        let numberHeight = numberHeights.isEmpty ? scale.pixels(tuning.defaultNumberHeight) : numberHeights[numberHeights.count / 2]
        for (i, cell) in grid.cells.enumerated() {
            guard let (crop, ink) = boxes[i], options.rereadNumericCells else { continue }
            let current = texts[i]
            let confidence = current.confidence ?? 0
            // A reading too short for its ink (a digit dropped: `77` read `7`) is read again, and
            // never certain unless a reading accounts for the ink.
            lazy var number = Self.numberInk(image, box: ink, threshold: threshold)   // only for readings of digits
            let tooShort = current.lines.count == 1 && !current.text.isEmpty && current.text.unicodeScalars.allSatisfy(ScalarClass.isASCIIDigit)
                && Self.fewerDigitsThanInk(current.text, ink: number, tuning: tuning)
            // A unit printed after the number read as its last digit (`251000元` read `2510007`):
            // the number is the digits before it, never certain.
            if current.lines.count == 1,
               Self.lastDigitIsAWideGlyph(current.text, image: image, box: ink, threshold: threshold, tuning: tuning) {
                texts[i].lines = [(current.lines[0].band, String(current.text.dropLast()), min(confidence, options.uncertainBelow - 1))]
                continue
            }
            // Kept as read unless it has more digits than the ink has glyphs (a digit read where
            // none is printed); the glyphs are counted only for a confident number.
            if Self.readsAsNumber(current.text) && confidence >= options.uncertainBelow && !tooShort,
               !Self.moreDigitsThanGlyphs(current.text, image: image, box: ink, threshold: threshold, tuning: tuning) { continue }
            if Self.isNullMarker(current.text) && confidence >= options.uncertainBelow { continue }
            // Its column, without the header cells (Chinese): mostly numbers?
            let column = grid.cells.indices.filter {
                abs(grid.cells[$0].x0 - cell.x0) <= columnTolerance && abs(grid.cells[$0].x1 - cell.x1) <= columnTolerance && texts[$0].inked
                    && !texts[$0].text.unicodeScalars.contains(where: ScalarClass.isHan)
            }
            let inValueColumn = column.count >= 2 && 2 * column.filter({ numeric[$0] }).count >= column.count
            // One Chinese character among a row of numbers and nothing else (section 四's one row,
            // a column of its own under headers: `下` for `1`) is a number misread.
            let scalars = current.text.unicodeScalars.filter { !ScalarClass.isHorizontalSpace($0) }
            // So are letters small type reads digits as (`i` for `1`, `o` for `0`), there.
            // And ink a number's height read as nothing at all (a `1` in a row's first cell, by
            // the table's left rule).
            // Not in a column of labels: a row's label read as nothing is no number.
            let readAsNothing = Self.readAsNothing(current, inkHeight: ink.height, numberHeight: numberHeight, tuning: tuning)
                && !Self.inLabelColumn(i, grid: grid, texts: texts, numeric: numeric)
            // And one character as narrow as a digit and a number's height beside a row's values
            // (a `1` alone in a column the other rows leave blank, read `Z`, `L` or `下`).
            lazy var besideRowValues = Self.amongRowValues(i, grid: grid, texts: texts, numeric: numeric)
            let narrowCharacter = Self.oneDigitShapedCharacter(current.text, ink: ink, numberHeight: numberHeight, tuning: tuning)
                && besideRowValues
            let loneCharacter = (scalars.count == 1 && ScalarClass.isHan(scalars.first!) || Self.mayBeMisreadDigits(current.text) || readAsNothing)
                && Self.amongNumbersOnly(i, grid: grid, texts: texts, numeric: numeric)
                || readAsNothing && besideRowValues || narrowCharacter
            guard inValueColumn || loneCharacter || Self.looksNumeric(current.text),
                  Double(ink.height) <= Double(numberHeight) * tuning.numberHeightRatio else { continue }
            // Text with Chinese read with some confidence is a label or a note, not a misread number;
            // but one Chinese character in a value column whose ink is as narrow as a digit
            // (`贸` for `7`, confidence 70) is a number misread.
            let han = current.text.unicodeScalars.contains(where: ScalarClass.isHan)
            let oneHan = scalars.count == 1 && ScalarClass.isHan(scalars.first!)
            let digitShaped = oneHan && inValueColumn && Self.digitShaped(ink, tuning: tuning)
            // Nor are digits with one Chinese character among them in a value column (`了2` for
            // `72`, confidence 78: a print of the 2019 report with a double outer rule, 300 dpi).
            let digitsAndOneHan = inValueColumn && Self.digitsWithOneHan(current.text)
            if han && !loneCharacter && !digitShaped && !digitsAndOneHan && confidence >= tuning.labelMinimumConfidence { continue }
            let band = current.lines.first?.band ?? cell.firstBand
            // A reading that replaces Chinese needs both digit readings, and is never certain;
            // one that does not is no reading. One character as narrow as a digit beside a row's
            // values needs one (a clean `1` the Chinese model reads as a character, and digits
            // only as nothing: the Latin model's reading).
            if let vote = try vote(first: han ? nil : current, crop: crop, ink: ink, dpi: dpi, deadline: deadline),
               !han || narrowCharacter || vote.votes >= tuning.replaceLabelMinimumVotes && vote.confidence >= tuning.replaceLabelMinimumConfidence {
                // Read as digits, a unit after the number is a digit too (`73802895.90元` first
                // read `73802895.905t`, then `73802895.907`): dropped, never certain.
                // Or as two digits, where another reading took it for one (`25100035`, `2510007`).
                let unit = Self.lastDigitIsAWideGlyph(vote.text, image: image, box: ink, threshold: threshold, tuning: tuning)
                let beforeUnit = unit ? String(vote.text.dropLast())
                    : Self.numberBeforeAUnitReadAsDigits(vote.text, readings: vote.readings, image: image, box: ink,
                                                         threshold: threshold, tuning: tuning)
                let doubt = han || beforeUnit != nil || Self.fewerDigitsThanInk(vote.text, ink: number, tuning: tuning)
                    || Self.moreDigitsThanGlyphs(vote.text, image: image, box: ink, threshold: threshold, tuning: tuning)
                texts[i].lines = [(band, beforeUnit ?? vote.text,
                                   doubt ? min(vote.confidence, options.uncertainBelow - 1) : vote.confidence)]
            } else if inValueColumn && (!han || oneHan || digitsAndOneHan) || loneCharacter, !Self.isNullMarker(current.text),
                      !NumberText.isBlankMarker(current.text) || readAsNothing,   // an empty reading only of a number's height
                      !Self.inHeaderRow(i, grid: grid, texts: texts, numeric: numeric) {
                // Letters where a number is printed (`a`, `all` for a pale `1`), one Chinese
                // character unsurely read or as narrow as a digit (`加` for `1`), digits with one
                // Chinese character among them (`了2` for `72`, not read again twice), or nothing read
                // from ink a number's height: the cell keeps its place in the row, unread and
                // uncertain. Not in a row of headers: there, letters are a misread heading (`ir`
                // for `总计`), and marked as a number they would count as a field of values.
                texts[i].unreadableNumber = true
                texts[i].lines = current.lines.isEmpty ? [(band, "", options.uncertainBelow - 1)]
                    : current.lines.map { ($0.band, $0.text, min($0.confidence, options.uncertainBelow - 1)) }
            }
        }
        texts = try secondOpinion(texts, crops: boxes, dpi: dpi, deadline: deadline)
        // Bands into lines.
        var lines: [PixelLine] = []
        for (b, band) in grid.bands.enumerated() {
            var slots = [[(text: String, confidence: Double)]](repeating: [], count: band.edges.count - 1)
            var boxesX = [(Int, Int)](repeating: (0, 0), count: band.edges.count - 1)
            var unreadable = [Bool](repeating: false, count: band.edges.count - 1)
            var ruledAbove = unreadable
            for (i, cell) in grid.cells.enumerated() where cell.firstBand <= b && b <= cell.lastBand {
                guard let s = grid.slot(band: b, x: (cell.x0 + cell.x1) / 2) else { continue }
                boxesX[s] = (cell.x0, cell.x1)
                if texts[i].unreadableNumber { unreadable[s] = true }
                if drawn && cell.firstBand == b && band.ruledTop { ruledAbove[s] = true }
                for line in texts[i].lines where line.band == b { slots[s].append((line.text, line.confidence)) }
            }
            guard slots.contains(where: { !$0.isEmpty }) else { continue }
            let spans = slots.indices.map { s in
                var span = Span(text: slots[s].map(\.text).joined(separator: " "),
                                x0: Double(boxesX[s].0 == boxesX[s].1 ? band.edges[s] : boxesX[s].0),
                                x1: Double(boxesX[s].0 == boxesX[s].1 ? band.edges[s + 1] : boxesX[s].1),
                                field: s, confidence: slots[s].isEmpty ? nil : slots[s].map(\.confidence).min())
                span.unreadableNumber = unreadable[s]
                span.ruledAbove = ruledAbove[s]
                return span
            }
            lines.append(PixelLine(top: band.top, bottom: band.bottom, spans: spans))
        }
        return lines
    }

    /// Whether `text` is digits, at least one, and one Chinese character before the last of them
    /// (`了2`): a number with a digit misread. Not a number with its unit (`2件`), nor a label
    /// (an item number has a mark after it).
    static func digitsWithOneHan(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars.filter { !ScalarClass.isHorizontalSpace($0) })
        guard (2...8).contains(scalars.count), let last = scalars.last, ScalarClass.isASCIIDigit(last) else { return false }
        return scalars.filter(ScalarClass.isHan).count == 1
            && scalars.allSatisfy { ScalarClass.isHan($0) || ScalarClass.isASCIIDigit($0) }
    }

    /// Whether a cell's reading is one character, no digit nor a printed null, whose ink is as
    /// narrow as a digit's (``digitShaped(_:tuning:)``) but no thinner than a `1`
    /// (`digitGlyphMinimumWidthInHeights`: a thinner stroke is a rule's remnant) and of a
    /// number's height (at least `unreadInkMinimumHeight` of it): a digit misread. A clean `1`
    /// with a foot, alone in its column, reads `Z`, `L`, `各` or `下` with `chi_sim+eng` (scanned
    /// prints of 上海市政府办公厅's 2019 report), and nothing digits only; the Latin model reads it.
    static func oneDigitShapedCharacter(_ text: String, ink: (x: Int, y: Int, width: Int, height: Int), numberHeight: Int,
                                        tuning: OCRTuning) -> Bool {
        let scalars = text.unicodeScalars.filter { !ScalarClass.isHorizontalSpace($0) }
        guard scalars.count == 1, let only = scalars.first else { return false }
        return !ScalarClass.isASCIIDigit(only) && !isNullMarker(String(only)) && digitShaped(ink, tuning: tuning)
            && Double(ink.width) >= Double(ink.height) * tuning.digitGlyphMinimumWidthInHeights
            && Double(ink.height) >= Double(numberHeight) * tuning.unreadInkMinimumHeight
    }

    /// Whether a glyph's ink is as narrow as a digit's (`digitGlyphWidthInHeights` of its height
    /// or less): a Chinese character at body size is about as wide as it is high.
    static func digitShaped(_ ink: (x: Int, y: Int, width: Int, height: Int), tuning: OCRTuning) -> Bool {
        ink.height > 0 && Double(ink.width) <= Double(ink.height) * tuning.digitGlyphWidthInHeights
    }

    /// Whether a cell's ink, `inkHeight` tall, was read as nothing at all and is as tall as a
    /// number (`tuning.unreadInkMinimumHeight` of `numberHeight` or more; less is a speck).
    static func readAsNothing(_ text: CellText, inkHeight: Int, numberHeight: Int, tuning: OCRTuning) -> Bool {
        text.inked && text.lines.isEmpty && Double(inkHeight) >= Double(numberHeight) * tuning.unreadInkMinimumHeight
    }

    /// Whether the other inked cells starting in cell `i`'s band are all numbers, at least three,
    /// or letters small type reads digits as (``mayBeMisreadDigits(_:)``), or, fewer than a third
    /// of the numbers, one Chinese character each (a number misread too: section 四's row read
    /// `i 0 0 0 上 0 …` for `1 0 0 0 1 0 …`, 上海市科委's A5 print at 300 dpi, where the `上`
    /// kept the `i` from being read again, and the row, one value short, was lost).
    static func amongNumbersOnly(_ i: Int, grid: TableGrid, texts: [CellText], numeric: [Bool]) -> Bool {
        let band = grid.cells[i].firstBand
        let others = grid.cells.indices.filter { $0 != i && grid.cells[$0].firstBand == band && texts[$0].inked }
        let numbers = others.filter { numeric[$0] }
        func oneHan(_ text: String) -> Bool {
            let scalars = text.unicodeScalars.filter { !ScalarClass.isHorizontalSpace($0) }
            return scalars.count == 1 && ScalarClass.isHan(scalars.first!)
        }
        let lone = others.filter { !numeric[$0] && oneHan(texts[$0].text) }
        return numbers.count >= 3 && 3 * lone.count < numbers.count
            && others.allSatisfy { numeric[$0] || mayBeMisreadDigits(texts[$0].text) || lone.contains($0) }
    }

    /// Whether cell `i` lies among a row's values: right of the first inked cell starting in its
    /// band (the label) and beside at least two cells read as numbers (a `1` alone in a column
    /// no other row fills, read as nothing).
    static func amongRowValues(_ i: Int, grid: TableGrid, texts: [CellText], numeric: [Bool]) -> Bool {
        let band = grid.cells[i].firstBand
        let others = grid.cells.indices.filter { $0 != i && grid.cells[$0].firstBand == band && texts[$0].inked }
        guard let first = others.min(by: { grid.cells[$0].x0 < grid.cells[$1].x0 }), grid.cells[first].x0 < grid.cells[i].x0 else { return false }
        return others.filter { numeric[$0] }.count >= 2
    }

    /// Whether cell `i` lies in a column of labels: of the inked cells over its middle in other
    /// rows of values (two numbers or more: not a header's rows), two or more, and more than half,
    /// hold Chinese. The label of
    /// `1.本机关不掌握相关政府信息`, beside the group label `（四）无法提供` in a tight table without
    /// rules, was read as nothing and taken for a number unread: one field too many, and the row,
    /// whose label was lost, could not be placed by its count of values (7 cells).
    static func inLabelColumn(_ i: Int, grid: TableGrid, texts: [CellText], numeric: [Bool]) -> Bool {
        let middle = (grid.cells[i].x0 + grid.cells[i].x1) / 2, band = grid.cells[i].firstBand
        let valueBands = Set(grid.cells.indices.filter { numeric[$0] }.map { grid.cells[$0].firstBand }.filter { b in
            grid.cells.indices.filter { numeric[$0] && grid.cells[$0].firstBand == b }.count >= 2
        })
        let over = grid.cells.indices.filter { j in
            j != i && grid.cells[j].firstBand != band && valueBands.contains(grid.cells[j].firstBand) && texts[j].inked
                && grid.cells[j].x0 <= middle && middle <= grid.cells[j].x1
        }
        let han = over.filter { texts[$0].text.unicodeScalars.contains(where: ScalarClass.isHan) }.count
        return han >= 2 && 2 * han > over.count
    }

    /// Whether cell `i` lies in a row of headings: the other inked cells starting in its band are
    /// more often Chinese text than numbers (a row of values has one label and its numbers).
    static func inHeaderRow(_ i: Int, grid: TableGrid, texts: [CellText], numeric: [Bool]) -> Bool {
        let band = grid.cells[i].firstBand
        var han = 0, numbers = 0
        for (j, cell) in grid.cells.enumerated() where j != i && cell.firstBand == band && texts[j].inked {
            if numeric[j] { numbers += 1 } else if texts[j].text.unicodeScalars.contains(where: ScalarClass.isHan) { han += 1 }
        }
        return han > numbers
    }

    /// A cell's area without the border of its own box: tables printed from web pages draw each
    /// cell's box apart from its neighbours' (`cellspacing`), and a box's sides, one row high, are
    /// too short to be found as ruling lines; left in, a side reads as `[` or `l` before a number
    /// (`l6o` for `60`). Rows and columns within `edge` pixels of the area's sides that are ink over
    /// most of their length are cut off.
    static func interior(_ image: GrayImage, x: Int, y: Int, width w: Int, height h: Int, threshold: UInt8,
                         edge: Int, sideInkShare: Double = 0.7) -> (x: Int, y: Int, width: Int, height: Int) {
        guard w > 2 * edge, h > 2 * edge else { return (x, y, w, h) }
        func column(_ cx: Int) -> Bool { Double(image.inkCount(x: cx, y: y, width: 1, height: h, threshold: threshold)) >= Double(h) * sideInkShare }
        func row(_ cy: Int) -> Bool { Double(image.inkCount(x: x, y: cy, width: w, height: 1, threshold: threshold)) >= Double(w) * sideInkShare }
        var left = x, right = x + w, top = y, bottom = y + h
        for d in 0..<edge where column(x + d) { left = x + d + 1 }
        for d in 0..<edge where column(x + w - 1 - d) { right = x + w - 1 - d }
        for d in 0..<edge where row(y + d) { top = y + d + 1 }
        for d in 0..<edge where row(y + h - 1 - d) { bottom = y + h - 1 - d }
        // The blurred edge of a side cut off: a column or two of faint ink beside it with paper
        // after them (read as a `1` glued to the number: `160` for `60`). Type touching the rule
        // is wider than that before any paper.
        func inked(_ cx: Int) -> Bool { image.inkCount(x: cx, y: top, width: 1, height: bottom - top, threshold: threshold) >= 2 }
        let fringe = max(1, edge / 4)
        if left > x, let k = (1...fringe).first(where: { !inked(left + $0) }), (0..<k).allSatisfy({ inked(left + $0) }) {
            left += k
        }
        if right < x + w, let k = (1...fringe).first(where: { !inked(right - 1 - $0) }), (0..<k).allSatisfy({ inked(right - 1 - $0) }) {
            right -= k
        }
        return (left, top, right - left, bottom - top)
    }

    /// A cell's ink box without a sliver of rule at its left or right side. Where a rule is
    /// double (two lines, as `border-collapse: separate` prints them) or was erased only in part,
    /// a thin bar of it stays in the cell beside the number, and OCR reads it as a `1` glued to
    /// the number (`113` for `13`, and sure of it). A sliver is ink at the box's side, within a
    /// few pixels of the cell's interior edge, at most `widthShare` of the box's height wide, over
    /// most of the box's height in each of its columns and running on above or below it: a digit
    /// `1`, even in a narrow type, is wider, starts with its flag or its foot, and ends with the
    /// other digits. A rule printed faint or askew leaves broken pieces instead, none solid: a
    /// stroke at most `widthShare` of the other ink's height wide (`strokeFloor` pixels at
    /// least), blank columns between, and ink on rows above or below all the other ink is cut
    /// too (a faint rule's pieces 80 px down the side of `524`'s cell made its ink three lines
    /// tall, and the number, read `D24`, was not read again). Nil when the sliver was all the ink.
    static func withoutRuleSlivers(_ image: GrayImage, _ ink: (x: Int, y: Int, width: Int, height: Int),
                                   interior: (x: Int, y: Int, width: Int, height: Int), threshold: UInt8,
                                   widthShare: Double, strokeFloor: Int = 3) -> (x: Int, y: Int, width: Int, height: Int)? {
        var box = ink
        let near = max(2, box.height / 8)
        /// Rows from `y0` to `y1` in which any of `k` columns from `x0` has ink.
        func rows(_ x0: Int, _ k: Int, _ y0: Int, _ y1: Int) -> Int {
            var n = 0
            for cy in y0..<y1 where image.inkCount(x: x0, y: cy, width: k, height: 1, threshold: threshold) > 0 { n += 1 }
            return n
        }
        /// The width of the sliver at one side (columns stepping by `step` from `start`), or 0:
        /// columns each with ink over most of the box's height, the first of them at the box's
        /// side, their ink running on above or below the box.
        func sliver(from start: Int, step: Int) -> Int {
            let widest = max(1, Int(Double(box.height) * widthShare))
            let solid = Int((0.85 * Double(box.height)).rounded(.up))
            var k = 0
            while k <= widest, k < box.width, rows(start + step * k, 1, box.y, box.y + box.height) >= solid { k += 1 }
            guard k >= 1, k <= widest, k < box.width else { return 0 }
            let x0 = step > 0 ? start : start - k + 1
            let beyond = rows(x0, k, interior.y, box.y) + rows(x0, k, box.y + box.height, interior.y + interior.height)
            return beyond >= max(2, box.height / 10) ? k : 0
        }
        /// The columns to cut at one side for a thin stroke apart from the rest of the ink, or 0:
        /// inked columns at the box's side, at most `widthShare` of the rest's height wide (and
        /// never fewer than `strokeFloor`), then blank columns, and the stroke's ink on rows
        /// below or above all the rest's (a rule printed faint or askew leaves pieces of
        /// itself, none solid over the box's height, down the cell's side).
        func strokeApart(leftSide: Bool) -> Int {
            func inked(_ k: Int) -> Bool {
                image.inkCount(x: leftSide ? box.x + k : box.x + box.width - 1 - k, y: box.y, width: 1, height: box.height, threshold: threshold) > 0
            }
            var k = 0
            while k < box.width, inked(k) { k += 1 }
            var g = k
            while g < box.width, !inked(g) { g += 1 }
            guard k >= 1, g - k >= 2, g < box.width,
                  let rest = image.inkBox(x: leftSide ? box.x + g : box.x, y: box.y, width: box.width - g, height: box.height, threshold: threshold),
                  k <= max(strokeFloor, Int(Double(rest.height) * widthShare)) else { return 0 }
            let x0 = leftSide ? box.x : box.x + box.width - k
            let beyond = rows(x0, k, box.y, rest.y) + rows(x0, k, rest.y + rest.height, box.y + box.height)
            return beyond >= max(2, rest.height / 4) ? g : 0
        }
        var trimmed = false
        if box.x - interior.x <= near {
            let k = sliver(from: box.x, step: 1)
            let cut = k > 0 ? k : strokeApart(leftSide: true)
            if cut > 0 { box.x += cut; box.width -= cut; trimmed = true }
        }
        if interior.x + interior.width - (box.x + box.width) <= near {
            let k = sliver(from: box.x + box.width - 1, step: -1)
            let cut = k > 0 ? k : strokeApart(leftSide: false)
            if cut > 0 { box.width -= cut; trimmed = true }
        }
        guard trimmed else { return ink }
        return image.inkBox(x: box.x, y: box.y, width: box.width, height: box.height, threshold: threshold)
    }

    /// A cell's ink box without the ends of a neighbouring row's glyphs that its top or bottom
    /// edge cuts: ink touching the edge (within a pixel of the cell's interior), no taller than
    /// `share` of the one line of ink left beside it and at least as far from it. A table
    /// without rules whose rows' bands were set off their lines put the feet of the zeros above
    /// in the cells of `3.补正后申请内容仍不明确` (`U 3`, `U 0`, …): read as labels, the row lost its
    /// seven cells. A character's own parts (`六`'s dot) lie closer together than that; two lines
    /// of a label are not one line.
    static func withoutNeighboursGlyphEnds(_ image: GrayImage, _ ink: (x: Int, y: Int, width: Int, height: Int),
                                           interior: (x: Int, y: Int, width: Int, height: Int), threshold: UInt8,
                                           share: Double) -> (x: Int, y: Int, width: Int, height: Int) {
        let inked = (0..<ink.height).map { image.inkCount(x: ink.x, y: ink.y + $0, width: ink.width, height: 1, threshold: threshold) > 0 }
        var first = 0, last = ink.height - 1
        // The runs of ink at each end, and the blank rows after them.
        func run(from start: Int, step: Int) -> (ink: Int, gap: Int) {
            var k = start
            while k >= 0, k < inked.count, inked[k] { k += step }
            let inkRows = abs(k - start)
            var g = k
            while g >= 0, g < inked.count, !inked[g] { g += step }
            return (inkRows, abs(g - k))
        }
        let none: (ink: Int, gap: Int) = (0, 0)
        let top = ink.y - interior.y <= 1 ? run(from: 0, step: 1) : none
        let bottom = interior.y + interior.height - (ink.y + ink.height) <= 1 ? run(from: ink.height - 1, step: -1) : none
        if top.gap > 0 { first = top.ink + top.gap }
        if bottom.gap > 0 { last = ink.height - 1 - bottom.ink - bottom.gap }
        // One line of ink left: no blank row within it.
        guard first <= last, inked[first...last].allSatisfy({ $0 }) else { return ink }
        let line = Double(last - first + 1)
        func cut(_ end: (ink: Int, gap: Int)) -> Bool {
            end.gap > 0 && Double(end.ink) <= share * line && Double(end.gap) >= share * line
        }
        let y0 = cut(top) ? first : 0, y1 = cut(bottom) ? last : ink.height - 1
        guard y0 > 0 || y1 < ink.height - 1 else { return ink }
        return image.inkBox(x: ink.x, y: ink.y + y0, width: ink.width, height: y1 - y0 + 1, threshold: threshold) ?? ink
    }

    /// A cell's image read as a block of text, without rule residue.
    func readBlock(_ crop: GrayImage, dpi: Int, pageSegMode: TessPageSegMode = PSM_SINGLE_BLOCK,
                   deadline: Deadline) throws(OCRProblem) -> [OCRWord] {
        engine.setImage(crop, dpi: dpi)
        return try engine.recognize(pageSegMode: pageSegMode, deadlineMilliseconds: try deadline.remaining())
            .compactMap(Self.withoutRuleResidue)
    }

    /// A word without the rule residue (`|`) read at its ends, its box narrowed by a character's
    /// width for each bar taken off; nil when it is residue alone. A rule a row lost (type touching
    /// it) reads as a bar glued to the value beside it (`77 |166` for `77` and `166` in two
    /// columns): without the bar, the word no longer crosses the column edge and the cell can be
    /// cut there.
    static func withoutRuleResidue(_ word: OCRWord) -> OCRWord? {
        guard !isRuleResidue(word.text) else { return nil }
        var scalars = Array(word.text.unicodeScalars)
        let glyph = (word.right - word.left) / max(1, scalars.count)
        var out = word
        while let first = scalars.first, isRuleBar(first) { scalars.removeFirst(); out.left += glyph }
        while let last = scalars.last, isRuleBar(last) { scalars.removeLast(); out.right -= glyph }
        // A bracket a rule and a serif read as, before or after a number (`[278`, 平潭's print with
        // white cells at 240 dpi): no value prints one.
        if scalars.first == "[", readsAsNumber(String(String.UnicodeScalarView(scalars.dropFirst()))) {
            scalars.removeFirst(); out.left += glyph
        }
        if scalars.last == "]", readsAsNumber(String(String.UnicodeScalarView(scalars.dropLast()))) {
            scalars.removeLast(); out.right -= glyph
        }
        out.text = String(String.UnicodeScalarView(scalars)).trimmingSpaceScalars()
        return out.text.isEmpty ? nil : out
    }

    /// The words a cut cell's first part keeps (nil: its reading alone, `readAlone`): those the
    /// whole cell's reading (`whole`) gave it, their middles before `end`, where they hold more
    /// Chinese. Read alone, a label cut from the rule its last character touches may come back
    /// as Latin junk (`FEAT IM ETE AR FM` for `其他对外管理服务事项`).
    static func firstPartWords(_ whole: [OCRWord], readAlone: [OCRWord], end: Int) -> [OCRWord]? {
        func han(_ words: [OCRWord]) -> Int { words.reduce(0) { $0 + $1.text.unicodeScalars.filter(ScalarClass.isHan).count } }
        let first = whole.filter { ($0.left + $0.right) / 2 < end }
        return han(first) > han(readAlone) ? first : nil
    }

    /// Mean confidence of words, weighted by their length; 0 for none.
    static func meanConfidence(_ words: [OCRWord]) -> Double {
        var sum = 0.0, n = 0
        for w in words {
            let k = w.text.unicodeScalars.count
            sum += w.confidence * Double(k)
            n += k
        }
        return n == 0 ? 0 : sum / Double(n)
    }

    /// A cell's text, its ink (nil when blank: its crop and its box in page pixels) and its words
    /// in page pixels.
    typealias CellReading = (text: CellText, box: (crop: GrayImage, ink: (x: Int, y: Int, width: Int, height: Int))?, words: [OCRWord])

    /// One cell of `grid` read: the ink inside its rules alone on a white canvas, as a block (and
    /// again as one line when a label reads too short, again with its contrast stretched when
    /// pale); its words' lines put in the bands they lie in.
    func readCell(_ cell: TableGrid.Cell, in grid: TableGrid, image: GrayImage, threshold: UInt8, dpi: Int,
                  deadline: Deadline) throws(OCRProblem) -> CellReading {
        let scale = OCRTuning.Scale(dpi: dpi)
        let pad = 1     // the rules are erased: a cell reaches to their centre lines
        let margin = scale.pixels(tuning.cellCanvasMargin)
        let (x, y, w, h) = Self.interior(image, x: cell.x0 + pad, y: grid.bands[cell.firstBand].top + pad,
                                         width: cell.x1 - 2 * pad - cell.x0, height: grid.bands[cell.lastBand].bottom - 2 * pad - grid.bands[cell.firstBand].top,
                                         threshold: threshold, edge: scale.pixels(tuning.cellBoxEdge, floor: tuning.cellBoxEdgeFloor),
                                         sideInkShare: tuning.cellBoxSideInkShare)
        guard w > tuning.cellMinimumSide, h > tuning.cellMinimumSide,
              image.inkCount(x: x, y: y, width: w, height: h, threshold: threshold) >= scale.area(tuning.cellMinimumInk),
              let found = image.inkBox(x: x, y: y, width: w, height: h, threshold: threshold),
              let sliverless = Self.withoutRuleSlivers(image, found, interior: (x, y, w, h), threshold: threshold,
                                                       widthShare: tuning.ruleSliverWidthShare),
              case let ink = Self.withoutNeighboursGlyphEnds(image, sliverless, interior: (x, y, w, h), threshold: threshold,
                                                             share: tuning.neighbourGlyphEndShare) else {
            return (CellText(), nil, [])
        }
        // The ink alone, on a white canvas.
        let p = tuning.cellInkPad
        var crop = image.cropped(x: ink.x - p, y: ink.y - p, width: ink.width + 2 * p, height: ink.height + 2 * p, border: margin)
        if tuning.cellPaperWhitened {
            crop = crop.paperWhitened(x: margin, y: margin, width: ink.width + 2 * p, height: ink.height + 2 * p, ring: p)
        }
        var words = try rereadingShortLabel(try readBlock(crop, dpi: dpi, deadline: deadline), crop: crop, ink: ink,
                                            dpi: dpi, deadline: deadline)
        if Self.meanConfidence(words) < options.uncertainBelow - tuning.paleReadingMargin {
            // Pale print: the same cell with its contrast stretched, if it reads better.
            let again = try readBlock(crop.contrastStretched(), dpi: dpi, deadline: deadline)
            if Self.meanConfidence(again) > Self.meanConfidence(words) { words = again }
        }
        words = Self.withoutSpecksReadAsDigits(Self.onPage(words, crop: ink, pad: p, margin: margin), heightShare: tuning.speckDigitHeightShare)
        return (Self.cellText(words, cell: cell, in: grid), (crop, ink), words)
    }

    /// `words` without digits read from specks: a word of digits less tall than `heightShare` of
    /// the cell's words' median height (the upper one of two). Noise in a cell of 上海市科委's
    /// picture table at 200 dpi read `4`, 3 px high, a number's width to the right of the cell's
    /// `0`, 35 px high: the cell was cut between the two "numbers" as one whose rules were lost,
    /// and its row had a field too many (7 cells lost). Type in one cell is one size; not its
    /// tallest word, which may span lines (a column's label printed a character to a line, in
    /// the cell of a table ruled only across): a label's `3.` went with that.
    static func withoutSpecksReadAsDigits(_ words: [OCRWord], heightShare: Double) -> [OCRWord] {
        guard words.count >= 2 else { return words }
        let heights = words.map { $0.bottom - $0.top }.sorted()
        let median = heights[heights.count / 2]
        return words.filter { w in
            !(w.text.unicodeScalars.allSatisfy(ScalarClass.isASCIIDigit) && Double(w.bottom - w.top) < heightShare * Double(median))
        }
    }

    /// Words read in a cell's crop (its `ink` with `pad` around it, on a `margin` of white) moved
    /// to page pixels.
    static func onPage(_ words: [OCRWord], crop ink: (x: Int, y: Int, width: Int, height: Int), pad: Int, margin: Int) -> [OCRWord] {
        let dx = ink.x - pad - margin, dy = ink.y - pad - margin
        return words.map { w in
            var w = w
            w.left += dx; w.right += dx; w.top += dy; w.bottom += dy
            return w
        }
    }

    /// A cell's words (in page pixels) as its text: their lines in the bands they lie in.
    static func cellText(_ words: [OCRWord], cell: TableGrid.Cell, in grid: TableGrid) -> CellText {
        var text = CellText()
        text.inked = true
        var group: [OCRWord] = []
        func flush() {
            guard !group.isEmpty else { return }
            let mid = (group.map(\.top).min()! + group.map(\.bottom).max()!) / 2
            text.lines.append((grid.band(of: cell, y: mid), Self.joined(group), group.map(\.confidence).min()!))
            group = []
        }
        for word in words {
            if word.startsLine { flush() }
            group.append(word)
        }
        flush()
        return text
    }
}
