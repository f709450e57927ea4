/// Shaded cells: a table whose header rows are filled with a light colour (Word's and WPS's table
/// styles, `background:#dbe5f1`) scans as a fill some 20 to 30 levels below the paper, speckled
/// by JPEG. Against the paper's level the fill is ink, or half of it is: the rules inside and
/// around it drown in it (a run as thick as the row is no line), and the rows under it lose the
/// rule above them. Measured against the paper on both sides of each pixel instead, the fill is
/// paper and its rules stand out as on white paper; that image is searched again for rules.
extension GrayImage {
    /// Whether the page has shaded areas: at least `minimumBlocks` squares of `block` pixels each
    /// evenly filled (nine in ten of its pixels within `spread` of its mean) at a level at least
    /// `minimumDarkness` below `paper` and at most `maximumDarkness` (darker is ink: a bar, a
    /// seal's solid part, a photo).
    func hasShadedAreas(paper: Int, block: Int, minimumDarkness: Int, maximumDarkness: Int, spread: Int = 15,
                        minimumBlocks: Int) -> Bool {
        guard block > 0 else { return false }
        var shaded = 0
        pixels.withUnsafeBufferPointer { p in
            for by in 0..<(height / block) {
                for bx in 0..<(width / block) {
                    var sum = 0, seen = 0
                    var y = by * block
                    while y < (by + 1) * block {
                        var i = y * width + bx * block
                        let end = i + block
                        while i < end { sum += Int(p[i]); seen += 1; i += 1 }
                        y += 1
                    }
                    let mean = sum / seen
                    guard paper - mean >= minimumDarkness, paper - mean <= maximumDarkness else { continue }
                    var near = 0
                    y = by * block
                    while y < (by + 1) * block {
                        var i = y * width + bx * block
                        let end = i + block
                        while i < end { if abs(Int(p[i]) - mean) <= spread { near += 1 }; i += 1 }
                        y += 1
                    }
                    if near * 10 >= seen * 9 { shaded += 1 }
                }
            }
        }
        return shaded >= minimumBlocks
    }

    /// Each pixel's darkness below the paper on both sides of it, as a level below white. The
    /// paper on a side is the lightest pixel in the half of the square of `radius` around the
    /// pixel on that side (above, below, left, right); the paper across is the darker of two
    /// opposite sides' (a pixel stands out only below both), and the darkness the smaller of the
    /// two directions'. Paper and an even fill come out white, and so does a fill beside a rule
    /// with paper across the rule (a side of it is fill); a rule or a stroke thinner than `radius`
    /// comes out as dark as it stands out from what is around it, crossings included.
    func darknessBelowPaperAround(radius: Int) -> GrayImage {
        let r = radius, window = 2 * radius + 1
        let across = lightest(alongRows: true, from: -r, window: window, in: pixels)
        let up = lightest(alongRows: false, from: -r, window: r + 1, in: across)
        let down = lightest(alongRows: false, from: 0, window: r + 1, in: across)
        let downward = lightest(alongRows: false, from: -r, window: window, in: pixels)
        let left = lightest(alongRows: true, from: -r, window: r + 1, in: downward)
        let right = lightest(alongRows: true, from: 0, window: r + 1, in: downward)
        var out = self
        for i in pixels.indices {
            let vertical = Swift.min(up[i], down[i]) - pixels[i], horizontal = Swift.min(left[i], right[i]) - pixels[i]
            out.pixels[i] = 255 - Swift.min(vertical, horizontal)
        }
        return out
    }

    /// The lightest of `levels` (this image's size) over `window` pixels from `from` on, along each
    /// row or down each column.
    func lightest(alongRows: Bool, from: Int, window: Int, in levels: [UInt8]) -> [UInt8] {
        var out = levels
        let count = alongRows ? width : height, lines = alongRows ? height : width
        var line = [UInt8](repeating: 0, count: count)
        for l in 0..<lines {
            let start = alongRows ? l * width : l, step = alongRows ? 1 : width
            for k in 0..<count { line[k] = levels[start + k * step] }
            let m = Self.runningMaximum(line, count: count, from: from, window: window)
            for k in 0..<count { out[start + k * step] = m[k] }
        }
        return out
    }

    /// The maximum of `values[0..<count]` over the `window` positions from `k + from` at each
    /// position `k` (clipped at the ends; `from` at most 0, `k` itself within the window). Van
    /// Herk's running maximum: each window is the suffix of one block of `window` and the prefix
    /// of the next.
    static func runningMaximum(_ values: [UInt8], count: Int, from: Int, window: Int) -> [UInt8] {
        guard count > 0, window > 0 else { return [] }
        // Padded so that every window lies within the padded line: `-from` before, the rest after.
        let lead = -from, n = count + window
        func value(_ i: Int) -> UInt8 { i >= lead && i < lead + count ? values[i - lead] : 0 }
        var prefix = [UInt8](repeating: 0, count: n), suffix = prefix
        for i in 0..<n { prefix[i] = i % window == 0 ? value(i) : Swift.max(prefix[i - 1], value(i)) }
        for i in stride(from: n - 1, through: 0, by: -1) {
            suffix[i] = (i + 1) % window == 0 || i == n - 1 ? value(i) : Swift.max(suffix[i + 1], value(i))
        }
        // Position k's window: padded positions k ... k + window - 1.
        return (0..<count).map { k in Swift.max(suffix[k], prefix[Swift.min(n - 1, k + window - 1)]) }
    }
}
