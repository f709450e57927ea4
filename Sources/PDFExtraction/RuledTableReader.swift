import DocumentModel

/// Born-digital tables read as the grids their ruling lines draw. The page is rendered small
/// (`dpi`), the rules found with the detector the OCR path uses (`RulingLines`, `TableGrid`), and
/// each glyph of the text layer goes to the cell that holds its centre. A cell's text is all its
/// glyphs, whatever lines they wrap over (a Chromium print centres a row's values between the two
/// lines of its wrapped label; a squeezed 2019 header wraps into three lines). Each band of the grid
/// becomes one line with a span per cell that starts in it, empty cells included, in order, with
/// the cell's box and its place in the band as its field: the values of a row keep their columns
/// however many cells are blank. A cell spanning bands (a vertical group label) is given once, in
/// its first band. Glyphs outside every table are grouped into lines as before.
struct RuledTableReader {
    struct Options: Hashable, Sendable {
        struct Margin: Hashable, Sendable {
            var horizontal: Double
            var vertical: Double
        }
        /// The resolution the page is rendered at to find its rules. At 72 dpi the half-point rules
        /// of Chromium, LibreOffice and WPS prints are one pixel wide; glyphs are small blobs the
        /// detector rejects.
        var dpi: Double = 72
        /// A straight run of ink at least this long (in points) is a rule.
        var minimumRuleLengthPoints = 16.0
        /// A vertical run at least this long (in points) is a rule when it runs from one
        /// horizontal rule to the next: the sides of the cells of a row in small type, lower than
        /// a rule's length, under a row of one cell that draws no side (a page's first row,
        /// continued from the page before, over a heading row such as 第二十条第（六）项).
        var minimumCellSidePoints = 6.0
        /// The middle of each glyph's box is erased before rules are looked for, all but this share
        /// of its width and height at each side: strokes of characters touching the rules of a
        /// tight table (and chaining through them into long vertical runs) are not rules, and a
        /// rule never runs through the middle of a character.
        var glyphMargin = Margin(horizontal: 0.2, vertical: 0.3)
        /// Vertical rules reaching at least this far (in points) past a table's last (or first)
        /// horizontal rule draw a row that the page break left open.
        var minimumRowHeightPoints = 8.0
        /// Ink is at or below this (``PopplerPageHandle/renderInk(dpi:bands:direction:)``): where
        /// something is drawn over part of a pixel, its coverage (rules drawn in light gray and
        /// half a pixel wide are ink); where a pixel is covered, its gray (a cell's fill in white
        /// or a light colour is not).
        var inkThreshold: UInt8 = 225
        /// The page is rendered only between this far (in points) above its first line of two
        /// cells or more (a table's header rows have fewer) and `tableMarginBelow` below its last:
        /// rendering the glyphs of the prose around a table is most of the cost of rendering.
        var tableMarginAbove = 90.0
        var tableMarginBelow = 30.0
        /// A grid with fewer cells is not a table (a frame around a paragraph).
        var minimumCells = 4
        /// A page is looked at only when at least this many of its lines have three cells or more:
        /// prose pages are not rendered.
        var minimumTabularLines = 2
    }

    var options = Options()
    let builder: LineBuilder

    /// Whether the page's lines look like they hold a table worth rendering the page for: lines of
    /// three cells or more, or one line of three numbers or more (a table of one row of values
    /// under headers set too tightly to split into cells, such as section 四's at the top of a
    /// page of its own).
    func worthReading(_ lines: [Line]) -> Bool {
        let tabular = lines.lazy.filter { $0.spans.count >= 3 }
        return tabular.prefix(options.minimumTabularLines).count >= options.minimumTabularLines
            || tabular.contains { $0.spans.allSatisfy { NumberText.isValueLike($0.text) } }
    }

    /// The page's lines with its ruled tables read as grids; nil when the page has none.
    /// `glyphs` and `lines` are in the reading frame of `direction`, and the page is rendered so.
    func lines(page: PopplerPageHandle, direction: ReadingDirection = .upright, glyphs: [PageGlyph], lines: [Line], number: Int) -> [Line]? {
        guard let band = Self.tableBand(lines, options: options) else { return nil }
        let px = options.dpi / 72
        let minimumLength = Int(options.minimumRuleLengthPoints * px)
        func found(in band: (Double, Double)) -> (rules: RulingLines, height: Int)? {
            guard let rendered = page.renderInk(dpi: options.dpi, bands: [band], direction: direction) else { return nil }
            var image = GrayImage(width: rendered.width, height: rendered.height, pixels: rendered.pixels)
            Self.eraseGlyphs(glyphs, from: &image, scale: px, margin: options.glyphMargin)
            return (Self.rules(in: image, threshold: options.inkThreshold, minimumLength: minimumLength,
                               minimumSideLength: Int(options.minimumCellSidePoints * px)), rendered.height)
        }
        guard let first = found(in: band) else { return nil }
        var rules = first.rules
        if let wider = Self.widened(band, by: rules, scale: px, pageHeight: first.height), let again = found(in: wider) {
            rules = again.rules
        }
        rules = Self.cut(rules, byGlyphs: glyphs, scale: px, minimumLength: minimumLength)
        let grids = TableGrid.grids(from: rules, tolerance: 3).filter { $0.cells.count >= options.minimumCells && $0.bands.count >= 2 }
        guard !grids.isEmpty else { return nil }

        // Each glyph's cell: (grid, cell), or nil outside every table.
        var inCells: [[[PageGlyph]]] = grids.map { Array(repeating: [], count: $0.cells.count) }
        var outside: [PageGlyph] = []
        let cellAt: [[[Int: Int]]] = grids.map { g in
            g.bands.indices.map { b in
                var slots: [Int: Int] = [:]
                let edges = g.bands[b].edges
                for (s, (x0, x1)) in zip(edges, edges.dropFirst()).enumerated() {
                    if let c = g.cells.firstIndex(where: { $0.firstBand <= b && $0.lastBand >= b && abs($0.x0 - x0) <= 3 && abs($0.x1 - x1) <= 3 }) {
                        slots[s] = c
                    }
                }
                return slots
            }
        }
        for g in glyphs {
            let cx = Int((g.x0 + g.x1) / 2 * px), cy = Int((g.y0 + g.y1) / 2 * px)
            var placed = false
            for (k, grid) in grids.enumerated() where cx >= grid.left && cx < grid.right && cy >= grid.top && cy < grid.bottom {
                guard let b = grid.bands.firstIndex(where: { cy >= $0.top && cy < $0.bottom }),
                      let s = grid.slot(band: b, x: cx), let c = cellAt[k][b][s] else { break }
                inCells[k][c].append(g)
                placed = true
                break
            }
            if !placed { outside.append(g) }
        }

        var out: [(y: Double, line: Line)] = builder.lines(from: outside, page: number).map { (($0.y0 ?? 0), $0) }
        for (k, grid) in grids.enumerated() {
            for rowBands in Self.rows(of: grid, rules: rules, tolerance: 3) {
                var spans: [Span] = []
                var sizes: [Double] = []
                for (c, cell) in grid.cells.enumerated() where rowBands.contains(cell.firstBand) {
                    let text = Self.text(of: inCells[k][c], builder: builder, page: number)
                    sizes += inCells[k][c].map(\.fontSize).filter { $0 > 0 }
                    spans.append(Span(text: text, x0: Double(cell.x0) / px, x1: Double(cell.x1) / px))
                }
                spans.sort { ($0.x0 ?? 0) < ($1.x0 ?? 0) || (($0.x0 ?? 0) == ($1.x0 ?? 0) && !$0.text.isEmpty && $1.text.isEmpty) }
                for i in spans.indices { spans[i].field = i }
                guard spans.contains(where: { !$0.text.isEmpty }) else { continue }
                sizes.sort()
                let top = Double(grid.bands[rowBands.lowerBound].top) / px, bottom = Double(grid.bands[rowBands.upperBound - 1].bottom) / px
                let line = Line(spans: spans, ref: SourceRef(page: number, line: 0), y0: top, y1: bottom,
                                fontSize: sizes.isEmpty ? nil : sizes[sizes.count / 2])
                out.append((top, line))
            }
        }
        out.sort { $0.y < $1.y }
        return out.enumerated().map { n, e in
            var l = e.line
            l.ref = SourceRef(page: number, line: n + 1)
            return l
        }
    }

    /// Rules never run through a character: the parts of a vertical rule inside a glyph's box
    /// (but for a tenth of its width at each side) and of a horizontal rule through the middle half
    /// of a glyph's height are cut out, and the pieces left shorter than `minimumLength` dropped;
    /// the crossing rule is then checked again. What remains of strokes chained through a tight
    /// table's rules goes this way.
    static func cut(_ rules: RulingLines, byGlyphs glyphs: [PageGlyph], scale: Double, minimumLength: Int) -> RulingLines {
        struct Box { var x0: Double, x1: Double, y0: Double, y1: Double }
        var vBoxes: [Box] = [], hBoxes: [Box] = []
        for g in glyphs where Self.isInk(g.scalar) {
            guard let (x0, y0, x1, y1) = Self.inkBox(g) else { continue }
            let g = PageGlyph(scalar: g.scalar, x0: x0, y0: y0, x1: x1, y1: y1, fontSize: g.fontSize)
            let w = g.x1 - g.x0, h = g.y1 - g.y0
            vBoxes.append(Box(x0: (g.x0 + 0.1 * w) * scale, x1: (g.x1 - 0.1 * w) * scale,
                              y0: (g.y0 + 0.1 * h) * scale, y1: (g.y1 - 0.1 * h) * scale))
            hBoxes.append(Box(x0: g.x0 * scale, x1: g.x1 * scale, y0: (g.y0 + 0.25 * h) * scale, y1: (g.y1 - 0.25 * h) * scale))
        }
        func pieces(_ s: RulingLines.Segment, vertical: Bool) -> [RulingLines.Segment] {
            // Intervals along the segment covered by glyphs it would run through.
            var blocked: [(Int, Int)] = []
            let center = Double(s.center)
            for b in vertical ? vBoxes : hBoxes {
                let (a0, a1, c0, c1) = vertical ? (b.x0, b.x1, b.y0, b.y1) : (b.y0, b.y1, b.x0, b.x1)
                guard center > a0, center < a1, c1 >= Double(s.along0), c0 <= Double(s.along1) else { continue }
                blocked.append((Int(c0.rounded(.down)), Int(c1.rounded(.up))))
            }
            guard !blocked.isEmpty else { return [s] }
            blocked.sort { $0.0 < $1.0 }
            var out: [RulingLines.Segment] = []
            var start = s.along0
            for (c0, c1) in blocked {
                if c0 - 1 - start + 1 >= minimumLength {
                    var p = s; p.along0 = start; p.along1 = c0 - 1; out.append(p)
                }
                start = max(start, c1 + 1)
            }
            if s.along1 - start + 1 >= minimumLength { var p = s; p.along0 = start; out.append(p) }
            return out
        }
        return crossingTwice(horizontal: rules.horizontal.flatMap { pieces($0, vertical: false) },
                             vertical: rules.vertical.flatMap { pieces($0, vertical: true) })
    }

    /// The segments that cross at least two lines of the other direction: rules of a table, not a
    /// stroke or an underline. The two rules of a double line (a table whose cells have boxes of
    /// their own, HTML's default `border="1"` without `cellspacing="0"`: two rules a few points
    /// apart between each row and column) are one line: a character's stroke that touches a
    /// cell's top draws through both, and is not a rule.
    static func crossingTwice(horizontal h: [RulingLines.Segment], vertical v: [RulingLines.Segment], sameLine: Int = 4) -> RulingLines {
        func lines(crossing s: RulingLines.Segment, _ others: [RulingLines.Segment]) -> Int {
            var n = 0
            var last: Int? = nil
            for c in others.filter({ s.crosses($0, tolerance: 2) }).map(\.center).sorted() {
                if last.map({ c - $0 > sameLine }) ?? true { n += 1 }
                last = c
            }
            return n
        }
        var out = RulingLines()
        out.horizontal = h.filter { lines(crossing: $0, v) >= 2 }
        out.vertical = v.filter { lines(crossing: $0, h) >= 2 }
        return out
    }

    /// Paints the middle of each visible glyph's box white.
    static func eraseGlyphs(_ glyphs: [PageGlyph], from image: inout GrayImage, scale: Double, margin: Options.Margin) {
        for g in glyphs where Self.isInk(g.scalar) {
            guard let (bx0, by0, bx1, by1) = Self.inkBox(g) else { continue }
            let g = PageGlyph(scalar: g.scalar, x0: bx0, y0: by0, x1: bx1, y1: by1, fontSize: g.fontSize)
            let w = g.x1 - g.x0, h = g.y1 - g.y0
            let x0 = max(0, Int(((g.x0 + margin.horizontal * w) * scale).rounded(.up)))
            let x1 = min(image.width - 1, Int(((g.x1 - margin.horizontal * w) * scale).rounded(.down)))
            let y0 = max(0, Int(((g.y0 + margin.vertical * h) * scale).rounded(.up)))
            let y1 = min(image.height - 1, Int(((g.y1 - margin.vertical * h) * scale).rounded(.down)))
            guard x0 <= x1, y0 <= y1 else { continue }
            for y in y0...y1 {
                let row = y * image.width
                for x in x0...x1 { image.pixels[row + x] = 255 }
            }
        }
    }

    /// The rules of a rendered born-digital page: straight runs of ink at least `minimumLength`
    /// pixels long (gaps of a pixel bridged), one or a few pixels thick, kept when they cross two
    /// rules of the other direction. A rendered page has no noise and no skew, so this is simpler
    /// than the scan detector, which cuts runs where character strokes touch them (at 72 dpi the
    /// glyphs of a tight table touch its rules everywhere).
    ///
    /// A vertical run shorter than `minimumLength` but at least `minimumSideLength` is kept when
    /// both its ends meet horizontal rules that cross it: a cell's side (see
    /// ``Options/minimumCellSidePoints``).
    static func rules(in image: GrayImage, threshold: UInt8, minimumLength: Int, minimumSideLength: Int? = nil,
                      maximumThickness: Int = 4) -> RulingLines {
        func runs(horizontal: Bool, minimumLength: Int) -> [RulingLines.Segment] {
            let outer = horizontal ? image.height : image.width
            let inner = horizontal ? image.width : image.height
            var open: [RulingLines.Segment] = []
            var done: [RulingLines.Segment] = []
            for a in 0..<outer {
                var found: [(Int, Int)] = []
                var start = -1, lastInk = -2
                for b in 0...inner {
                    let ink = b < inner && image.pixels[horizontal ? a * image.width + b : b * image.width + a] <= threshold
                    if ink {
                        if start < 0 || b - lastInk > 2 {
                            if start >= 0, lastInk - start + 1 >= minimumLength { found.append((start, lastInk)) }
                            start = b
                        }
                        lastInk = b
                    }
                }
                if start >= 0, lastInk - start + 1 >= minimumLength { found.append((start, lastInk)) }
                // Continue segments of the previous row that overlap a run here (a thick rule).
                var next: [RulingLines.Segment] = []
                for (b0, b1) in found {
                    // The same extent on the row before (within a few pixels at either end): the
                    // same rule, drawn thick; a run of character strokes beside a rule is not.
                    if let k = open.firstIndex(where: { abs($0.along0 - b0) <= 3 && abs($0.along1 - b1) <= 3 }) {
                        var seg = open.remove(at: k)
                        seg.across1 = a
                        seg.along0 = min(seg.along0, b0)
                        seg.along1 = max(seg.along1, b1)
                        next.append(seg)
                    } else {
                        next.append(RulingLines.Segment(across0: a, across1: a, along0: b0, along1: b1))
                    }
                }
                done += open
                open = next
            }
            done += open
            return done.filter { $0.across1 - $0.across0 + 1 <= maximumThickness }
        }
        let horizontal = runs(horizontal: true, minimumLength: minimumLength)
        let vertical = runs(horizontal: false, minimumLength: min(minimumLength, minimumSideLength ?? minimumLength))
        let long = vertical.filter { $0.along1 - $0.along0 + 1 >= minimumLength }
        let found = crossingTwice(horizontal: horizontal, vertical: long)
        guard long.count < vertical.count else { return found }
        // A short run is a side only where a rule of the table already runs: on the line of a
        // long vertical rule, between two rules found without it (a character's strokes make
        // short runs too, and small boxes of them).
        func meets(_ v: RulingLines.Segment, at y: Int) -> Bool {
            found.horizontal.contains { abs($0.center - y) <= 2 && $0.crosses(v, tolerance: 2) }
        }
        let sides = vertical.filter { v in
            v.along1 - v.along0 + 1 < minimumLength && found.vertical.contains { abs($0.center - v.center) <= 2 }
                && meets(v, at: v.along0) && meets(v, at: v.along1)
        }
        return sides.isEmpty ? found : crossingTwice(horizontal: horizontal, vertical: long + sides)
    }

    /// A table whose rules run out of the part of the page rendered (`band`, in points) goes on
    /// past it: rows of one cell each, labels over blank values, are not lines of two cells, and
    /// tall rows under them reach further than the margin. The band to render again: from the
    /// page's top, or to its bottom (`pageHeight` pixels at `scale` pixels a point), where a
    /// vertical rule reaches the edge; nil when none does.
    static func widened(_ band: (Double, Double), by rules: RulingLines, scale: Double, pageHeight: Int) -> (Double, Double)? {
        let (top, bottom) = (Int(band.0 * scale), Int(band.1 * scale))
        let openAbove = top > 0 && rules.vertical.contains { $0.along0 <= top + 1 }
        let openBelow = bottom < pageHeight - 1 && rules.vertical.contains { $0.along1 >= bottom - 2 }
        guard openAbove || openBelow else { return nil }
        return (openAbove ? 0 : band.0, openBelow ? Double(pageHeight) / scale : band.1)
    }

    /// The part of the page to render: from above the first line of two cells or more to below
    /// the last.
    static func tableBand(_ lines: [Line], options: Options) -> (Double, Double)? {
        let tabular = lines.filter { $0.spans.count >= 2 }
        guard let top = tabular.compactMap(\.y0).min(), let bottom = tabular.compactMap(\.y1).max() else { return nil }
        return (max(0, top - options.tableMarginAbove), bottom + options.tableMarginBelow)
    }

    /// The grid's rows, as ranges of bands: a band starts a row when a rule runs along its top
    /// over at least half the table's width. A rule under one column only (the end of a vertical
    /// group label such as 三、本年度办理结果, which a Chromium print lets end inside a row) splits
    /// the bands but not the row: the row's label and values, on either side of it, stay one row.
    static func rows(of grid: TableGrid, rules: RulingLines, tolerance: Int) -> [Range<Int>] {
        var rows: [Range<Int>] = []
        let width = Double(max(1, grid.right - grid.left))
        for (b, band) in grid.bands.enumerated() {
            let covered = rules.horizontal.filter { band.isTopLine($0.center, tolerance: tolerance) }
                .map { max(0, min($0.along1, grid.right) - max($0.along0, grid.left)) }.reduce(0, +)
            if b > 0, Double(covered) < 0.5 * width, let last = rows.last {
                rows[rows.count - 1] = last.lowerBound..<(b + 1)
            } else {
                rows.append(b..<(b + 1))
            }
        }
        return rows
    }

    /// A cell's text: its glyphs as lines, top to bottom, the pieces joined without a space
    /// between Chinese characters and with one between two pieces of letters or digits.
    static func text(of glyphs: [PageGlyph], builder: LineBuilder, page: Int) -> String {
        guard !glyphs.isEmpty else { return "" }
        var out = String.UnicodeScalarView()
        for line in builder.lines(from: glyphs, page: page) {
            for span in line.spans where !span.text.isEmpty {
                if let last = out.last, let first = span.text.unicodeScalars.first,
                   Self.isWordScalar(last) && Self.isWordScalar(first) {
                    out.append(" ")
                }
                out.append(contentsOf: span.text.unicodeScalars)
            }
        }
        return String(out)
    }

    /// Where a glyph's ink can be: its box, but no taller than its font size about the box's
    /// centre (Chromium's boxes are the font's whole line height, 2.6 times the size, and reach
    /// over the rules above and below the cell). Nil for an empty box.
    static func inkBox(_ g: PageGlyph) -> (x0: Double, y0: Double, x1: Double, y1: Double)? {
        guard g.x1 > g.x0, g.y1 > g.y0 else { return nil }
        var (x0, x1) = (g.x0, g.x1)
        switch inkSide(g.scalar) {
        case .left: x1 = (x0 + x1) / 2
        case .right: x0 = (x0 + x1) / 2
        case nil: break
        }
        let h = g.y1 - g.y0
        guard g.fontSize > 0, g.fontSize < h else { return (x0, g.y0, x1, g.y1) }
        let cy = (g.y0 + g.y1) / 2
        return (x0, cy - g.fontSize / 2, x1, cy + g.fontSize / 2)
    }

    enum Side { case left, right }

    /// The half of its box a full-width punctuation mark's ink lies in: a closing quote or
    /// bracket and `，。、` on the left (the rest of the box is the space after it, which may reach
    /// over the rule of a cell the label fills: `3.危及“三安全一稳定”`), an opening one on the right.
    static func inkSide(_ s: Unicode.Scalar) -> Side? {
        switch s {
        case "\u{201D}", "\u{2019}", "）", "】", "》", "〉", "」", "』", "〕", "］", "｝", "，", "。", "、": return .left
        case "\u{201C}", "\u{2018}", "（", "【", "《", "〈", "「", "『", "〔", "［", "｛": return .right
        default: return nil
        }
    }

    /// A glyph that prints ink: not a space of any kind (Chromium gives the spaces it adds where a
    /// line wraps a box as wide as the gap, reaching over a cell's rule) and not a control.
    static func isInk(_ s: Unicode.Scalar) -> Bool {
        s.value >= 0x20 && !s.properties.isWhitespace && s.value != 0x200B && s.value != 0xFEFF
    }

    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        ScalarClass.isASCIIDigit(s) || ScalarClass.isASCIILetter(s)
    }
}
