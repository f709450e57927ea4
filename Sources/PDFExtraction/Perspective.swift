#if canImport(Glibc)
import Glibc
#endif

/// Straightens a photographed page. A page photographed rather than scanned is seen at a slant:
/// its table's rules are no longer parallel (the verticals lean towards each other, the
/// horizontals too), so no rotation makes them upright, and a rule a few pixels off vertical over
/// the table's height is not found: the cells' borders are then read as characters (`0|` as
/// `op`). Measured on 上海市科委's page photographed with a 1 % keystone: 26 of 200 cells.
///
/// On a straightened page (after ``Deskew``) the longest near-vertical and near-horizontal rules
/// are found by their runs of ink: the leftmost and rightmost verticals and the topmost and
/// bottommost horizontals of the page's tables. Where the two verticals or the two horizontals are
/// not parallel, the four meet in a quadrilateral that the page's plane maps to a rectangle; the
/// page is redrawn through that mapping (a homography), and its rules stand upright and level.
/// A scan, whose rules are parallel, is left as it is.
enum Perspective {
    /// A run of ink along the rules' direction: `across` is its column (for vertical rules) or
    /// row, `start..<end` its extent along.
    struct Run {
        var across: Int
        var start: Int
        var end: Int
    }

    /// A rule: in a frame where it is nearly vertical, `x = offset + (y - centre) * slope`.
    struct Rule: Equatable {
        var offset: Double
        var slope: Double
        /// Pixels of ink on it.
        var ink: Int
    }

    /// The page's rules of both directions (``rules(in:threshold:vertical:run:scale:tuning:)``),
    /// found once for the skew they show (``RuleSkew``) and for the page's slant.
    struct PageRules {
        var verticals: [Rule]
        var horizontals: [Rule]
        /// The level taken as ink for rules: halfway from the text's threshold to the paper.
        var threshold: UInt8
    }

    /// The rules of `image`, whose text is ink at `threshold`. Rules are often printed lighter
    /// than text (grey, hairlines blurred by the lens): ink for them is anything halfway from the
    /// text's threshold to the paper.
    static func pageRules(in image: GrayImage, threshold: UInt8, scale: OCRTuning.Scale, tuning: OCRTuning) -> PageRules {
        let run = scale.pixels(tuning.perspectiveRuleRun, floor: 20)
        let paper = image.paperLevel()
        let threshold = paper > threshold ? UInt8((Int(threshold) + Int(paper)) / 2) : threshold
        return PageRules(verticals: rules(in: image, threshold: threshold, vertical: true, run: run, scale: scale, tuning: tuning),
                         horizontals: rules(in: image, threshold: threshold, vertical: false, run: run, scale: scale, tuning: tuning),
                         threshold: threshold)
    }

    /// The mapping that straightens `image`'s tables (from the straightened page's pixels to the
    /// image's), or nil when its rules (`found`, ``pageRules(in:threshold:scale:tuning:)``) are
    /// parallel or too few to tell.
    static func straightening(_ image: GrayImage, rules found: PageRules, scale: OCRTuning.Scale, tuning: OCRTuning) -> Homography? {
        // The long rules, whose slopes are surer; the shorter ones where fewer than two are long
        // (a table only a few rows tall).
        func longest(_ found: [Rule], extent: Int) -> [Rule] {
            let long = found.filter { Double($0.ink) >= tuning.perspectiveOuterRule * Double(extent) }
            return long.count >= 2 ? long : found
        }
        let verticals = longest(found.verticals, extent: image.height)
        let horizontals = longest(found.horizontals, extent: image.width)
        guard verticals.count + horizontals.count >= 3 else { return nil }
        let v = outermost(verticals, extent: image.width, tuning: tuning)
        let h = outermost(horizontals, extent: image.height, tuning: tuning)
        let limit = tan(tuning.perspectiveMinimumAngle * .pi / 180)
        guard abs(v.last.slope - v.first.slope) >= limit || abs(h.last.slope - h.first.slope) >= limit,
              v.last.offset - v.first.offset >= tuning.perspectiveMinimumSpread * Double(image.width),
              h.last.offset - h.first.offset >= tuning.perspectiveMinimumSpread * Double(image.height) else { return nil }
        let (left, right, top, bottom) = (v.first, v.last, h.first, h.last)
        let cx = Double(image.width) / 2, cy = Double(image.height) / 2
        // Where a vertical (x = a + (y - cy) s) meets a horizontal (y = b + (x - cx) t).
        func corner(_ v: Rule, _ h: Rule) -> (x: Double, y: Double) {
            let x = (v.offset + (h.offset - cy) * v.slope - cx * h.slope * v.slope) / (1 - h.slope * v.slope)
            return (x, h.offset + (x - cx) * h.slope)
        }
        let tl = corner(left, top), tr = corner(right, top), br = corner(right, bottom), bl = corner(left, bottom)
        let x0 = (tl.x + bl.x) / 2, x1 = (tr.x + br.x) / 2, y0 = (tl.y + tr.y) / 2, y1 = (bl.y + br.y) / 2
        let rectangle = [(x: x0, y: y0), (x: x1, y: y0), (x: x1, y: y1), (x: x0, y: y1)]
        guard let mapping = Homography(from: rectangle, to: [tl, tr, br, bl]),
              let inverse = Homography(from: [tl, tr, br, bl], to: rectangle) else { return nil }
        // Kept only when the page's long rules lean, all of them, by ink, and it straightens them:
        // rules whose slopes were misjudged would make it bend the rest.
        func lean(_ mapped: Homography?) -> Double {
            var sum = 0.0, ink = 0.0
            for (family, vertical) in [(verticals, true), (horizontals, false)] {
                let along = Double(vertical ? image.height : image.width), centre = along / 2
                for r in family {
                    // Two points of the rule, at the ends of the page, where the mapping puts them.
                    func point(_ a: Double) -> (x: Double, y: Double) {
                        let c = r.offset + (a - centre) * r.slope
                        let p = vertical ? (x: c, y: a) : (x: a, y: c)
                        return mapped.map { $0.apply(p.x, p.y) } ?? p
                    }
                    let p = point(0), q = point(along)
                    let slope = vertical ? (q.x - p.x) / (q.y - p.y) : (q.y - p.y) / (q.x - p.x)
                    sum += Double(r.ink) * slope * slope
                    ink += Double(r.ink)
                }
            }
            return ink > 0 ? (sum / ink).squareRoot() : 0
        }
        let before = lean(nil)
        guard before >= tan(tuning.perspectiveMinimumLean * .pi / 180),
              lean(inverse) <= tuning.perspectiveImprovement * before else { return nil }
        return mapping
    }

    /// Two lines of one direction, far apart, at the slopes the page's `rules` (that direction's,
    /// by offset) have there: where three or more agree (``slopes(_:tuning:)``), the lines a
    /// quarter of the page's `extent` in from its edges at the slopes fitted through all of them
    /// (for rules close together, a guess that the lean test of the mapping checks);
    /// else the outermost two rules as they are; with fewer than two, two level lines (the page
    /// is taken to lean only the other way).
    static func outermost(_ rules: [Rule], extent: Int, tuning: OCRTuning) -> (first: Rule, last: Rule) {
        let e = Double(extent)
        // A slant seen in one rule alone is that rule misjudged: the page's rules, but for it,
        // are parallel. Straightened through it (the fit through it and three upright rules put
        // the page's left quarter at 1.2°), a scan of pale rules had its table bent, and lost
        // the rules it had (174 of 200 cells).
        if rules.count >= 2 {
            let sorted = rules.map(\.slope).sorted(), median = sorted[sorted.count / 2]
            let leaning = rules.filter { abs($0.slope - median) >= tan(tuning.perspectiveMinimumAngle / 2 * .pi / 180) }
            if leaning.count < 2 {
                return (Rule(offset: e / 4, slope: median, ink: 0), Rule(offset: 3 * e / 4, slope: median, ink: 0))
            }
        }
        if let line = slopes(rules, tuning: tuning) {
            return (Rule(offset: e / 4, slope: line.alpha + line.beta * e / 4, ink: 0),
                    Rule(offset: 3 * e / 4, slope: line.alpha + line.beta * 3 * e / 4, ink: 0))
        }
        if let first = rules.first, let last = rules.last, rules.count >= 2 { return (first, last) }
        return (Rule(offset: e / 4, slope: 0, ink: 0), Rule(offset: 3 * e / 4, slope: 0, ink: 0))
    }

    /// The slopes of `rules` (one direction's, by offset) as a line in the offset,
    /// `slope = alpha + beta · offset`: on a page seen at a slant, the rules of one direction
    /// meet in a vanishing point, so their slopes grow in step with their offsets. Fitted by ink
    /// to three rules or more; nil when they stray from it (rules found in part, text taken for
    /// a rule: their slopes are not to be trusted), but for up to a quarter of five rules or
    /// more, the ones that stray most, which are left out.
    static func slopes(_ rules: [Rule], tuning: OCRTuning) -> (alpha: Double, beta: Double)? {
        guard rules.count >= 3 else { return nil }
        func fit(_ rules: [Rule]) -> (alpha: Double, beta: Double, residual: Double, worst: Int)? {
            guard let (alpha, beta) = LinearSystem.lineFit(rules.lazy.map { (x: $0.offset, y: $0.slope, weight: Double($0.ink)) }) else { return nil }
            let sw = rules.reduce(0.0) { $0 + Double($1.ink) }
            let errors = rules.map { pow($0.slope - (alpha + beta * $0.offset), 2) }
            let residual = (zip(rules, errors).map { Double($0.ink) * $1 }.reduce(0, +) / sw).squareRoot()
            return (alpha, beta, residual, errors.indices.max { errors[$0] < errors[$1] } ?? 0)
        }
        let limit = tan(tuning.perspectiveSlopeResidual * .pi / 180)
        var kept = rules
        guard var line = fit(kept) else { return nil }
        while line.residual > limit && kept.count > max(4, (3 * rules.count + 3) / 4) {
            kept.remove(at: line.worst)
            guard let again = fit(kept) else { return nil }
            line = again
        }
        guard line.residual <= limit else { return nil }
        return (line.alpha, line.beta)
    }

    /// The page's long rules in one direction, by offset: runs of ink at least `run` pixels long
    /// along it (text strokes are shorter), voted into lines of each slope within
    /// `perspectiveMaximumAngle` of the axis; a line is kept when it holds at least
    /// `perspectiveMinimumRule` of the page's extent in ink, the best of those within a few
    /// pixels of each other.
    static func rules(in image: GrayImage, threshold: UInt8, vertical: Bool, run: Int, scale: OCRTuning.Scale,
                      tuning: OCRTuning) -> [Rule] {
        // Along: the direction of the rules; across: the other.
        let along = vertical ? image.height : image.width, across = vertical ? image.width : image.height
        let thin = scale.pixels(Double(tuning.perspectiveRuleThickness), floor: 2)
        // Walked row by row whichever the direction (a column walked down the page misses the
        // cache at every pixel): a run of ink here or a pixel to either side (a thin rule at a
        // slant steps across), counting the pixels with paper on both sides a few pixels off.
        // A run of a rule is long and mostly has paper beside it: rules crossing it have ink
        // beside it, the dark table or background beside a photographed page ink all along.
        let w = image.width
        var runs: [Run] = []
        func ended(_ start: Int, _ end: Int, _ apart: Int, _ c: Int) {
            if end - start >= run && 2 * apart >= end - start { runs.append(Run(across: c, start: start, end: end)) }
        }
        image.pixels.withUnsafeBufferPointer { p in
            guard across > 2 * thin else { return }
            if vertical {
                let start = UnsafeMutableBufferPointer<Int>.allocate(capacity: across), apart = UnsafeMutableBufferPointer<Int>.allocate(capacity: across)
                defer { start.deallocate(); apart.deallocate() }
                start.initialize(repeating: -1); apart.initialize(repeating: 0)
                for a in 0...along {
                    let row = a * w
                    for c in thin..<(across - thin) {
                        if a < along && min(p[row + c - 1], p[row + c], p[row + c + 1]) <= threshold {
                            if start[c] < 0 { start[c] = a; apart[c] = 0 }
                            if p[row + c - thin] > threshold && p[row + c + thin] > threshold { apart[c] += 1 }
                        } else if start[c] >= 0 {
                            ended(start[c], a, apart[c], c)
                            start[c] = -1
                        }
                    }
                }
            } else {
                for c in thin..<(across - thin) {
                    let row = c * w, above = (c - 1) * w, below = (c + 1) * w
                    var start = -1, apart = 0
                    for a in 0...along {
                        if a < along && min(p[above + a], p[row + a], p[below + a]) <= threshold {
                            if start < 0 { start = a; apart = 0 }
                            if p[row - thin * w + a] > threshold && p[row + thin * w + a] > threshold { apart += 1 }
                        } else if start >= 0 {
                            ended(start, a, apart, c)
                            start = -1
                        }
                    }
                }
            }
        }
        let minimum = Int(tuning.perspectiveMinimumRule * Double(along))
        guard runs.reduce(0, { $0 + $1.end - $1.start }) >= minimum else { return [] }
        let centre = Double(along) / 2
        let steps = Int((tuning.perspectiveMaximumAngle / tuning.perspectiveAngleStep).rounded())
        var candidates: [Rule] = []
        var histogram = [Int](repeating: 0, count: across)
        for k in -steps...steps {
            let slope = tan(Double(k) * tuning.perspectiveAngleStep * .pi / 180)
            for i in histogram.indices { histogram[i] = 0 }
            // Each run's pixels by the offset the slope puts them at: the offset moves
            // monotonically along a run, so the run is taken a stretch of one offset at a time.
            for r in runs {
                let c = Double(r.across)
                func offset(_ a: Int) -> Int { Int((c - (Double(a) - centre) * slope).rounded()) }
                var a = r.start
                while a < r.end {
                    let o = offset(a)
                    var next = r.end
                    if slope != 0 {
                        // Where the offset leaves o, as a guess, then made exact by stepping.
                        let edge = Double(o) + (slope > 0 ? -0.5 : 0.5)
                        let guess = ((c - edge) / slope + centre).rounded(.up)
                        next = guess.isFinite ? min(r.end, max(a + 1, Int(max(-1e9, min(1e9, guess))))) : r.end
                        while next > a + 1 && offset(next - 1) != o { next -= 1 }
                        while next < r.end && offset(next) == o { next += 1 }
                    }
                    if o >= 0 && o < across { histogram[o] += next - a }
                    a = next
                }
            }
            for c in histogram.indices {
                // A rule a few pixels thick: its ink over three neighbouring offsets.
                let ink = histogram[c] + (c > 0 ? histogram[c - 1] : 0) + (c + 1 < across ? histogram[c + 1] : 0)
                guard ink >= minimum, histogram[c] >= (c > 0 ? histogram[c - 1] : 0), histogram[c] > (c + 1 < across ? histogram[c + 1] : 0) else { continue }
                candidates.append(Rule(offset: Double(c), slope: slope, ink: ink))
            }
        }
        // The best line of each rule: a candidate that comes near a better one, or crosses it,
        // on the page is the same rule seen at another slope (two rules stay apart).
        var kept: [Rule] = []
        let apart = Double(tuning.perspectiveRuleSeparation)
        func same(_ r: Rule, _ k: Rule) -> Bool {
            let d0 = (r.offset - k.offset) - centre * (r.slope - k.slope)
            let d1 = (r.offset - k.offset) + (Double(along) - centre) * (r.slope - k.slope)
            return d0 * d1 <= 0 || min(abs(d0), abs(d1)) < apart
        }
        for r in candidates.sorted(by: { $0.ink > $1.ink }) where !kept.contains(where: { same(r, $0) }) {
            kept.append(r)
        }
        // Each rule's slope from its own pixels (least squares): the vote's step is coarse for a
        // short rule, whose ink spreads over several slopes. The pixels of a run near the rule are
        // one stretch of it, summed in closed form (the sums are of integers and halves: exact).
        let near = Double(thin)
        kept = kept.map { r in
            var n = 0.0, sa = 0.0, sc = 0.0, saa = 0.0, sac = 0.0
            for run in runs {
                let c = Double(run.across)
                func close(_ a: Int) -> Bool { abs(c - (r.offset + (Double(a) - centre) * r.slope)) <= near }
                var lo = run.start, hi = run.end - 1
                if abs(r.slope) > 1e-6 {
                    // The stretch where the line passes within `near`, widened against rounding.
                    let x0 = (c - r.offset - near) / r.slope + centre, x1 = (c - r.offset + near) / r.slope + centre
                    lo = max(lo, Int(max(-1e9, min(x0, x1).rounded(.down))) - 2)
                    hi = min(hi, Int(min(1e9, max(x0, x1).rounded(.up))) + 2)
                }
                while lo <= hi && !close(lo) { lo += 1 }
                while hi >= lo && !close(hi) { hi -= 1 }
                guard lo <= hi else { continue }
                let count = hi - lo + 1, sum = (lo + hi) * count / 2
                let squares = (hi * (hi + 1) * (2 * hi + 1) - (lo - 1) * lo * (2 * lo - 1)) / 6
                let shifted = Double(sum) - Double(count) * centre
                n += Double(count); sa += shifted; sc += c * Double(count); sac += c * shifted
                saa += Double(squares) - Double(along) * Double(sum) + Double(count) * centre * centre
            }
            let d = n * saa - sa * sa
            guard n >= 2, d > 0 else { return r }
            let slope = (n * sac - sa * sc) / d
            return Rule(offset: (sc - slope * sa) / n, slope: slope, ink: Int(n))
        }
        return kept.sorted { $0.offset < $1.offset }
    }
}

/// A plane projective mapping, `(x, y) ↦ ((a x + b y + c) / w, (d x + e y + f) / w)` with
/// `w = g x + h y + 1`.
struct Homography {
    var m: [Double]

    /// The mapping that takes each of four points `from` to its point in `to`; nil when three of
    /// them are in line.
    init?(from: [(x: Double, y: Double)], to: [(x: Double, y: Double)]) {
        guard from.count == 4, to.count == 4 else { return nil }
        var a = [[Double]]()
        var b = [Double]()
        for (p, q) in zip(from, to) {
            a.append([p.x, p.y, 1, 0, 0, 0, -q.x * p.x, -q.x * p.y]); b.append(q.x)
            a.append([0, 0, 0, p.x, p.y, 1, -q.y * p.x, -q.y * p.y]); b.append(q.y)
        }
        guard let solution = LinearSystem.solve(a, b) else { return nil }
        m = solution
    }

    func apply(_ x: Double, _ y: Double) -> (x: Double, y: Double) {
        let w = m[6] * x + m[7] * y + 1
        return ((m[0] * x + m[1] * y + m[2]) / w, (m[3] * x + m[4] * y + m[5]) / w)
    }
}

extension GrayImage {
    /// The image redrawn through `mapping` (from each new pixel to where it is in this image;
    /// bilinear; new area white).
    func warped(by mapping: Homography) -> GrayImage {
        var out = GrayImage(width: width, height: height)
        let w = width, h = height
        pixels.withUnsafeBufferPointer { src in
            out.pixels.withUnsafeMutableBufferPointer { dst in
                for y in 0..<h {
                    for x in 0..<w {
                        let (sx, sy) = mapping.apply(Double(x), Double(y))
                        let x0 = Int(sx.rounded(.down)), y0 = Int(sy.rounded(.down))
                        guard x0 >= 0, y0 >= 0, x0 + 1 < w, y0 + 1 < h else { continue }
                        let fx = sx - Double(x0), fy = sy - Double(y0)
                        let i = y0 * w + x0
                        let top = Double(src[i]) * (1 - fx) + Double(src[i + 1]) * fx
                        let bottom = Double(src[i + w]) * (1 - fx) + Double(src[i + w + 1]) * fx
                        dst[y * w + x] = UInt8((top * (1 - fy) + bottom * fy).rounded())
                    }
                }
            }
        }
        return out
    }
}
