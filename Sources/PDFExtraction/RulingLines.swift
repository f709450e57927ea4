#if canImport(Glibc)
import Glibc
#endif
/// Ruling lines found in a page image: long thin runs of ink, horizontal and vertical. Tables in
/// scans are read through them: they give the rows and cells, and are erased before recognition
/// (tesseract reads grid lines as `|`, `[`, `1`).
struct RulingLines {
    struct Segment: Equatable {
        /// For a horizontal segment: y range (thickness) and x extent; for a vertical one: x range
        /// and y extent.
        var across0: Int, across1: Int
        var along0: Int, along1: Int
        var center: Int { (across0 + across1) / 2 }
        /// Pixels from end to end.
        var length: Int { along1 - along0 + 1 }

        /// Whether this segment and `other`, of the other direction, cross, within `tolerance`
        /// pixels of each other's ends.
        func crosses(_ other: Segment, tolerance: Int) -> Bool {
            other.center >= along0 - tolerance && other.center <= along1 + tolerance
                && center >= other.along0 - tolerance && center <= other.along1 + tolerance
        }
    }

    var horizontal: [Segment] = []
    var vertical: [Segment] = []
    /// Horizontal rules that fewer than two vertical ones cross: rules under text, and the rows of
    /// tables ruled only across (``OCRPageReader/ruledAcrossStacks(_:tolerance:tuning:)``).
    var loose: [Segment] = []
    /// The distance between the two rules that separate rows in a table whose cells are boxed
    /// apart (``cellSpacing(_:maximum:slack:)``), when the page has one.
    var cellSpacing: Int?

    /// Options, in pixels at the image's resolution.
    struct Options {
        /// A horizontal run shorter than this is not a line (scaled from 300 dpi).
        var minimumLength = 90
        /// A vertical run shorter than this is not a line: shorter, as a table of two tight rows
        /// has vertical rules of little more than two lines of text.
        var minimumVerticalLength = 70
        /// Gaps in a run up to this long are bridged (broken lines in scans).
        var gapTolerance = 4
        /// Thicker runs are not lines (a bar of text, a seal).
        var maximumThickness = 10
        /// Where cells are boxed apart, each box's sides are one row high: vertical rules this
        /// short are rules there. Nil: not looked for.
        var boxedCellsMinimumVerticalLength: Int? = nil
        /// A table of one row has sides one row high, measured between its rules: rules this
        /// short are sought where the page's rules make no table. Nil: not looked for.
        var oneRowMinimumVerticalLength: Int? = nil
        /// Beside the page's tables, a side one row high in line with one of theirs is a side
        /// when this long (`sidesInLine`). Nil: not looked for.
        var inLineMinimumVerticalLength: Int? = nil
        /// A side one row high whose run goes on into the next row (a column's side cut there by
        /// type touching it) is as wide as the row's sides within this (`sidesCutByText`).
        var sideWidthSlack = 2
        /// The two rules between rows of boxed cells lie at most this far apart.
        var cellSpacingMaximum = 24
        /// A page with this many boxes' tops and bottoms side by side (``boxesSideBySide(_:spacing:)``)
        /// holds a table boxed cell by cell: its narrow columns' boxes are sought too.
        var boxedTableMinimumBoxes = 20
        /// Lines of the two directions cross when each reaches within this of the other.
        var crossingTolerance: Int { gapTolerance * 2 }
    }

    /// Finds lines in `image`, ink being pixels at or below `threshold`. Runs are cut where they
    /// break or where strokes of characters join them, and the pieces kept are long enough and
    /// cross at least two lines of the other direction (a dash `——` in a cell is not a rule).
    /// With `boxedCellsMinimumVerticalLength` set, a page whose horizontal rules come in pairs
    /// (cells boxed apart) has its spacing measured and shorter vertical rules sought; where its
    /// boxes stand side by side, horizontal ones as short (a narrow column's boxes).
    static func find(in image: GrayImage, threshold: UInt8, options: Options = Options()) -> RulingLines {
        var lines = RulingLines()
        let h0 = runs(image, threshold: threshold, horizontal: true, options: options)
        var v0 = runs(image, threshold: threshold, horizontal: false, options: options)
        // The runs horizontal pieces are cut from, and the shortest piece kept; and the horizontal
        // lines vertical runs are judged against (where one crosses, a vertical run widens).
        var hRuns = h0, hMinimum = options.minimumLength, crossingSides = h0
        func horizontalPieces(_ others: [Segment]) -> [Segment] {
            hRuns.flatMap { cleanPieces($0, horizontal: true, others: others, image: image, threshold: threshold, minimumLength: hMinimum) }
        }
        lines.horizontal = horizontalPieces(v0)
        var verticalMinimum = options.minimumVerticalLength
        if let shortest = options.boxedCellsMinimumVerticalLength, shortest < verticalMinimum,
           let spacing = cellSpacing(lines.horizontal, maximum: options.cellSpacingMaximum, slack: options.cellSpacingMaximum / 2) {
            lines.cellSpacing = spacing
            verticalMinimum = shortest
            v0 = runs(image, threshold: threshold, horizontal: false, minimumLength: shortest, options: options)
            lines.horizontal = horizontalPieces(v0)
            // Where a whole table's cells are boxed apart, a narrow column's boxes have tops and
            // bottoms shorter than a rule: they are sought as short as its sides, and kept in pairs
            // `spacing` apart with the same ends (the bottom of one box, the top of the next). The
            // sides are judged against the short pieces, not every short run: strokes of
            // characters would excuse a column of strokes its widenings (a label cut in two).
            if boxesSideBySide(lines.horizontal, spacing: spacing) >= options.boxedTableMinimumBoxes {
                hRuns = runs(image, threshold: threshold, horizontal: true, minimumLength: shortest, options: options)
                hMinimum = shortest
                let pieces = horizontalPieces(v0)
                lines.horizontal = pairedAcrossSpacing(pieces, spacing: spacing, longerThan: options.minimumLength)
                crossingSides = h0 + pieces.filter { $0.length < options.minimumLength }
            }
        }
        func sides(_ runs: [Segment], minimum: Int) -> [Segment] {
            runs.flatMap {
                cleanPieces($0, horizontal: false, others: crossingSides, image: image, threshold: threshold, minimumLength: minimum,
                            clearance: options.maximumThickness, openEndMinimum: options.minimumVerticalLength,
                            throughCrossings: lines.cellSpacing == nil)
            }
        }
        let tol = options.crossingTolerance
        /// The lines that cross two of the other direction.
        func crossing(_ horizontal: [Segment], _ vertical: [Segment]) -> (h: [Segment], v: [Segment]) {
            (horizontal.filter { hs in vertical.filter { hs.crosses($0, tolerance: tol) }.count >= 2 },
             vertical.filter { vs in horizontal.filter { vs.crosses($0, tolerance: tol) }.count >= 2 })
        }
        var found = crossing(lines.horizontal, sides(v0, minimum: verticalMinimum))
        // A table of one row (section 四's values alone at the top of a page, the rest of the
        // table on the page before): its sides are one row high, shorter than vertical rules
        // usually are. Where the page's rules make no table at all, sides that short are looked for,
        // and the horizontal rules cut again where they cross them: unseen, a row of sides each
        // a few pixels wide (Chromium's doubled borders) made the rules too often wider than a
        // line to be taken for one.
        if found.h.isEmpty || found.v.isEmpty, h0.count >= 2,
           let shortest = options.oneRowMinimumVerticalLength, shortest < verticalMinimum {
            let short = runs(image, threshold: threshold, horizontal: false, minimumLength: shortest, options: options)
            let horizontal = horizontalPieces(short)
            let oneRow = crossing(horizontal, sides(short, minimum: shortest))
            if !oneRow.h.isEmpty, !oneRow.v.isEmpty {
                lines.horizontal = horizontal
                found = oneRow
            }
        } else if let shortest = options.oneRowMinimumVerticalLength, shortest < verticalMinimum,
                  mayHoldOneRowTable(h0, beside: found.h, tolerance: tol, minimumHeight: shortest, maximumHeight: 2 * verticalMinimum) {
            // Tables of one row beside the page's other tables (`oneRowTables`).
            let short = runs(image, threshold: threshold, horizontal: false, minimumLength: shortest, options: options)
            let oneRow = oneRowTables(horizontal: horizontalPieces(short), sides: sides(short, minimum: shortest), found: found,
                                      tolerance: tol, endTolerance: tol, minimumHeight: shortest, maximumHeight: 2 * verticalMinimum)
            found.h += oneRow.h
            found.v += oneRow.v
            lines.horizontal += oneRow.h.filter { !lines.horizontal.contains($0) }
        }
        if let shortest = options.inLineMinimumVerticalLength, shortest < verticalMinimum, !found.v.isEmpty {
            found.v += sidesInLine(v0, found: found, tolerance: tol, near: 3 * verticalMinimum, cellWidth: verticalMinimum / 2) { sides($0, minimum: shortest) }
            found.v += sidesCutByText(v0, found: found, tolerance: tol, cellWidth: verticalMinimum / 2, widthSlack: options.sideWidthSlack,
                                      minimumLength: shortest) {
                sides($0, minimum: shortest)
            }
        }
        lines.loose = lines.horizontal.filter { !found.h.contains($0) }
        lines.horizontal = found.h
        lines.vertical = found.v
        return lines
    }

    /// The parts of a run that are a printed line. A run also collects strokes of characters: the
    /// strokes of characters in a column (`于`, `申`, `息` on consecutive rows) chain through the
    /// rules between the rows into one long vertical run, and a stroke touching a rule extends
    /// it. Such a run breaks where one stroke ends and the next begins (the gaps the run bridged),
    /// and strokes crossing or joining it make the ink across it much wider than the line here and
    /// there. The run is cut at its breaks; a piece is kept when it is long enough and keeps the
    /// line's width (except where a rule of the other direction crosses it).
    static func cleanPieces(_ s: Segment, horizontal: Bool, others: [Segment], image: GrayImage, threshold: UInt8,
                            minimumLength: Int, clearance: Int = 10, openEndMinimum: Int? = nil, throughCrossings: Bool = true) -> [Segment] {
        let w = image.width, h = image.height
        let acrossLimit = horizontal ? h : w
        let crossing = others.filter { o in o.along0 - 3 <= s.across1 && o.along1 + 3 >= s.across0 }
            .map { ($0.across0, $0.across1) }
        // Width of the ink across the run at each position: 0 where it breaks, -1 on a rule of
        // the other direction crossing it, -2 right beside one, ink or none (ink there is the
        // crossing rule's blur, not a stroke; none, where a black-and-white scan thresholded the
        // corner's grey away: each side of the 2019 report's active-disclosure table stopped two
        // pixels short of the rule below it, and was broken there). And whether ink lies close by
        // on either side (a stroke of the same character).
        var widths = [Int](repeating: 0, count: s.length)
        var nearBefore = [Bool](repeating: false, count: widths.count), nearAfter = nearBefore
        // For a vertical run, each position's ink from side to side, and whether paper lies
        // `clearance` pixels beyond each side.
        var sides = [(Int, Int)](repeating: (0, 0), count: widths.count)
        var clearBefore = [Bool](repeating: false, count: widths.count), clearAfter = clearBefore
        image.pixels.withUnsafeBufferPointer { p in
            func ink(_ a: Int, _ b: Int) -> Bool {
                a >= 0 && a < acrossLimit && (horizontal ? p[a * w + b] : p[b * w + a]) <= threshold
            }
            for b in s.along0...s.along1 {
                if crossing.contains(where: { b >= $0.0 - 1 && b <= $0.1 + 1 }) { widths[b - s.along0] = -1; continue }
                if crossing.contains(where: { b >= $0.0 - 4 && b <= $0.1 + 4 }) { widths[b - s.along0] = -2; continue }
                guard let start = (max(0, s.across0 - 1)...min(acrossLimit - 1, s.across1 + 1)).first(where: { ink($0, b) }) else { continue }
                var lo = start, hi = start
                while lo > start - 16 && ink(lo - 1, b) { lo -= 1 }
                while hi < start + 16 && ink(hi + 1, b) { hi += 1 }
                widths[b - s.along0] = hi - lo + 1
                sides[b - s.along0] = (lo, hi)
                guard !horizontal else { continue }     // the rest judges vertical runs only
                clearBefore[b - s.along0] = !(2...max(2, clearance)).contains { ink(lo - $0, b) }
                clearAfter[b - s.along0] = !(2...max(2, clearance)).contains { ink(hi + $0, b) }
                nearBefore[b - s.along0] = (2...4).contains { ink(lo - $0, b) }
                nearAfter[b - s.along0] = (2...4).contains { ink(hi + $0, b) }
            }
        }
        return horizontal ? horizontalPieces(s, widths: widths, sides: sides, minimumLength: minimumLength)
            : verticalPieces(s, widths: widths, sides: sides, clear: (clearBefore, clearAfter), nearBefore: nearBefore, nearAfter: nearAfter,
                             minimumLength: minimumLength, openEndMinimum: openEndMinimum, throughCrossings: throughCrossings)
    }

    /// A horizontal run cut at its breaks; pieces long enough that keep the line's width, or
    /// one side straight: type set tight against a rule (a Chromium print with no cell padding,
    /// the tops of `（二）部分公开（区分处理的，只计这一` on the rule above them) widens it at more
    /// than a few places, on one side, while its other side keeps to one level (``oneSideLevel``).
    static func horizontalPieces(_ s: Segment, widths: [Int], sides: [(Int, Int)], minimumLength: Int) -> [Segment] {
        var pieces: [Range<Int>] = []
        var start = 0, k = 0
        while k < widths.count {
            if widths[k] == 0 {
                var e = k
                while e < widths.count && widths[e] == 0 { e += 1 }
                if e - k >= 2 {
                    if k > start { pieces.append(start..<k) }
                    start = e
                }
                k = e
            } else {
                k += 1
            }
        }
        if start < widths.count { pieces.append(start..<widths.count) }
        var out: [Segment] = []
        for piece in pieces where piece.count >= minimumLength {
            let measured = widths[piece].filter { $0 > 0 }
            guard !measured.isEmpty else { continue }
            let typical = measured.sorted()[measured.count / 2]
            guard measured.filter({ $0 > typical + 3 }).count <= max(3, piece.count * 4 / 100)
                    || oneSideLevel(piece.filter { widths[$0] > 0 }.map { sides[$0] }) else { continue }
            out.append(Segment(across0: s.across0, across1: s.across1, along0: s.along0 + piece.lowerBound,
                               along1: s.along0 + piece.upperBound - 1))
        }
        return out
    }

    /// Whether one side of a horizontal run's ink (each position's first and last pixel across)
    /// keeps to one level, within a pixel, at nine in ten positions or more.
    static func oneSideLevel(_ sides: [(Int, Int)]) -> Bool {
        keepsLevel(sides.map(\.0)) || keepsLevel(sides.map(\.1))
    }

    /// Whether positions (a side of a run's ink, position by position) keep to one level: within
    /// a pixel of their median at nine in ten or more. False for none.
    static func keepsLevel(_ values: [Int]) -> Bool {
        guard !values.isEmpty else { return false }
        let median = values.sorted()[values.count / 2]
        return values.filter { abs($0 - median) <= 1 }.count * 10 >= values.count * 9
    }

    /// A rule's ink strays at most this many pixels from the line fitted through it (`verticalPieces`).
    static let straightLineSlack = 2.0
    /// Ink this many pixels wide or less beside a line is a speck (noise, JPEG ringing).
    static let speckWidth = 2

    /// A vertical run, judged row by row of the table: between each two horizontal rules that cross
    /// it, it is a border there when it is unbroken, keeps the line's width (or, where type set
    /// against it widens it, keeps one side straight with paper beyond), keeps to one upright
    /// line (by its middle or a side: `straightLineSlack`) and has white on at least
    /// one side (a cell's padding). The pieces kept run through consecutive such rows, from
    /// rule to rule: a stroke above the first rule or below the last is not part of them, unless
    /// it is at least `openEndMinimum` long and a border by the same tests (a row cut by the page's
    /// end: its cells' sides run on to the bottom of the page, or down from its top, with no rule
    /// there); longer than any stroke of a character. A row at the run's end with a little ink
    /// close on both sides is kept when it is that long too (`clean` below). With
    /// `throughCrossings`, a stretch between two crossings a few pixels apart, with nothing to
    /// judge, joins the borders on both sides of it.
    static func verticalPieces(_ s: Segment, widths: [Int], sides: [(Int, Int)], clear: (before: [Bool], after: [Bool]),
                               nearBefore: [Bool], nearAfter: [Bool], minimumLength: Int, openEndMinimum: Int? = nil,
                               throughCrossings: Bool = true) -> [Segment] {
        // Stretches between crossings.
        var bands: [(from: Int, to: Int)] = []     // positions strictly between two crossings
        var lastCross: Int? = nil
        var k = 0
        while k < widths.count {
            if widths[k] == -1 {
                var e = k
                while e < widths.count && widths[e] == -1 { e += 1 }
                if let last = lastCross, k > last + 1 {
                    bands.append((last + 1, k))
                } else if lastCross == nil, let open = openEndMinimum, k >= open {
                    bands.append((0, k))    // above the first crossing
                }
                lastCross = e - 1
                k = e
            } else {
                k += 1
            }
        }
        if let last = lastCross, let open = openEndMinimum, widths.count - 1 - last >= open {
            bands.append((last + 1, widths.count))    // below the last crossing
        }
        /// A rule that text touches on one side (type set flush against it, no padding) is wider
        /// there, but keeps its other side straight, with paper beyond it (the next cell's
        /// padding). A stroke of a character keeps neither: its other strokes, or the next
        /// character of the line, lie close beside it. A side is straight along the band, or but
        /// where the run is wider for the other side pushed out: where type touches the other
        /// side, its blur pulls this one out too (a `2` set against a light grey rule at 200 dpi,
        /// JPEG q35); strokes joining this side (`月`'s inner strokes on its upright) still count
        /// against it.
        /// `typical`: the band's median width (`border`'s).
        func oneSideStraight(_ range: Range<Int>, typical: Int) -> Bool {
            let measured = range.filter { widths[$0] > 0 }
            guard !measured.isEmpty else { return false }
            let before = measured.map { sides[$0].0 }.sorted()[measured.count / 2]
            let after = measured.map { sides[$0].1 }.sorted()[measured.count / 2]
            func wide(_ i: Int) -> Bool { widths[i] > typical + 3 }
            func straight(_ side: (Int) -> Int, _ clear: [Bool], otherIn: (Int) -> Bool) -> Bool {
                (keepsLevel(measured.map(side)) || keepsLevel(measured.filter(otherIn).map(side)))
                    && measured.filter { clear[$0] }.count * 10 >= measured.count * 9
            }
            return straight({ sides[$0].0 }, clear.before, otherIn: { !(wide($0) && sides[$0].1 > after + 3) })
                || straight({ sides[$0].1 }, clear.after, otherIn: { !(wide($0) && sides[$0].0 < before - 3) })
        }
        /// Whether the ink keeps to one upright line along the band, but for a few positions: its
        /// middle, or one of its sides (type set against the other). A rule does, skewed or not; a
        /// character's upright chained with the strokes slanting into it (`亻` filling a tight row,
        /// the same `亻` in the row below) bends, its sides and middle together.
        func onALine(_ range: Range<Int>) -> Bool {
            let measured = range.filter { widths[$0] > 0 }
            guard measured.count >= 5 else { return true }     // too short a band to bend
            let xs = measured.map(Double.init)
            let n = Double(xs.count), mx = xs.reduce(0, +) / n
            let sxx = xs.reduce(0) { $0 + ($1 - mx) * ($1 - mx) }
            func straight(_ ys: [Double]) -> Bool {
                let my = ys.reduce(0, +) / n
                let slope = sxx > 0 ? zip(xs, ys).reduce(0) { $0 + ($1.0 - mx) * ($1.1 - my) } / sxx : 0
                let near = zip(xs, ys).filter { abs(my + slope * ($0.0 - mx) - $0.1) <= straightLineSlack }.count
                return Double(near) >= 0.85 * n
            }
            return straight(measured.map { Double(sides[$0].0 + sides[$0].1) / 2 })
                || straight(measured.map { Double(sides[$0].0) }) || straight(measured.map { Double(sides[$0].1) })
        }
        /// Whether the run is a border in the band: `.yes`, `.no`, `.nearInk` when the only
        /// fault is a little ink close on both sides, or `.unseen` when unbroken but right beside
        /// a crossing all along (nothing to judge: two crossings a few pixels apart).
        enum Border { case yes, no, nearInk, unseen }
        func border(_ band: (from: Int, to: Int)) -> Border {
            let range = band.from..<band.to
            var run = 0
            for i in range {
                if widths[i] == 0 { run += 1; if run >= 2 { return .no } } else { run = 0 }
            }
            let measured = widths[range].filter { $0 > 0 }
            guard !measured.isEmpty else { return range.allSatisfy { widths[$0] == -2 } ? .unseen : .no }
            let typical = measured.sorted()[measured.count / 2]
            // Wider than the line at more than a few places, or off one upright line: a border only
            // with one side straight (each judged once).
            let widened = measured.filter { $0 > typical + 3 }.count > max(2, range.count / 20)
            if widened || !onALine(range), !oneSideStraight(range, typical: typical) { return .no }
            // Ink close on both sides: the strokes of a character around one of its own.
            let both = min(range.filter { nearBefore[$0] }.count, range.filter { nearAfter[$0] }.count)
            if both <= max(2, range.count * 3 / 100) { return .yes }
            return both <= range.count / 10 ? .nearInk : .no
        }
        // A band with a little ink close on both sides (a speck of dust beside the rule, a `0` set
        // against its other side) is a border when the bands on both sides of it are: the rule
        // runs through it. Alone, or at a run's end, it may be a character's stroke (`亻` with
        // `言` beside it, chained through two tight rows); at a run's end next to a border, it is
        // one when it is a side's length on its own (`openEndMinimum`, longer than any stroke of a
        // character: the value row of 平潭's review table, 77 px at 300 dpi, a `0` close to one
        // side of its column's side and `0` to the other, at the foot of the table).
        // A band with nothing to judge between two borders is part of the line: two horizontal
        // runs crossing the rule a few pixels apart (type set against it on both sides, its
        // strokes run through it: `持` and `结` in the review table's header of the 2019 page
        // printed A4 landscape in small type, 200 dpi) cut a cell's side into two pieces each
        // too short for a side. Not where cells are boxed apart (`throughCrossings` false): there
        // the two rules between rows cross each box's side with the spacing between them, and
        // the boxes' sides stay one row high each (joined, a scan of 上海市科委's page on A5 with
        // boxed cells read a `0` set against its box's side as `7`).
        let judged = bands.map(border)
        func clean(_ b: Int) -> Bool {
            switch judged[b] {
            case .yes: return true
            case .no: return false
            case .unseen: return throughCrossings && b > 0 && b + 1 < bands.count && judged[b - 1] == .yes && judged[b + 1] == .yes
            case .nearInk:
                if b > 0 && b + 1 < bands.count { return judged[b - 1] == .yes && judged[b + 1] == .yes }
                guard bands.count > 1, let long = openEndMinimum, bands[b].to - bands[b].from >= long else { return false }
                return judged[b == 0 ? 1 : b - 1] == .yes
            }
        }
        var out: [Segment] = []
        var first: Int? = nil, last = 0, previous = -2
        func flush() {
            if let f = first, last - f + 1 >= minimumLength {
                out.append(Segment(across0: s.across0, across1: s.across1, along0: s.along0 + f, along1: s.along0 + last))
            }
            first = nil
        }
        for (b, band) in bands.enumerated() {
            if clean(b) {
                // From the crossing before the band to the crossing after it.
                let from = max(0, band.from - 1), to = min(widths.count - 1, band.to)
                if first == nil || b != previous + 1 { flush(); first = from }
                last = to
                previous = b
            } else {
                flush()
            }
        }
        flush()
        return out
    }

    /// Runs of ink along rows (or columns), merged across adjacent rows into segments.
    static func runs(_ image: GrayImage, threshold: UInt8, horizontal: Bool, options: Options) -> [Segment] {
        runs(image, threshold: threshold, horizontal: horizontal,
             minimumLength: horizontal ? options.minimumLength : options.minimumVerticalLength, options: options)
    }

    /// Runs at least `minimumLength` long.
    static func runs(_ image: GrayImage, threshold: UInt8, horizontal: Bool, minimumLength: Int, options: Options) -> [Segment] {
        let w = image.width, h = image.height
        let outer = horizontal ? h : w, inner = horizontal ? w : h
        var open: [Segment] = []      // segments that reached the previous row
        var done: [Segment] = []
        // Columns' runs are found walking the image row by row (a column walked down the page
        // misses the cache at every pixel), each column keeping where its run started.
        let columnRuns = horizontal ? [] : verticalRuns(image, threshold: threshold, minimumLength: minimumLength,
                                                          gapTolerance: options.gapTolerance)
        image.pixels.withUnsafeBufferPointer { p in
            for a in 0..<outer {
                var found: [(Int, Int)] = []
                if horizontal {
                    var start = -1, lastInk = -10_000
                    for b in 0..<inner {
                        // A thin line a pixel off straight steps between neighbouring rows: ink in
                        // this row or either neighbour counts.
                        let v = min(p[a * w + b], a > 0 ? p[(a - 1) * w + b] : 255, a + 1 < h ? p[(a + 1) * w + b] : 255)
                        if v <= threshold {
                            if start < 0 || b - lastInk > options.gapTolerance + 1 {
                                if start >= 0 && lastInk - start + 1 >= minimumLength { found.append((start, lastInk)) }
                                start = b
                            }
                            lastInk = b
                        }
                    }
                    if start >= 0 && lastInk - start + 1 >= minimumLength { found.append((start, lastInk)) }
                } else {
                    found = columnRuns[a]
                }
                // Extend open segments that overlap a run on this row; close the others.
                var next: [Segment] = []
                var used = [Bool](repeating: false, count: found.count)
                for var s in open {
                    if let k = found.indices.first(where: { !used[$0] && min(found[$0].1, s.along1) - max(found[$0].0, s.along0) > minimumLength / 2 }) {
                        used[k] = true
                        s.across1 = a
                        s.along0 = min(s.along0, found[k].0)
                        s.along1 = max(s.along1, found[k].1)
                        next.append(s)
                    } else {
                        done.append(s)
                    }
                }
                for (k, r) in found.enumerated() where !used[k] {
                    next.append(Segment(across0: a, across1: a, along0: r.0, along1: r.1))
                }
                open = next
            }
        }
        done += open
        var out: [Segment] = []
        for s in done {
            // The neighbour tolerance widens a run by a pixel on each side: the line's own
            // thickness is two less (a grey 5-pixel rule at 200 dpi measures 7).
            if s.across1 - s.across0 + 1 - 2 <= options.maximumThickness {
                out.append(s)
            } else {
                // The bands across the run, measured once for the three readings of it.
                let bands = s.across1 - s.across0 + 1 <= 3 * options.maximumThickness
                    ? inkBands(across: s, image, threshold: threshold, horizontal: horizontal) : []
                let pair = doubleRule(s, bands: bands, maximumThickness: options.maximumThickness)
                if !pair.isEmpty {
                    out += pair
                } else {
                    let slanted = slantedRule(s, bands: bands, maximumThickness: options.maximumThickness)
                    out += !slanted.isEmpty ? slanted
                        : steppedRule(s, bands: bands, maximumThickness: options.maximumThickness, minimumLength: minimumLength)
                }
            }
        }
        return out
    }

    /// The bands of ink across a run (first and last offsets from its `across0`), at each
    /// position along it that has ink.
    typealias InkBands = [(along: Int, bands: [(Int, Int)])]

    /// Each column's runs of ink at least `minimumLength` long (first and last row), gaps of up to
    /// `gapTolerance` bridged; ink in the column or either neighbour counts (a thin line a pixel
    /// off straight steps between neighbouring columns).
    static func verticalRuns(_ image: GrayImage, threshold: UInt8, minimumLength: Int, gapTolerance: Int) -> [[(Int, Int)]] {
        let w = image.width, h = image.height
        var found = [[(Int, Int)]](repeating: [], count: w)
        let start = UnsafeMutableBufferPointer<Int>.allocate(capacity: w), lastInk = UnsafeMutableBufferPointer<Int>.allocate(capacity: w)
        defer { start.deallocate(); lastInk.deallocate() }
        start.initialize(repeating: -1); lastInk.initialize(repeating: -10_000)
        image.pixels.withUnsafeBufferPointer { p in
            for b in 0..<h {
                let row = b * w
                for a in 0..<w {
                    let v = min(p[row + a], a > 0 ? p[row + a - 1] : 255, a + 1 < w ? p[row + a + 1] : 255)
                    guard v <= threshold else { continue }
                    if start[a] < 0 || b - lastInk[a] > gapTolerance + 1 {
                        if start[a] >= 0 && lastInk[a] - start[a] + 1 >= minimumLength { found[a].append((start[a], lastInk[a])) }
                        start[a] = b
                    }
                    lastInk[a] = b
                }
            }
        }
        for a in 0..<w where start[a] >= 0 && lastInk[a] - start[a] + 1 >= minimumLength { found[a].append((start[a], lastInk[a])) }
        return found
    }

    /// The ``InkBands`` of run `s` in `image`: ink is any pixel at or below `threshold`.
    static func inkBands(across s: Segment, _ image: GrayImage, threshold: UInt8, horizontal: Bool) -> InkBands {
        let thickness = s.across1 - s.across0 + 1, w = image.width
        var out: InkBands = []
        image.pixels.withUnsafeBufferPointer { p in
            for b in s.along0...s.along1 {
                var bands: [(Int, Int)] = []
                var start = -1
                for k in 0...thickness {
                    let ink = k < thickness && (horizontal ? p[(s.across0 + k) * w + b] : p[b * w + s.across0 + k]) <= threshold
                    if ink && start < 0 { start = k }
                    if !ink && start >= 0 { bands.append((start, k - 1)); start = -1 }
                }
                if !bands.isEmpty { out.append((b, bands)) }
            }
        }
        return out
    }

    /// A run too thick for one line may be two lines printed close together: a double rule, or
    /// the borders of two neighbouring cells of a table drawn with cell spacing (web pages printed
    /// by Chromium: each cell has its own box, a few pixels from the next one's), which the
    /// neighbour tolerance of ``runs`` joins into one run. Across such a run, at most positions
    /// along it, the ink is two thin bands with paper between them: the two lines, returned as two
    /// segments. A bar of text or a seal (ink all across, or no steady gap) gives none.
    static func doubleRule(_ s: Segment, bands across: InkBands, maximumThickness: Int) -> [Segment] {
        let thickness = s.across1 - s.across0 + 1
        guard thickness <= 3 * maximumThickness else { return [] }
        var firstEnds: [Int] = [], secondStarts: [Int] = []
        let inked = across.count
        for (_, bands) in across where bands.count == 2 && bands.allSatisfy({ $0.1 - $0.0 + 1 <= maximumThickness / 2 + 1 }) {
            firstEnds.append(bands[0].1)
            secondStarts.append(bands[1].0)
        }
        // Two bands at most of the positions with ink.
        guard inked > 0, firstEnds.count * 10 >= inked * 6 else { return [] }
        firstEnds.sort()
        secondStarts.sort()
        let end = firstEnds[firstEnds.count * 9 / 10], start = secondStarts[secondStarts.count / 10]
        let cut = end < start ? (end, start) : ((firstEnds[firstEnds.count / 2] + secondStarts[secondStarts.count / 2]) / 2, (firstEnds[firstEnds.count / 2] + secondStarts[secondStarts.count / 2]) / 2 + 1)
        let first = Segment(across0: s.across0, across1: s.across0 + cut.0, along0: s.along0, along1: s.along1)
        let second = Segment(across0: s.across0 + cut.1, across1: s.across1, along0: s.along0, along1: s.along1)
        return [first, second].filter { $0.across1 - $0.across0 + 1 <= maximumThickness }
    }

    /// A run too thick for one line may be one line a little off straight. A page straightened to
    /// a tenth of a degree still leaves its longest rules drifting a few pixels from end to end
    /// (5 px over a 300 dpi page's height), and with the neighbour tolerance of ``runs`` and a
    /// blurred rule (two borders of boxed cells blurred together) that is over the limit. Across
    /// such a run the ink is one thin band at most positions, its middle moving steadily from one
    /// end to the other: the run is that line. Type set against the rule on both sides (small
    /// type in narrow cells, a label's last character and a `0` touching a grey rule blurred to
    /// 8 pixels at 200 dpi) makes it two bands or a wide one at a tenth of its length or more,
    /// so four in five positions suffice. A bar of text, a seal or a column of characters gives
    /// several bands, or wide ones, or a middle that jumps about. A line in a noisy JPEG also has
    /// specks of a pixel or two beside it, and its halo makes it as thick as the run where each
    /// rule of the other direction crosses it: neither counts against it (a scan of a table
    /// printed as a picture, 300 dpi, quality 35: a rule 8 pixels thick with its halo, single at
    /// 79 % of its length, 99 % so).
    static func slantedRule(_ s: Segment, bands across: InkBands, maximumThickness: Int) -> [Segment] {
        let thickness = s.across1 - s.across0 + 1
        guard thickness <= 2 * maximumThickness else { return [] }
        let crossed = across.filter { $0.bands.count == 1 && $0.bands[0].0 == 0 && $0.bands[0].1 == thickness - 1 }.count
        let inked = across.count - crossed
        guard crossed * 4 <= across.count else { return [] }
        let middles: [(along: Double, across: Double)] = across.compactMap { b, bands in
            let line = bands.filter { $0.1 - $0.0 + 1 > speckWidth }
            guard line.count == 1, line[0].1 - line[0].0 + 1 <= maximumThickness else { return nil }
            return (Double(b), Double(line[0].0 + line[0].1) / 2)
        }
        guard inked > 0, middles.count * 10 >= inked * 8 else { return [] }
        // The straight line through the middles; nearly all of them lie on it.
        let n = Double(middles.count)
        let meanAlong = middles.reduce(0) { $0 + $1.along } / n, meanAcross = middles.reduce(0) { $0 + $1.across } / n
        let spread = middles.reduce(0) { $0 + ($1.along - meanAlong) * ($1.along - meanAlong) }
        let slope = spread > 0 ? middles.reduce(0) { $0 + ($1.along - meanAlong) * ($1.across - meanAcross) } / spread : 0
        let onLine = middles.filter { abs(meanAcross + slope * ($0.along - meanAlong) - $0.across) <= 1.5 }.count
        return onLine * 10 >= middles.count * 9 ? [s] : []
    }

    /// A run too thick for one line may be two lines end to end, a few pixels apart across: where
    /// a cell spanning rows ends (the label of a group, `（六）其他处理`, over its last row), the
    /// rule under the group and the rule under that row are drawn at heights that differ by a
    /// pixel or two, and blurred and upscaled they overlap into one run. Along such a run the ink
    /// is one thin band whose middle keeps one level, then steps to another and keeps that: the
    /// stretches at each level, each long enough for a line and holding its level, are the lines.
    /// Nothing is returned unless there are two or more and they account for most of the run.
    static func steppedRule(_ s: Segment, bands across: InkBands, maximumThickness: Int, minimumLength: Int) -> [Segment] {
        let thickness = s.across1 - s.across0 + 1
        guard thickness <= 2 * maximumThickness else { return [] }
        let single = across.compactMap { b, bands in
            bands.count == 1 && bands[0].1 - bands[0].0 + 1 <= maximumThickness ? (along: b, band: bands[0]) : nil
        }
        guard !across.isEmpty, single.count * 10 >= across.count * 8 else { return [] }
        // Stretches of one level: a middle more than two pixels from the stretch's first ones,
        // and the next few as far, starts another.
        var stretches: [[(along: Int, band: (Int, Int))]] = []
        var k = 0
        let settle = 5
        while k < single.count {
            var stretch = [single[k]]
            var level = Double(single[k].band.0 + single[k].band.1) / 2
            var j = k + 1
            while j < single.count {
                let m = Double(single[j].band.0 + single[j].band.1) / 2
                if abs(m - level) > 2 {
                    let ahead = single[j..<min(single.count, j + settle)]
                    if ahead.allSatisfy({ abs(Double($0.band.0 + $0.band.1) / 2 - level) > 2 }) { break }
                } else if stretch.count < settle {
                    level = (level * Double(stretch.count) + m) / Double(stretch.count + 1)
                }
                stretch.append(single[j])
                j += 1
            }
            stretches.append(stretch)
            k = j
        }
        let lines = stretches.filter { st in
            guard let first = st.first, let last = st.last, last.along - first.along + 1 >= minimumLength else { return false }
            let middles = st.map { Double($0.band.0 + $0.band.1) / 2 }.sorted()
            let median = middles[middles.count / 2]
            return middles.filter { abs($0 - median) <= 1.5 }.count * 10 >= middles.count * 9
        }
        guard lines.count >= 2, lines.map(\.count).reduce(0, +) * 10 >= single.count * 9 else { return [] }
        return lines.map { st in
            Segment(across0: s.across0 + st.map(\.band.0).min()!, across1: s.across0 + st.map(\.band.1).max()!,
                    along0: st.first!.along, along1: st.last!.along)
        }.filter { $0.across1 - $0.across0 + 1 <= maximumThickness + 2 }
    }

    /// The spacing of a table whose cells draw their own boxes apart (HTML's `cellspacing`): the
    /// bottom of each row's boxes and the top of the next row's are two rules of the same extent,
    /// the same distance apart all over the table. Measured over pairs of horizontal rules with
    /// the same ends (within `slack`) at most `maximum` apart, with no rule between them that
    /// overlaps them: the spacing when at least four pairs, and three in four of all, agree on it
    /// within two pixels; else nil.
    static func cellSpacing(_ horizontal: [Segment], maximum: Int, slack: Int) -> Int? {
        let byY = horizontal.sorted { $0.center < $1.center }
        var spacings: [Int] = []
        for (n, a) in byY.enumerated() {
            for b in byY[(n + 1)...] {
                let d = b.center - a.center
                if d > maximum { break }
                guard min(a.along1, b.along1) > max(a.along0, b.along0) else { continue }
                // The next rule under it: a pair when it has the same ends (a rule of other
                // ends between them, such as the one whose blurred edges these are, parts them).
                if d > 1, abs(a.along0 - b.along0) <= slack, abs(a.along1 - b.along1) <= slack { spacings.append(d) }
                break
            }
        }
        guard spacings.count >= 4 else { return nil }
        spacings.sort()
        let median = spacings[spacings.count / 2]
        let agreeing = spacings.filter { abs($0 - median) <= 2 }
        guard agreeing.count >= 4, agreeing.count * 4 >= spacings.count * 3 else { return nil }
        return agreeing.max()!
    }

    /// How many horizontal pieces have another at the same height starting at most `spacing`
    /// (and four pixels) after their end: the tops and bottoms of boxes side by side, where a
    /// table's cells are boxed apart. A rule across a table is one piece; a print doubling some
    /// rules (Chromium's collapsed borders) pairs them like boxes', but not side by side.
    static func boxesSideBySide(_ pieces: [Segment], spacing: Int) -> Int {
        pieces.filter { a in
            pieces.contains { b in abs(b.center - a.center) <= 2 && (1...spacing + 4).contains(b.along0 - a.along1) }
        }.count
    }

    /// `pieces` without those shorter than `longerThan` that are no box's top or bottom: a short
    /// piece is kept with a partner, a piece with the same ends (within two pixels) `spacing`
    /// above or below it (or up to four pixels closer, as the pairs agreeing on the spacing do), as
    /// a box's bottom has the next box's top; and so is one with the same ends as a piece kept so
    /// (a column's first top and last bottom, with no box beyond them). A short piece alone is a
    /// stroke or a dash.
    static func pairedAcrossSpacing(_ pieces: [Segment], spacing: Int, longerThan: Int) -> [Segment] {
        func short(_ a: Segment) -> Bool { a.length < longerThan }
        func sameEnds(_ a: Segment, _ b: Segment) -> Bool { abs(b.along0 - a.along0) <= 2 && abs(b.along1 - a.along1) <= 2 }
        let paired = pieces.filter { a in
            short(a) && pieces.contains { b in b != a && (spacing - 4...spacing).contains(abs(b.center - a.center)) && sameEnds(a, b) }
        }
        return pieces.filter { a in !short(a) || paired.contains { sameEnds(a, $0) } }
    }

    /// Paints the lines white (one pixel of margin), so recognition does not see them.
    func erase(from image: inout GrayImage) {
        let w = image.width, h = image.height
        image.pixels.withUnsafeMutableBufferPointer { p in
            for s in horizontal {
                for y in max(0, s.across0 - 1)...min(h - 1, s.across1 + 1) {
                    for x in max(0, s.along0)...min(w - 1, s.along1) { p[y * w + x] = 255 }
                }
            }
            for s in vertical {
                for y in max(0, s.along0)...min(h - 1, s.along1) {
                    for x in max(0, s.across0 - 1)...min(w - 1, s.across1 + 1) { p[y * w + x] = 255 }
                }
            }
        }
    }
}
