import CTesseract
import DocumentModel
#if canImport(Glibc)
import Glibc
#endif

/// Reads one rendered page with tesseract: straightens it, finds the ruling lines of its tables,
/// erases them, recognises the page once, and puts the words back into lines and cells — table
/// rows from the rules, cells between vertical rules (empty cells kept), other text by
/// tesseract's lines. Numeric cells read with low confidence are read again alone, digits only.
///
/// Its concerns, one file each: language data (`LanguageData`), orientation (`PageOrientation`),
/// the page (here: render, deskew, rules, prose), table cells (`OCRTableCells`) and the votes of
/// a number cell's readings (`OCRCellVotes`); every threshold is in ``OCRTuning``.
final class OCRPageReader {
    let engine: TesseractEngine
    let options: OCROptions
    var tuning: OCRTuning { options.tuning }
    /// Orientation detection (tesseract's `osd` data), started on the first page that needs it;
    /// nil when the data is not installed.
    lazy var orientationEngine: TesseractEngine? = {
        try? TesseractEngine(languages: "osd", dataPath: options.dataPath)
    }()
    /// The Latin model alone, for a second opinion on numbers (`OCRSecondOpinion`), started on the
    /// first table that needs it; nil when its data is not installed.
    lazy var latinEngine: TesseractEngine? = {
        try? TesseractEngine(languages: "eng", dataPath: options.dataPath)
    }()

    /// The idle workers this reader's page shares its cells with (`OCRWorkers`); nil: read alone.
    var help: OCRHelp?

    init(options: OCROptions) throws(OCRProblem) {
        try LanguageData.check(options)
        engine = try TesseractEngine(languages: options.languages, dataPath: options.dataPath)
        self.options = options
    }

    /// `items` read one by one by `body`, in order: with idle workers (`help`), in parts of
    /// `sharedPart` that they and this reader take in turn, each with its own reader.
    func shared<Item: Sendable, Result: Sendable>(_ items: [Item],
                                                  _ body: @escaping @Sendable (OCRPageReader, Item) throws(OCRProblem) -> Result) throws(OCRProblem) -> [Result] {
        guard let help, items.count > Self.sharedPart else {
            var results: [Result] = []
            for item in items { results.append(try body(self, item)) }
            return results
        }
        let batch = OCRSharedBatch(items, partSize: Self.sharedPart, body)
        help.post(batch)
        return try batch.results(reading: self)
    }

    /// Items (cells, about 15 ms each) in a part of shared work: small enough to even out the
    /// workers' ends, large enough that taking parts costs nothing measurable.
    static let sharedPart = 6

    /// The resolution to render a page of `width` × `height` points at: `dpi`, or lower when the
    /// image would exceed `maxPixels`.
    static func renderingDPI(width: Double, height: Double, dpi: Double, maxPixels: Int) -> Double {
        let pixels = width * height * dpi * dpi / 5184
        guard pixels > Double(maxPixels), pixels > 0 else { return dpi }
        return max(1, (dpi * (Double(maxPixels) / pixels).squareRoot()).rounded(.down))
    }

    /// The page's lines, in points, from its image at `dpi`.
    func read(_ page: PopplerPageHandle, number: Int) throws(OCRProblem) -> Page {
        let (w, h) = page.size
        // At most `maxPixels`, whatever the page's size: a 200-inch page at 300 dpi would need
        // gigabytes (the resolution then falls below what OCR can read: such pages are posters).
        let dpi = Self.renderingDPI(width: w, height: h, dpi: Double(options.dpi), maxPixels: options.maxPixels)
        guard let rendered = page.renderGray(dpi: dpi, redAsGray: true) else {
            return Page(number: number, lines: [], width: w, height: h, origin: .ocr)
        }
        var image = GrayImage(width: rendered.width, height: rendered.height, pixels: rendered.pixels)
        var (lines, turns) = try recognize(&image, dpi: dpi, firstPage: number == 1)
        for i in lines.indices { lines[i].ref.page = number }
        let upright = turns % 2 == 0 ? (w, h) : (h, w)
        var read = Page(number: number, lines: lines, width: upright.0, height: upright.1, origin: .ocr)
        read.quarterTurns = turns
        return read
    }

    /// Recognises an image (straightened in place) and returns its lines in points, and the quarter
    /// turns clockwise it was given to stand upright. A page that reads badly, or is landscape, is
    /// checked for a wrong orientation (fed sideways or upside down) and, if turned, read again.
    /// The `firstPage`'s large type (its title) is read again as a block (`OCRLargeTypeRereading`).
    func recognize(_ image: inout GrayImage, dpi: Double, firstPage: Bool = false) throws(OCRProblem) -> (lines: [Line], turns: Int) {
        let deadline = Deadline(seconds: options.pageTimeLimit)
        if let even = Illumination.flattened(image, tuning: tuning) { image = even }
        let threshold = min(image.otsuThreshold(), 200)
        PageBackground.whiten(&image, threshold: threshold, tuning: tuning)
        if image.inkShare(threshold: threshold) < tuning.blankPageInkShare { return ([], 0) }
        let original = image
        let lines = try recognizeUpright(&image, dpi: dpi, threshold: threshold, firstPage: firstPage, deadline: deadline)
        // A landscape page is checked too: a report's portrait page fed sideways reads as Chinese
        // (each character turned reads as another), with confidence, so it does not read badly.
        let landscape = original.width > original.height
        guard Self.readsBadly(lines, tuning: tuning) || landscape,
              let turns = try orientation(of: original, dpi: dpi, deadline: deadline), turns != 0 else {
            return (lines, 0)
        }
        image = original.quarterTurned(turns)
        return (try recognizeUpright(&image, dpi: dpi, threshold: threshold, firstPage: firstPage, deadline: deadline), turns)
    }

    func recognizeUpright(_ image: inout GrayImage, dpi: Double, threshold: UInt8, firstPage: Bool, deadline: Deadline) throws(OCRProblem) -> [Line] {
        let angle = Deskew.angle(of: image, threshold: threshold)
        let unturned = image
        if abs(angle) >= tuning.deskewMinimumAngle { image = image.rotated(by: angle) }
        let scale = OCRTuning.Scale(dpi: dpi)
        // What the page is still off by, where its long rules agree on it (`RuleSkew`); then its
        // slant, from the same rules unless the page was turned again (`Perspective`).
        var long = Perspective.pageRules(in: image, threshold: threshold, scale: scale, tuning: tuning)
        if let residual = RuleSkew.residual(of: image, rules: long, scale: scale, tuning: tuning) {
            image = unturned.rotated(by: angle + residual)
            long = Perspective.pageRules(in: image, threshold: threshold, scale: scale, tuning: tuning)
        }
        if let mapping = Perspective.straightening(image, rules: long, scale: scale, tuning: tuning) {
            image = image.warped(by: mapping)
        }
        let (rules, grids) = Self.tables(in: image, threshold: threshold, scale: scale, tuning: tuning)
        let tolerance = scale.pixels(tuning.gridTolerance, floor: tuning.gridToleranceFloor)
        let ruledAcross = Self.ruledAcrossStacks(rules.loose, tolerance: tolerance, tuning: tuning)
        var clean = image
        rules.erase(from: &clean)
        defer { engine.clear() }
        // Prose: the page with its tables blanked out, laid out by tesseract.
        var prose = clean
        let m = tuning.tableBlankMargin
        for g in grids { prose.fill(x0: g.left - m, y0: g.top - m, x1: g.right + m, y1: g.bottom + m) }
        // Tables blanked white on grey paper can put tesseract's one threshold (Otsu's, over the
        // page) between the paper and the white, nearer the paper than the page's own: the paper
        // reads as ink and the prose is lost (two tables, three quarters of a light-rules scan's
        // page at paper level 239: 245 for the page's 171; its heading and next line gone). Such
        // tables are blanked to the paper's level instead.
        if !grids.isEmpty, case let paper = Int(clean.paperLevel()),
           Int(prose.otsuThreshold()) > (Int(clean.otsuThreshold()) + paper) / 2 {
            for g in grids { prose.fill(x0: g.left - m, y0: g.top - m, x1: g.right + m, y1: g.bottom + m, value: UInt8(paper)) }
        }
        engine.setImage(prose, dpi: Int(dpi))
        var words = try engine.recognize(pageSegMode: PSM_AUTO, deadlineMilliseconds: try deadline.remaining())
        if firstPage { words = try rereadingLargeType(words, imageWidth: prose.width, imageHeight: prose.height, deadline: deadline) }
        words = try rereadingColumnsReadDown(words, image: prose, dpi: Int(dpi), deadline: deadline)
        // Lines tesseract's layout left out (`DroppedLines`), read again one by one.
        let wordHeights = words.map { $0.bottom - $0.top }.sorted()
        if wordHeights.count >= 6 {
            words += try droppedLines(in: prose, words: words, outside: grids, lineHeight: wordHeights[wordHeights.count / 2],
                                      threshold: threshold, dpi: Int(dpi), deadline: deadline)
        }
        // Tables ruled only across: their grids from the words read over them, which their cells replace.
        // (The prose is read with their rules: erased, the page reads otherwise where no grid is
        // made of them.)
        var acrossGrids: [TableGrid] = []
        for stack in ruledAcross.stacks {
            let made = Self.gridsOfAlignedNumbers(stack, rowHeight: ruledAcross.rowHeight, words: words, image: clean,
                                                  threshold: threshold, tolerance: tolerance, tuning: tuning)
            guard !made.isEmpty else { continue }
            acrossGrids += made
            RulingLines(horizontal: stack).erase(from: &clean)
        }
        // Latin junk read again where the tables ruled across do not replace the words (their
        // cells are read again anyway, and their junk, counted, made a page look unreadable).
        words = try rereadingLatinJunk(words, image: prose, dpi: dpi, outside: acrossGrids, deadline: deadline)
        // Numbers tesseract's layout left out (`DroppedNumbers`), for the search for tables
        // without rules; kept only where such a table is found over them.
        let heights = words.map { $0.bottom - $0.top }.sorted()
        let dropped = heights.count < 6 ? [] : try droppedNumbers(in: prose, words: words, outside: grids + acrossGrids,
                                                                  lineHeight: heights[heights.count / 2], threshold: threshold,
                                                                  dpi: Int(dpi), deadline: deadline)
        words += dropped
        // The grids drawn by rules: `grids`, and this many first of `acrossGrids`.
        let ruledAcrossGrids = acrossGrids.count
        // Tables without rules: rules drawn above and below their rows of values.
        var notAcross = words.filter { w in !acrossGrids.contains { $0.contains(w) } }
        var unruled = Self.unruledStacks(notAcross, tuning: tuning)
        // A row of numbers read as no word at all, within those tables: its ink, as words read as nothing.
        let unread = Self.unreadNumbers(in: clean, words: words, stacks: unruled.stacks, lineHeight: unruled.rowHeight,
                                        threshold: threshold, tuning: tuning)
        if !unread.marks.isEmpty {
            // A word read over rows found within it is no word of them (its ink, their cells').
            func isSuperseded(_ w: OCRWord) -> Bool { unread.superseded.contains { $0.hasBox(of: w) } }
            notAcross.removeAll(where: isSuperseded)
            words.removeAll(where: isSuperseded)
            notAcross += unread.marks
            unruled = Self.unruledStacks(notAcross, tuning: tuning)
        }
        // The same with only rows of two values or more, one after another: the tables of a
        // page whose header gives no columns (below).
        let strict = Self.unruledStacks(notAcross, tuning: tuning, singleValues: false)
        // Their headers, read column by column in place of the prose read over them; a header's
        // columns are the table's, for its rows below it too (where they fit).
        var headers: [PixelLine] = []
        var headerColumns: [(x0: Int, x1: Int)]? = nil
        // Where those tables lie and where their values start: a number on a line of prose there,
        // past that edge, is a value (`只计这一3`, a row's only value read with its label).
        var valueEdges: [(top: Int, bottom: Int, x: Int)] = []
        /// The grids of one stack, and whether a header was found over one of them (sought unless
        /// `seekingHeader` is false).
        func readStack(_ whole: [RulingLines.Segment], misread: [ClosedRange<Int>], seekingHeader: Bool = true) throws(OCRProblem) -> (made: [TableGrid], header: Bool) {
            var stack = whole
            var found = false
            var made = Self.gridsOfAlignedNumbers(stack, rowHeight: unruled.rowHeight, words: words, image: clean,
                                                  threshold: threshold, tolerance: tolerance, tuning: tuning, misreadRows: misread)
            for grid in made where seekingHeader {
                // Where none is found above the first row's band, one reaching down to its values.
                var over = try unruledHeader(above: grid, words: words, lineHeight: unruled.rowHeight, image: clean,
                                             threshold: threshold, dpi: Int(dpi), deadline: deadline)
                if over == nil {
                    over = try unruledHeader(above: grid, words: words, lineHeight: unruled.rowHeight, image: clean,
                                             threshold: threshold, dpi: Int(dpi), deadline: deadline, downToValues: true)
                }
                guard let header = over else { continue }
                found = true
                var headerLine = header.line
                headerLine.tableHeader = true
                headers.append(headerLine)
                headerColumns = header.columns
                // Its values read together across its columns, parted (as the header was fitted).
                words = Self.parting(words, under: header.columns, image: clean, threshold: threshold) { w in
                    grid.contains(w) && w.top >= header.firstRow - tolerance
                }
                valueEdges.append((header.firstRow, header.firstRow, header.columns[0].x0 - tolerance))
                // The header's lines taken as rows of the table: the table starts below them.
                stack.removeAll { $0.center < header.firstRow - tolerance }
                words.removeAll { w in
                    let x = (w.left + w.right) / 2, y = (w.top + w.bottom) / 2
                    return header.boxes.contains { x >= $0.x0 && x <= $0.x1 && y >= $0.y0 && y <= $0.y1 }
                }
                // Its last line within the first row's band is no part of that row's cells.
                if header.boxes.contains(where: { $0.y1 > header.firstRow }) {
                    let paper = clean.paperLevel()
                    for b in header.boxes where b.y1 > header.firstRow {
                        clean.fill(x0: b.x0, y0: max(b.y0, header.firstRow), x1: b.x1, y1: b.y1, value: paper)
                    }
                }
            }
            if let columns = headerColumns {
                made = Self.gridsOfAlignedNumbers(stack, rowHeight: unruled.rowHeight, words: words, image: clean, threshold: threshold,
                                                  tolerance: tolerance, tuning: tuning, misreadRows: misread, headerColumns: columns)
                // The table reaches down to its last part under the header.
                if let last = made.filter({ g in g.right >= columns.last!.x1 }).map(\.bottom).max(), !valueEdges.isEmpty {
                    valueEdges[valueEdges.count - 1].bottom = max(valueEdges[valueEdges.count - 1].bottom, last)
                }
            }
            return (made, found)
        }
        for (whole, misread) in zip(unruled.stacks, unruled.misread) {
            // Rows of one value and the labels of blank rows keep a table whole under its
            // header's columns; with no header to give them, its columns are its numbers', and a
            // table whose columns are mostly blank is read only in the stretches where rows of
            // two values or more follow one another (as it was before rows of one value counted).
            let underHeader = headerColumns != nil
            let r = try readStack(whole, misread: misread)
            if r.header || underHeader || strict.stacks.contains(where: { $0.map(\.center) == whole.map(\.center) }) {
                acrossGrids += r.made
                continue
            }
            let span = whole.map(\.center).min()!...whole.map(\.center).max()!
            var made: [TableGrid] = []
            for (part, partMisread) in zip(strict.stacks, strict.misread) where part.allSatisfy({ span.contains($0.center) }) {
                made += try readStack(part, misread: partMisread).made
            }
            // A header found over one of those stretches gives the whole table its columns.
            if headerColumns != nil, case let all = try readStack(whole, misread: misread, seekingHeader: false).made, !all.isEmpty { made = all }
            acrossGrids += made
        }
        func unplaced(_ w: OCRWord) -> Bool {
            !acrossGrids.contains { $0.contains(w) } && dropped.contains { $0.left == w.left && $0.top == w.top && $0.right == w.right }
        }
        let found = words.filter(unplaced)
        words.removeAll(where: unplaced)
        // Where the page's text ends: its words', and its tables'.
        let textRight = max(words.map(\.right).max() ?? 0, (grids + acrossGrids).map(\.right).max() ?? 0)
        // Rows of values with no label made whole (a table of one row), with numbers found apart.
        words = Self.joiningRowsOfValues(words, found: found, outside: acrossGrids)
        // Tables of one row without rules, under their headers.
        let rest = words.filter { w in !acrossGrids.contains { $0.contains(w) } }
        for table in try oneRowTables(rest, lineHeight: unruled.rowHeight, image: clean, threshold: threshold, dpi: Int(dpi),
                                      tolerance: tolerance, deadline: deadline) {
            headers.append(table.header)
            words.removeAll { w in
                let x = (w.left + w.right) / 2, y = (w.top + w.bottom) / 2
                return table.boxes.contains { x >= $0.x0 && x <= $0.x1 && y >= $0.y0 && y <= $0.y1 }
            }
            acrossGrids.append(table.grid)
        }
        words.removeAll { w in acrossGrids.contains { $0.contains(w) } }
        var lines = try rereadingLettersAmongNumbers(proseLines(words, valueEdges: valueEdges), image: clean, threshold: threshold, dpi: Int(dpi), deadline: deadline)
        Self.markingInkParts(&lines, image: clean, threshold: threshold)
        Self.markingLinesBelowRuledGrids(&lines, grids: grids)
        for k in lines.indices {
            lines[k].blankAfterText = Self.blankAfterText(lines[k], textRight: textRight, image: clean, threshold: threshold, scale: scale, tuning: tuning)
        }
        lines += headers
        // Tables: cell by cell.
        for (k, grid) in (grids + acrossGrids).enumerated() {
            // Cells read as Latin junk are read again only between drawn rules: a table without
            // rules puts a label's second line, where it runs into the row below, in a cell of its
            // own (read again, `5.要求行政机关确认…`'s first line joined the label above it).
            var rows = try tableLines(grid, image: clean, threshold: threshold, dpi: Int(dpi),
                                      rereadingLatinJunk: k < grids.count + ruledAcrossGrids, drawn: k < grids.count, deadline: deadline)
            for k in rows.indices { rows[k].blankAfterText = Self.cellsBlankAfterText(rows[k]) }
            lines += rows
        }
        lines.sort { $0.top < $1.top }
        let toPoints = 72 / dpi
        return lines.enumerated().map { i, p in
            func inPoints(_ s: Span) -> Span {
                var s = s
                s.x0 = s.x0.map { $0 * toPoints }
                s.x1 = s.x1.map { $0 * toPoints }
                s.inkParts = s.inkParts.map(inPoints)
                return s
            }
            var line = Line(spans: p.spans.map(inPoints),
                            ref: SourceRef(page: 0, line: i + 1), y0: Double(p.top) * toPoints, y1: Double(p.bottom) * toPoints)
            line.blankAfterText = p.blankAfterText
            line.tableHeader = p.tableHeader
            return line
        }
    }

    /// The page's ruling lines and the tables they draw. Rules are often printed thin and grey,
    /// paler than the text: anything clearly darker than the paper is a candidate; only long
    /// straight runs of it are kept.
    static func tables(in image: GrayImage, threshold: UInt8, scale: OCRTuning.Scale, tuning: OCRTuning) -> (RulingLines, [TableGrid]) {
        var lineOptions = RulingLines.Options()
        lineOptions.minimumLength = scale.pixels(tuning.ruleMinimumLength)
        lineOptions.minimumVerticalLength = scale.pixels(tuning.ruleMinimumVerticalLength)
        lineOptions.maximumThickness = scale.pixels(tuning.ruleMaximumThickness, floor: tuning.ruleMaximumThicknessFloor)
        let paper = Int(image.paperLevel())
        let lineThreshold = max(threshold, UInt8(clamping: min(tuning.rulePalestLevel, paper - tuning.ruleDarkerThanPaper)))
        let gridTolerance = scale.pixels(tuning.gridTolerance, floor: tuning.gridToleranceFloor)
        // Cells boxed apart (`cellspacing`): each box's sides are one row high, and at a high
        // resolution the two rules between rows may lie further apart than the tolerance; they
        // are still one line of the grid.
        lineOptions.boxedCellsMinimumVerticalLength = scale.pixels(tuning.boxedCellsMinimumVerticalLength)
        lineOptions.oneRowMinimumVerticalLength = scale.pixels(tuning.oneRowMinimumVerticalLength)
        lineOptions.inLineMinimumVerticalLength = scale.pixels(tuning.inLineMinimumVerticalLength)
        lineOptions.sideWidthSlack = scale.pixels(tuning.sideWidthSlack, floor: 2)
        lineOptions.cellSpacingMaximum = 2 * gridTolerance
        /// The tables `rules` draw, and the tolerance they were made with.
        func tables(of rules: RulingLines) -> (grids: [TableGrid], tolerance: Int) {
            let tolerance = rules.cellSpacing.map { max(gridTolerance, $0 + 2) } ?? gridTolerance
            // A rule's blur reaches a tolerance from its middle at most.
            let inText = { (band: TableGrid.Band, x: Int) in
                image.inkOnBothSides(ofX: x, top: band.top, bottom: band.bottom, gap: tolerance, threshold: threshold)
            }
            return (TableGrid.grids(from: rules, tolerance: tolerance, strayEdgeInText: inText), tolerance)
        }
        /// The rules found in `searched` and their tables, stray edges taken off.
        func found(in searched: GrayImage, threshold: UInt8) -> (rules: RulingLines, grids: [TableGrid], tolerance: Int) {
            var rules = RulingLines.find(in: searched, threshold: threshold, options: lineOptions)
            let (grids, tolerance) = tables(of: rules)
            for g in grids { rules = g.withoutStrayEdges(rules, tolerance: tolerance) }
            return (rules, grids, tolerance)
        }
        /// Whether `other`'s tables hold more cells than `grids`, and each of `grids` lies within
        /// one of them, of as many cells at least (one table's rows gained do not pay for another's
        /// lost).
        func better(_ other: [TableGrid], tolerance t: Int, than grids: [TableGrid]) -> Bool {
            let within = { (g: TableGrid) in
                other.contains { p in
                    p.left <= g.left + t && p.top <= g.top + t && p.right >= g.right - t && p.bottom >= g.bottom - t && p.cells.count >= g.cells.count
                }
            }
            return other.map(\.cells.count).reduce(0, +) > grids.map(\.cells.count).reduce(0, +) && grids.allSatisfy(within)
        }
        var (rules, grids, _) = found(in: image, threshold: lineThreshold)
        // Dashed rules (`DashedRules`), joined, where the page has some.
        let dashOptions = GrayImage.DashOptions(maximumDash: scale.pixels(tuning.dashMaximumLength, floor: 4),
                                                minimumDash: scale.pixels(tuning.dashMinimumLength, floor: 3),
                                                maximumGap: scale.pixels(tuning.dashMaximumGap, floor: 2),
                                                minimumDashes: tuning.dashMinimumCount, minimumDashesOfPattern: tuning.dashMinimumCountOfPattern,
                                                minimumLines: tuning.dashedLinesMinimum)
        if let joined = image.dashedRulesJoined(threshold: lineThreshold, options: dashOptions) {
            let dashed = found(in: joined, threshold: lineThreshold)
            if better(dashed.grids, tolerance: dashed.tolerance, than: grids) { (rules, grids) = (dashed.rules, dashed.grids) }
        }
        // Cells shaded (`ShadedCells`): rules sought against the paper around them.
        if image.hasShadedAreas(paper: paper, block: scale.pixels(tuning.shadeBlock, floor: 8),
                                minimumDarkness: tuning.shadeMinimumDarkness, maximumDarkness: tuning.shadeMaximumDarkness,
                                minimumBlocks: tuning.shadedBlocksMinimum) {
            let relative = image.darknessBelowPaperAround(radius: scale.pixels(tuning.shadeRadius, floor: 4))
            let unshaded = found(in: relative, threshold: UInt8(255 - tuning.ruleDarkerThanPaper))
            if better(unshaded.grids, tolerance: unshaded.tolerance, than: grids) { (rules, grids) = (unshaded.rules, unshaded.grids) }
        }
        // Rules too pale to tell from the paper (`PaleRules`) leave a table out, or parts of it:
        // unless the rules found are printed dark, the page is searched again for them, and the
        // tables found so are taken when they hold more cells and every table found before lies
        // within one of them.
        guard image.mayHavePaleRules(rules, paper: paper, margin: 2 * tuning.paleRuleMargin) else { return (rules, grids) }
        let enhanced = image.paleRulesEnhanced(block: scale.pixels(tuning.paperBlock, floor: 8),
                                               run: scale.pixels(tuning.paleRuleRun, floor: 3), gain: tuning.paleRuleGain)
        var pale = RulingLines.find(in: enhanced, threshold: UInt8(255 - tuning.paleRuleMargin), options: lineOptions)
        // With the sides found before: the enhanced image loses some
        // (`addingSides(of:tolerance:crossingTolerance:)`); its pieces of one side were seen up to
        // 14 px (at 300 dpi) from the plain search's side.
        pale = pale.addingSides(of: rules, tolerance: 2 * gridTolerance, crossingTolerance: lineOptions.crossingTolerance)
        let (paleGrids, t) = tables(of: pale)
        for g in paleGrids { pale = g.withoutStrayEdges(pale, tolerance: t) }
        guard better(paleGrids, tolerance: t, than: grids) else { return (rules, grids) }
        return (pale, paleGrids)
    }

    /// A line in pixels, on its way to the document model.
    struct PixelLine {
        var top: Int, bottom: Int
        var spans: [Span]
        /// Blank paper after its text (``blankAfterText(_:textRight:image:threshold:scale:tuning:)``).
        var blankAfterText = false
        /// The header of a table without rules (``Line/tableHeader``).
        var tableHeader = false
    }

    /// Tesseract's lines: runs of words from one that starts a line.
    static func textLines(_ words: [OCRWord]) -> [[OCRWord]] {
        var lines: [[OCRWord]] = []
        for word in words {
            if word.startsLine || lines.isEmpty { lines.append([word]) } else { lines[lines.count - 1].append(word) }
        }
        return lines
    }

    /// Tesseract's lines of prose, split into cells at wide gaps (a table without rules), and
    /// before a number that starts past the edge where a table's values start (`valueEdges`:
    /// each over the rows from `top` to `bottom`) after a gap; such a number read with little
    /// confidence is marked to be read again.
    func proseLines(_ words: [OCRWord], valueEdges: [(top: Int, bottom: Int, x: Int)] = []) -> [PixelLine] {
        Self.textLines(words).map { line in
            let sorted = line.sorted { $0.left < $1.left }
            let height = sorted.map { $0.bottom - $0.top }.sorted()[sorted.count / 2]
            let middle = (sorted.map(\.top).min()! + sorted.map(\.bottom).max()!) / 2
            let edge = valueEdges.first { middle >= $0.top && middle <= $0.bottom }?.x
            var spans: [Span] = []
            var current: [OCRWord] = []
            func flush() {
                guard !current.isEmpty else { return }
                var span = Span(text: Self.joined(current), x0: Double(current.first!.left), x1: Double(current.last!.right),
                                confidence: current.map(\.confidence).min())
                // A number read last with a label's words (`(+) Sit 767`): its place apart, for a
                // table continued from the page before (``NumbersUnderThePageBefore``).
                if current.count >= 2, let last = current.last, Self.readsAsNumber(last.text),
                   last.text.unicodeScalars.allSatisfy(ScalarClass.isASCIIDigit) {
                    let head = current.dropLast()
                    span.inkParts = [Span(text: Self.joined(Array(head)), x0: Double(head.first!.left), x1: Double(head.last!.right),
                                          confidence: head.map(\.confidence).min()),
                                     Span(text: last.text, x0: Double(last.left), x1: Double(last.right), confidence: last.confidence)]
                }
                spans.append(span)
                current = []
            }
            for w in sorted {
                if let last = current.last, w.left - last.right > Int(tuning.proseCellGapInLineHeights * Double(max(height, 1))) { flush() }
                if let edge, let last = current.last, last.right < edge, w.left >= edge, Self.readsAsNumber(w.text) { flush() }
                // Two numbers apart by half a line or more are two fields, each with its own
                // place (`767 35` under the columns of a table without rules continued from the
                // page before, its header there); closer, one number's digits read apart.
                if let last = current.last, Self.readsAsNumber(last.text), Self.readsAsNumber(w.text),
                   Double(w.left - last.right) >= tuning.proseNumberGapInLineHeights * Double(max(height, 1)) { flush() }
                current.append(w)
            }
            flush()
            // Parts are noted on lines of a label and its numbers only.
            if spans.filter({ Self.readsAsNumber($0.text) }).count < 2 {
                for k in spans.indices { spans[k].inkParts = [] }
            }
            Self.markLettersAmongNumbers(&spans, uncertainBelow: options.uncertainBelow)
            // A value of such a table read doubtfully (`7` for a `3`) is read again, as a cell's
            // would be (``rereadingLettersAmongNumbers``).
            if let edge {
                for k in spans.indices where (spans[k].x0 ?? 0) >= Double(edge) && Self.readsAsNumber(spans[k].text)
                    && (spans[k].confidence ?? 0) < options.uncertainBelow {
                    spans[k].unreadableNumber = true
                }
            }
            return PixelLine(top: sorted.map(\.top).min()!, bottom: sorted.map(\.bottom).max()!, spans: spans)
        }
    }

    /// A line of prose that is numbers only, with letters digits are read as among them (`O` for
    /// `0` in section 四's one row of a table without rules, at least three numbers): each such
    /// letter is a number unread, kept in its place as a field of the row and uncertain. Not the
    /// strokes a rule's residue reads as (`|`, `l`, `I`, `J`): there, a field too many would
    /// take the place of a number the line lost and move the numbers after it.
    ///
    /// So is a number with one letter among its digits on a line of a label and its numbers
    /// (`规章 13 a3 524`, a `1` read `a`: 上海市政府办公厅's 2019 page printed without rules and
    /// scanned at 300 dpi), at least two numbers besides: taken for text, it made the row's later
    /// numbers a row of their own, and both were lost. The letter is not a rule's stroke (`|3`
    /// is a `3` beside a rule).
    ///
    /// So are digits after one Chinese character or a quotation mark (`了2` for `72`, `“72` with a
    /// speck before it: the row 四、结转下年度继续办理 of 上海市政府办公厅's 2019 page printed
    /// without rules, on a page of its own with the total row, too few rows for a table), on such
    /// a line with at least one number besides: taken for text, the label's end, and the row's
    /// first value was lost.
    static func markLettersAmongNumbers(_ spans: inout [Span], uncertainBelow: Double) {
        func letters(_ text: String) -> Bool {
            mayBeMisreadDigits(text) && !text.unicodeScalars.contains { "|]lIJj".unicodeScalars.contains($0) }
        }
        func digitsWithALetter(_ text: String) -> Bool {
            let scalars = text.unicodeScalars
            let letters = scalars.filter { !ScalarClass.isASCIIDigit($0) }
            return letters.count == 1 && scalars.count >= 2 && scalars.count <= 12
                && letters.allSatisfy { ("a"..."z").contains($0) || ("A"..."Z").contains($0) }
                && !letters.contains { "lIJj".unicodeScalars.contains($0) }
        }
        /// One Chinese character or quotation mark, then one to six digits.
        func digitsAfterAMark(_ text: String) -> Bool {
            let scalars = Array(text.unicodeScalars)
            guard (2...7).contains(scalars.count), ScalarClass.isHan(scalars[0]) || "“”\"'‘’".unicodeScalars.contains(scalars[0]) else { return false }
            return scalars.dropFirst().allSatisfy(ScalarClass.isASCIIDigit)
        }
        if let label = spans.first, label.text.unicodeScalars.contains(where: ScalarClass.isHan) {
            let values = spans.dropFirst()
            let numbers = values.filter { readsAsNumber($0.text) }.count
            guard numbers >= 2 || numbers >= 1 && values.contains(where: { digitsAfterAMark($0.text) }),
                  values.allSatisfy({ readsAsNumber($0.text) || digitsWithALetter($0.text) || digitsAfterAMark($0.text) }) else { return }
            for k in values.indices where !readsAsNumber(spans[k].text) {
                spans[k].unreadableNumber = true
                spans[k].confidence = min(spans[k].confidence ?? 0, uncertainBelow - 1)
            }
            return
        }
        let numbers = spans.filter { readsAsNumber($0.text) }.count
        guard numbers >= 3, numbers < spans.count,
              spans.allSatisfy({ readsAsNumber($0.text) || letters($0.text) }) else { return }
        for k in spans.indices where !readsAsNumber(spans[k].text) {
            spans[k].unreadableNumber = true
            spans[k].confidence = min(spans[k].confidence ?? 0, uncertainBelow - 1)
        }
    }
}
