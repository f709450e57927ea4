/// Dashed rules: a table drawn with dashed borders (CSS `border: 1px dashed`, Word's dashed
/// borders) scans as rows of short dashes, 8 to 10 pixels long with gaps of 2 to 7 at 200 to 300
/// dpi: too broken for a rule (its pieces are cut at every gap, ``RulingLines``), and read by
/// recognition as text (`eeeeeeee`, `|||`). Joined where they form a dashed line (many dashes in a
/// row, each short, of one length and one spacing), they are rules like drawn ones. Strokes of
/// characters along a line of text are neither that many nor that regular. A table's short
/// sides (a row's, between two rules) have only a few dashes: once the page's long dashed lines
/// give the dash and the gap, lines of a few dashes of that pattern are joined too.
extension GrayImage {
    /// Options, in pixels at the image's resolution (by default, those of 300 dpi).
    struct DashOptions {
        /// A dash is at most this long, and the dashes of a line this long at least in the median
        /// (longer than the strokes of characters are thick)…
        var maximumDash = 20
        var minimumDash = 8
        /// …and the gaps between the dashes of a line at most this long…
        var maximumGap = 10
        /// …and a dashed line has at least this many dashes; of the page's pattern, this many.
        var minimumDashes = 8
        var minimumDashesOfPattern = 3
        /// A page has dashed rules when it has at least this many dashed lines of pixels (two
        /// directions together; each rule gives two or three): pages of text and tables drawn
        /// solid gave 0 to 5, of tables drawn dashed 200 and more.
        var minimumLines = 20
    }

    /// A dashed line's dash length and gap (medians).
    struct DashPattern: Equatable {
        var dash: Int
        var gap: Int
    }

    /// This image with the gaps of its dashed lines, across and down, filled with ink at
    /// `threshold`; nil where it has fewer than `options.minimumLines` such lines. Ink is any pixel
    /// at or below `threshold`.
    func dashedRulesJoined(threshold: UInt8, options: DashOptions = DashOptions()) -> GrayImage? {
        var runs: [(Int, Int)] = []
        /// Each line's index and ink runs: the rows of `image` (or, turned, its columns), every
        /// `step`-th.
        func eachLine(of image: GrayImage, step: Int = 1, _ body: (_ index: Int, _ runs: [(Int, Int)]) -> Void) {
            image.pixels.withUnsafeBufferPointer { p in
                for y in stride(from: 0, to: image.height, by: step) {
                    Self.inkRuns(p, from: y * image.width, count: image.width, threshold: threshold, into: &runs)
                    body(y, runs)
                }
            }
        }
        // Every other row first: most pages have no dashed line across (a rule is two pixels
        // thick or more), and the rest is not read; a dashed table has as many lines across as
        // down, give or take, and four rules across give 8 lines of pixels or more, 4 read here.
        var across = 0
        eachLine(of: self, step: 2) { _, runs in across += Self.dashedLines(runs, options: options).count }
        guard across * 8 >= options.minimumLines else { return nil }
        var found: [DashPattern] = []
        eachLine(of: self) { _, runs in found += Self.dashedLines(runs, options: options).map(\.pattern) }
        // Columns are read from the image turned (a column walked down the page misses the cache
        // at every pixel).
        let turned = transposed()
        eachLine(of: turned) { _, runs in found += Self.dashedLines(runs, options: options).map(\.pattern) }
        guard found.count >= options.minimumLines else { return nil }
        let pattern = DashPattern(dash: found.map(\.dash).sorted()[found.count / 2], gap: found.map(\.gap).sorted()[found.count / 2])
        var out = self
        eachLine(of: self) { y, runs in
            for line in Self.dashedLines(runs, options: options, of: pattern) {
                for gap in line.gaps { for x in gap { out.pixels[y * width + x] = threshold } }
            }
        }
        eachLine(of: turned) { x, runs in
            for line in Self.dashedLines(runs, options: options, of: pattern) {
                for gap in line.gaps { for y in gap { out.pixels[y * width + x] = threshold } }
            }
        }
        return out
    }

    /// The image turned about its diagonal: row `y` of the result is column `y` of this one.
    func transposed() -> GrayImage {
        var out = GrayImage(width: height, height: width)
        pixels.withUnsafeBufferPointer { p in
            out.pixels.withUnsafeMutableBufferPointer { q in
                for y in 0..<height {
                    for x in 0..<width { q[x * height + y] = p[y * width + x] }
                }
            }
        }
        return out
    }

    /// The runs of ink (pixels at or below `threshold`) among the `count` pixels of `p` from
    /// `start` (first and last, from 0), into `runs`.
    static func inkRuns(_ p: UnsafeBufferPointer<UInt8>, from start: Int, count: Int, threshold: UInt8, into runs: inout [(Int, Int)]) {
        runs.removeAll(keepingCapacity: true)
        var first = -1
        for i in 0..<count {
            if p[start + i] <= threshold {
                if first < 0 { first = i }
            } else if first >= 0 {
                runs.append((first, i - 1))
                first = -1
            }
        }
        if first >= 0 { runs.append((first, count - 1)) }
    }

    /// The dashed lines among `runs` (the ink runs of one row or column, in order): their
    /// pattern and the gaps between their dashes. Runs at most `maximumDash` long (or two such and
    /// a gap between: a line of the other direction crossing joins them), apart by at most
    /// `maximumGap`, make a chain. A chain is cut where a gap is more than two pixels wider than
    /// the pattern's (text beyond the line's end; a narrower gap does not cut: a crossing line
    /// shrinks it); a piece is a dashed line when it has enough runs, four in five of them within
    /// a third of the pattern's dash (and two pixels) or two such joined, and four in five of its
    /// gaps within two pixels of the pattern's. The pattern is `known`'s, or the chain's own
    /// (medians, the dash at least `minimumDash`).
    static func dashedLines(_ runs: [(Int, Int)], options: DashOptions, of known: DashPattern? = nil)
        -> [(pattern: DashPattern, gaps: [ClosedRange<Int>])] {
        var lines: [(pattern: DashPattern, gaps: [ClosedRange<Int>])] = []
        // Two dashes at least: a line has a gap (and a median one).
        let minimumCount = max(2, known == nil ? options.minimumDashes : options.minimumDashesOfPattern)
        var chain: [(Int, Int)] = []
        var long = 0    // the chain's runs at least `minimumDash` long (its own median dash is, only if half are)
        func close() {
            defer { chain.removeAll(keepingCapacity: true); long = 0 }
            guard chain.count >= minimumCount, known != nil || long * 2 >= chain.count else { return }
            let lengths = chain.map { $0.1 - $0.0 + 1 }
            let spaces = zip(chain, chain.dropFirst()).map { $1.0 - $0.1 - 1 }
            let pattern = known ?? DashPattern(dash: lengths.sorted()[lengths.count / 2], gap: spaces.sorted()[spaces.count / 2])
            guard pattern.dash >= options.minimumDash else { return }
            let slack = max(2, pattern.dash / 3)
            /// A dash of the line, or two run together where a line of the other direction
            /// crosses (its ink fills the gap between them).
            func fits(_ length: Int) -> Bool {
                abs(length - pattern.dash) <= slack || (length > pattern.dash && length <= 2 * pattern.dash + pattern.gap + slack)
            }
            var start = 0
            for end in 1...chain.count where end == chain.count || spaces[end - 1] > pattern.gap + 2 {
                let piece = start..<end
                start = end
                let gaps = piece.dropLast().map { spaces[$0] }
                guard piece.count >= minimumCount,
                      piece.filter({ fits(lengths[$0]) }).count * 5 >= piece.count * 4,
                      gaps.filter({ abs($0 - pattern.gap) <= 2 }).count * 5 >= gaps.count * 4 else { continue }
                lines.append((pattern, piece.dropLast().map { (chain[$0].1 + 1)...(chain[$0 + 1].0 - 1) }))
            }
        }
        for run in runs {
            guard run.1 - run.0 + 1 <= 2 * options.maximumDash + options.maximumGap else { close(); continue }
            if let last = chain.last, run.0 - last.1 - 1 > options.maximumGap { close() }
            chain.append(run)
            if run.1 - run.0 + 1 >= options.minimumDash { long += 1 }
        }
        close()
        return lines
    }
}
