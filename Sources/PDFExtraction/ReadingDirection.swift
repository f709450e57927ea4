import CPoppler
import DocumentModel

/// Which way a page's text reads as poppler lays it out. Poppler gives glyph boxes as the page is
/// displayed, after its `/Rotate`: a portrait report page given `/Rotate 90` (or content drawn
/// turned, as some producers set landscape tables) shows its lines running top to bottom, and the
/// line builder, which groups glyphs into horizontal bands, would read every column of characters
/// as a line of cells. poppler-glib does not expose the page's rotation, so it is read from the
/// text itself (`read`).
///
/// The glyphs are then turned into the reading frame (lines horizontal, left to right, top to
/// bottom) and everything after (lines, ruled tables, columns) works as on an upright page; a
/// ruled table's render is turned the same way (`cairoMatrix`).
enum ReadingDirection: Int, Sendable {
    /// Left to right: an upright page.
    case upright = 0
    /// Top to bottom: the page turned a quarter clockwise (`/Rotate 90`).
    case clockwise = 1
    /// Right to left, upside down (`/Rotate 180`).
    case upsideDown = 2
    /// Bottom to top (`/Rotate 270`).
    case counterClockwise = 3

    /// The page's glyphs and lines read in the direction its text runs: upright when the steps
    /// between glyphs say so and the upright lines hold at least `minimumHits` of the common
    /// report words in `words`; otherwise each of the four directions is tried and the one whose
    /// lines hold the most of those words, and at least `minimumHits`, is taken (upright unless
    /// another holds more). The steps alone do not decide: for text drawn with a flipped matrix
    /// (Chromium) poppler gives the characters of a turned line in reverse order.
    ///
    /// `mirrored` says that poppler read the page's lines against their direction (its steps
    /// point the opposite way). It then also places each glyph's box on the wrong side of the
    /// baseline (measured on a turned Chromium print: 0.6 of the font size off, the same for
    /// every glyph of a size): the boxes keep their places relative to each other, so lines are
    /// read right, but not relative to what is drawn on the page (the rules of a table).
    static func read(_ glyphs: [PageGlyph], size: (width: Double, height: Double), minimumHits: Int = 2,
                     lines build: ([PageGlyph]) -> [Line]) -> (direction: ReadingDirection, glyphs: [PageGlyph], lines: [Line], mirrored: Bool) {
        let upright = build(glyphs)
        let uprightHits = hits(upright)
        let steps = vote(glyphs)
        if uprightHits >= minimumHits && steps == .upright { return (.upright, glyphs, upright, false) }
        var best = (direction: ReadingDirection.upright, glyphs: glyphs, lines: upright, hits: uprightHits)
        for direction in [ReadingDirection.clockwise, .upsideDown, .counterClockwise] {
            let turned = direction.turn(glyphs, size: size)
            let lines = build(turned)
            let h = hits(lines)
            if h > best.hits && h >= minimumHits { best = (direction, turned, lines, h) }
        }
        let mirrored = (steps.rawValue + 2) % 4 == best.direction.rawValue
        return (best.direction, best.glyphs, best.lines, mirrored)
    }

    /// Two-character words every report uses many times; read backwards or across a turned
    /// page's columns they do not come out.
    static let words: [String] = ["政府", "信息", "公开", "年度", "报告", "申请", "工作", "情况", "行政", "本年",
                                  "数量", "其他", "办理", "结果", "复议", "诉讼", "文件", "处理", "主动", "机关"]

    /// `words` as pairs of scalar values packed in one number (all are in the BMP): a lookup per
    /// pair of characters without building a string.
    static let packedWords: Set<UInt32> = Set(words.map { w in
        let s = Array(w.unicodeScalars)
        return s[0].value << 16 | s[1].value
    })

    /// How many of `words` the lines hold, reading each line's text in order.
    static func hits(_ lines: [Line]) -> Int {
        var n = 0
        for line in lines {
            var previous: UInt32 = 0
            for span in line.spans {
                for c in span.text.unicodeScalars where c != " " {
                    if previous != 0, c.value <= 0xFFFF, packedWords.contains(previous << 16 | c.value) { n += 1 }
                    previous = c.value <= 0xFFFF ? c.value : 0
                }
            }
        }
        return n
    }

    /// The direction most steps between neighbouring glyphs in poppler's order take. Steps longer
    /// than `maximumStepEm` glyph extents (between words, lines, cells) are not counted; a page
    /// needs `minimumSteps` counted, and a direction other than upright needs a clear majority
    /// (`majority`), or the page is upright.
    static func vote(_ glyphs: [PageGlyph], minimumSteps: Int = 8, majority: Double = 0.6,
                     maximumStepEm: Double = 1.6) -> ReadingDirection {
        var votes = [0, 0, 0, 0]
        var previous: PageGlyph? = nil
        for g in glyphs {
            defer { previous = g }
            guard let p = previous, !isBlank(p.scalar), !isBlank(g.scalar) else { continue }
            let dx = (g.x0 + g.x1 - p.x0 - p.x1) / 2, dy = (g.y0 + g.y1 - p.y0 - p.y1) / 2
            let extent = max(p.x1 - p.x0, p.y1 - p.y0, g.x1 - g.x0, g.y1 - g.y0, 1)
            guard max(abs(dx), abs(dy)) <= maximumStepEm * extent, max(abs(dx), abs(dy)) > 0 else { continue }
            if abs(dx) >= abs(dy) { votes[dx > 0 ? 0 : 2] += 1 } else { votes[dy > 0 ? 1 : 3] += 1 }
        }
        let total = votes.reduce(0, +)
        guard total >= minimumSteps, let best = votes.indices.max(by: { votes[$0] < votes[$1] }), best != 0,
              Double(votes[best]) >= majority * Double(total) else { return .upright }
        return ReadingDirection(rawValue: best) ?? .upright
    }

    private static func isBlank(_ s: Unicode.Scalar) -> Bool { ScalarClass.isHorizontalSpace(s) || s.value < 0x20 }

    /// The page's size in the reading frame: a quarter turn swaps width and height.
    func readingSize(_ size: (width: Double, height: Double)) -> (width: Double, height: Double) {
        self == .clockwise || self == .counterClockwise ? (size.height, size.width) : size
    }

    /// A point of the displayed page (`width` × `height`, top-left origin) in the reading frame.
    func turn(x: Double, y: Double, width: Double, height: Double) -> (x: Double, y: Double) {
        switch self {
        case .upright: return (x, y)
        // Lines run down the page; the next line is to the left of the last.
        case .clockwise: return (y, width - x)
        case .upsideDown: return (width - x, height - y)
        // Lines run up the page; the next line is to the right of the last.
        case .counterClockwise: return (height - y, x)
        }
    }

    /// The glyphs in the reading frame of a displayed page of `size`.
    func turn(_ glyphs: [PageGlyph], size: (width: Double, height: Double)) -> [PageGlyph] {
        guard self != .upright else { return glyphs }
        return glyphs.map { g in
            let a = turn(x: g.x0, y: g.y0, width: size.width, height: size.height)
            let b = turn(x: g.x1, y: g.y1, width: size.width, height: size.height)
            var t = g
            t.x0 = min(a.x, b.x); t.x1 = max(a.x, b.x)
            t.y0 = min(a.y, b.y); t.y1 = max(a.y, b.y)
            return t
        }
    }

    /// The affine map (cairo's `xx, yx, xy, yy, x0, y0`) from the displayed page's points to the
    /// reading frame's, for a page displayed at `size`: a render made through it shows the page
    /// as the glyphs were turned.
    func cairoMatrix(size: (width: Double, height: Double)) -> cairo_matrix_t {
        switch self {
        case .upright: return cairo_matrix_t(xx: 1, yx: 0, xy: 0, yy: 1, x0: 0, y0: 0)
        // x' = y, y' = width - x
        case .clockwise: return cairo_matrix_t(xx: 0, yx: -1, xy: 1, yy: 0, x0: 0, y0: size.width)
        // x' = width - x, y' = height - y
        case .upsideDown: return cairo_matrix_t(xx: -1, yx: 0, xy: 0, yy: -1, x0: size.width, y0: size.height)
        // x' = height - y, y' = x
        case .counterClockwise: return cairo_matrix_t(xx: 0, yx: 1, xy: -1, yy: 0, x0: size.height, y0: 0)
        }
    }
}
