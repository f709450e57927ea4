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
    }

    var horizontal: [Segment] = []
    var vertical: [Segment] = []

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
    }

    /// Finds lines in `image`, ink being pixels at or below `threshold`. Keeps only lines that
    /// cross at least two lines of the other direction (a dash `——` in a cell is not a rule).
    static func find(in image: GrayImage, threshold: UInt8, options: Options = Options()) -> RulingLines {
        var lines = RulingLines()
        let h0 = runs(image, threshold: threshold, horizontal: true, options: options)
        let v0 = runs(image, threshold: threshold, horizontal: false, options: options)
        lines.horizontal = h0.filter { !crossesText($0, horizontal: true, others: v0, image: image, threshold: threshold) }
        lines.vertical = v0.filter { !crossesText($0, horizontal: false, others: h0, image: image, threshold: threshold) }
        let tol = options.gapTolerance * 2
        func crosses(_ a: Segment, _ b: Segment) -> Bool {
            b.center >= a.along0 - tol && b.center <= a.along1 + tol && a.center >= b.along0 - tol && a.center <= b.along1 + tol
        }
        let h = lines.horizontal.filter { hs in lines.vertical.filter { crosses(hs, $0) }.count >= 2 }
        let v = lines.vertical.filter { vs in lines.horizontal.filter { crosses(vs, $0) }.count >= 2 }
        lines.horizontal = h
        lines.vertical = v
        return lines
    }

    /// A run that is part of characters rather than a border between cells: strokes of the
    /// characters in a column (`于`, `申`, `息` on consecutive rows) chain through the rules
    /// between the rows into a long vertical run. Strokes cross such a run or join it, so across
    /// the run the ink is much wider than the line here and there; a cell border keeps its width
    /// except where a rule of the other direction crosses it.
    static func crossesText(_ s: Segment, horizontal: Bool, others: [Segment], image: GrayImage, threshold: UInt8) -> Bool {
        let w = image.width, h = image.height
        let acrossLimit = horizontal ? h : w
        let crossing = others.filter { o in o.along0 - 3 <= s.across1 && o.along1 + 3 >= s.across0 }
            .map { ($0.across0 - 3, $0.across1 + 3) }
        var widths: [Int] = []
        image.pixels.withUnsafeBufferPointer { p in
            func ink(_ a: Int, _ b: Int) -> Bool {
                a >= 0 && a < acrossLimit && (horizontal ? p[a * w + b] : p[b * w + a]) <= threshold
            }
            for b in s.along0...s.along1 {
                if crossing.contains(where: { b >= $0.0 && b <= $0.1 }) { continue }
                guard let start = (s.across0...s.across1).first(where: { ink($0, b) }) else { widths.append(0); continue }
                var lo = start, hi = start
                while lo > start - 16 && ink(lo - 1, b) { lo -= 1 }
                while hi < start + 16 && ink(hi + 1, b) { hi += 1 }
                widths.append(hi - lo + 1)
            }
        }
        guard !widths.isEmpty else { return false }
        let typical = widths.sorted()[widths.count / 2]
        let wide = widths.filter { $0 > typical + 3 }.count
        return wide > max(3, widths.count * 4 / 100)
    }

    /// Runs of ink along rows (or columns), merged across adjacent rows into segments.
    static func runs(_ image: GrayImage, threshold: UInt8, horizontal: Bool, options: Options) -> [Segment] {
        let w = image.width, h = image.height
        let outer = horizontal ? h : w, inner = horizontal ? w : h
        let minimumLength = horizontal ? options.minimumLength : options.minimumVerticalLength
        var open: [Segment] = []      // segments that reached the previous row
        var done: [Segment] = []
        image.pixels.withUnsafeBufferPointer { p in
            for a in 0..<outer {
                var found: [(Int, Int)] = []
                var start = -1, lastInk = -10_000
                for b in 0..<inner {
                    let v = horizontal ? p[a * w + b] : p[b * w + a]
                    if v <= threshold {
                        if start < 0 || b - lastInk > options.gapTolerance + 1 {
                            if start >= 0 && lastInk - start + 1 >= minimumLength { found.append((start, lastInk)) }
                            start = b
                        }
                        lastInk = b
                    }
                }
                if start >= 0 && lastInk - start + 1 >= minimumLength { found.append((start, lastInk)) }
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
        return done.filter { $0.across1 - $0.across0 + 1 <= options.maximumThickness }
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
