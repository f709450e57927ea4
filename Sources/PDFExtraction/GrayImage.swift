#if canImport(Glibc)
import Glibc
#endif

/// An 8-bit grayscale image, row by row (0 black, 255 white): a rendered page on its way to OCR.
struct GrayImage {
    var width: Int
    var height: Int
    var pixels: [UInt8]

    init(width: Int, height: Int, pixels: [UInt8]) {
        self.width = width
        self.height = height
        self.pixels = pixels
    }

    init(width: Int, height: Int, fill: UInt8 = 255) {
        self.init(width: width, height: height, pixels: [UInt8](repeating: fill, count: width * height))
    }

    @inline(__always) subscript(x: Int, y: Int) -> UInt8 {
        get { pixels[y * width + x] }
        set { pixels[y * width + x] = newValue }
    }

    /// How many pixels have each gray level. Counted into four tables in turn: most pixels of a
    /// page are paper of one level, and one table would make each count wait for the last.
    func histogram() -> [Int] {
        var counts = [Int](repeating: 0, count: 4 * 256)
        counts.withUnsafeMutableBufferPointer { c in
            pixels.withUnsafeBufferPointer { p in
                let n = p.count, quads = n / 4
                for k in 0..<quads {
                    c[Int(p[4 * k])] += 1
                    c[256 + Int(p[4 * k + 1])] += 1
                    c[512 + Int(p[4 * k + 2])] += 1
                    c[768 + Int(p[4 * k + 3])] += 1
                }
                for i in (4 * quads)..<n { c[Int(p[i])] += 1 }
            }
        }
        return (0..<256).map { counts[$0] + counts[256 + $0] + counts[512 + $0] + counts[768 + $0] }
    }

    /// Otsu's threshold over the histogram: pixels at or below it are ink.
    func otsuThreshold() -> UInt8 {
        let histogram = self.histogram()
        let total = pixels.count
        var sum = 0.0
        for i in 0..<256 { sum += Double(i * histogram[i]) }
        var sumB = 0.0, wB = 0, best = 0.0, threshold = 128
        for t in 0..<256 {
            wB += histogram[t]
            if wB == 0 { continue }
            let wF = total - wB
            if wF == 0 { break }
            sumB += Double(t * histogram[t])
            let mB = sumB / Double(wB), mF = (sum - sumB) / Double(wF)
            let between = Double(wB) * Double(wF) * (mB - mF) * (mB - mF)
            if between > best { best = between; threshold = t }
        }
        return UInt8(threshold)
    }

    /// The paper's level: the median gray (most of a page is paper).
    func paperLevel() -> UInt8 {
        let histogram = self.histogram()
        var seen = 0
        for v in 0..<256 {
            seen += histogram[v]
            if 2 * seen >= pixels.count { return UInt8(v) }
        }
        return 255
    }

    /// Share of ink pixels (at or below `threshold`).
    func inkShare(threshold: UInt8) -> Double {
        var ink = 0
        pixels.withUnsafeBufferPointer { p in for v in p where v <= threshold { ink += 1 } }
        return Double(ink) / Double(max(1, pixels.count))
    }

    /// Ink pixels (at or below `threshold`) in a rectangle.
    func inkCount(x: Int, y: Int, width w: Int, height h: Int, threshold: UInt8) -> Int {
        let x0 = max(0, x), y0 = max(0, y), x1 = min(width, x + w), y1 = min(height, y + h)
        guard x0 < x1, y0 < y1 else { return 0 }
        var ink = 0
        pixels.withUnsafeBufferPointer { p in
            for yy in y0..<y1 {
                for xx in x0..<x1 where p[yy * width + xx] <= threshold { ink += 1 }
            }
        }
        return ink
    }

    /// The bounding box of the ink in a rectangle, ignoring rows and columns with a single ink
    /// pixel (specks); nil when there is none.
    func inkBox(x: Int, y: Int, width w: Int, height h: Int, threshold: UInt8) -> (x: Int, y: Int, width: Int, height: Int)? {
        let x0 = max(0, x), y0 = max(0, y), x1 = min(width, x + w), y1 = min(height, y + h)
        guard x0 < x1, y0 < y1 else { return nil }
        var rows = [Int](repeating: 0, count: y1 - y0), cols = [Int](repeating: 0, count: x1 - x0)
        pixels.withUnsafeBufferPointer { p in
            for yy in y0..<y1 {
                for xx in x0..<x1 where p[yy * width + xx] <= threshold {
                    rows[yy - y0] += 1
                    cols[xx - x0] += 1
                }
            }
        }
        guard let top = rows.firstIndex(where: { $0 >= 2 }), let bottom = rows.lastIndex(where: { $0 >= 2 }),
              let left = cols.firstIndex(where: { $0 >= 2 }), let right = cols.lastIndex(where: { $0 >= 2 }) else { return nil }
        return (x0 + left, y0 + top, right - left + 1, bottom - top + 1)
    }

    /// A rectangle of the image on a white canvas with `border` pixels on each side: tesseract
    /// reads a cell's few characters far better with white space around them. (Measured over
    /// the scanned samples: a canvas of the paper's grey, or the rectangle brightened to white
    /// paper, both read worse.)
    func cropped(x: Int, y: Int, width w: Int, height h: Int, border: Int) -> GrayImage {
        var out = GrayImage(width: w + 2 * border, height: h + 2 * border)
        let x0 = max(0, x), y0 = max(0, y), x1 = min(width, x + w), y1 = min(height, y + h)
        guard x0 < x1, y0 < y1 else { return out }
        let ow = out.width
        pixels.withUnsafeBufferPointer { src in
            out.pixels.withUnsafeMutableBufferPointer { dst in
                for yy in y0..<y1 {
                    for xx in x0..<x1 { dst[(yy - y + border) * ow + xx - x + border] = src[yy * width + xx] }
                }
            }
        }
        return out
    }

    /// The paper of a rectangle made white: every pixel in it at or above the median level of
    /// its outer `ring` pixels (paper, around ink cropped with that much room) becomes 255, as
    /// white as the canvas around a cropped cell. Unchanged without a ring.
    func paperWhitened(x: Int, y: Int, width w: Int, height h: Int, ring: Int) -> GrayImage {
        let x0 = max(0, x), y0 = max(0, y), x1 = min(width, x + w), y1 = min(height, y + h)
        guard ring > 0, x1 - x0 > 2 * ring, y1 - y0 > 2 * ring else { return self }
        var levels = [Int](repeating: 0, count: 256)
        var count = 0
        for yy in y0..<y1 {
            let inRing = yy < y0 + ring || yy >= y1 - ring
            for xx in x0..<x1 where inRing || xx < x0 + ring || xx >= x1 - ring {
                levels[Int(pixels[yy * width + xx])] += 1
                count += 1
            }
        }
        var seen = 0, paper = 255
        for v in 0..<256 {
            seen += levels[v]
            if 2 * seen >= count { paper = v; break }
        }
        var out = self
        for yy in y0..<y1 {
            for xx in x0..<x1 where out.pixels[yy * width + xx] >= paper { out.pixels[yy * width + xx] = 255 }
        }
        return out
    }

    /// Images set side by side on white, `gap` apart, centred on one another, with `border`
    /// pixels of white around: the lines of a narrow cell made one line.
    static func sideBySide(_ parts: [GrayImage], gap: Int, border: Int) -> GrayImage {
        let height = parts.map(\.height).max() ?? 0
        let width = parts.map(\.width).reduce(0, +) + gap * max(0, parts.count - 1)
        var out = GrayImage(width: width + 2 * border, height: height + 2 * border)
        var x = border
        for part in parts {
            let y = border + (height - part.height) / 2
            for row in 0..<part.height {
                for col in 0..<part.width { out[x + col, y + row] = part[col, row] }
            }
            x += part.width + gap
        }
        return out
    }

    /// Contrast stretched so that ink is black and paper white: the darkest levels (the 0.1th
    /// percentile) become 0, levels from 60% of the way to the paper (the median) become 255.
    /// Light, thin print (a pale scan) otherwise thresholds into broken strokes, and tesseract
    /// loses digits such as `7`.
    func contrastStretched() -> GrayImage {
        let histogram = self.histogram()
        func percentile(_ q: Double) -> Int {
            let target = Int(Double(pixels.count) * q)
            var seen = 0
            for v in 0..<256 {
                seen += histogram[v]
                if seen > target { return v }
            }
            return 255
        }
        let lo = percentile(0.001), paper = percentile(0.5)
        guard paper - lo >= 40 else { return self }
        let hi = lo + (paper - lo) * 6 / 10
        var table = [UInt8](repeating: 255, count: 256)
        for v in 0..<256 {
            table[v] = v <= lo ? 0 : v >= hi ? 255 : UInt8((v - lo) * 255 / (hi - lo))
        }
        var out = self
        out.pixels.withUnsafeMutableBufferPointer { p in
            for i in p.indices { p[i] = table[Int(p[i])] }
        }
        return out
    }

    /// Black where as dark as `threshold` or darker (ink, as `inkCount` counts it), white
    /// elsewhere: a glyph on a JPEG's grey blocks as a threshold sees it, the blocks gone.
    func binarized(threshold: UInt8) -> GrayImage {
        var out = self
        out.pixels.withUnsafeMutableBufferPointer { p in
            for i in p.indices { p[i] = p[i] <= threshold ? 0 : 255 }
        }
        return out
    }

    /// Smoothed by the 3×3 binomial kernel (1 2 1 across and down, the sum of 16), edges
    /// repeated: a step of a pixel between columns that a scan's rotation and a JPEG's blocks
    /// leave in a stroke is gone, and the stroke reads as one.
    func smoothed() -> GrayImage {
        guard width >= 2, height >= 2 else { return self }
        var across = [Int](repeating: 0, count: pixels.count)
        for y in 0..<height {
            let row = y * width
            for x in 0..<width {
                let l = Int(pixels[row + max(0, x - 1)]), r = Int(pixels[row + min(width - 1, x + 1)])
                across[row + x] = l + 2 * Int(pixels[row + x]) + r
            }
        }
        var out = self
        for y in 0..<height {
            let up = max(0, y - 1) * width, here = y * width, down = min(height - 1, y + 1) * width
            for x in 0..<width {
                out.pixels[here + x] = UInt8((across[up + x] + 2 * across[here + x] + across[down + x] + 8) / 16)
            }
        }
        return out
    }

    /// Paints a rectangle (inclusive corners, clipped to the image).
    mutating func fill(x0: Int, y0: Int, x1: Int, y1: Int, value: UInt8 = 255) {
        let a = max(0, x0), b = min(width - 1, x1), c = max(0, y0), d = min(height - 1, y1)
        guard a <= b, c <= d else { return }
        let w = width
        pixels.withUnsafeMutableBufferPointer { p in
            for y in c...d { for x in a...b { p[y * w + x] = value } }
        }
    }

    /// The image turned counter-clockwise by `degrees` about its centre (nearest neighbour; new
    /// area white): `rotated(by: Deskew.angle(of: page))` straightens a page turned clockwise.
    func rotated(by degrees: Double) -> GrayImage {
        let a = degrees * .pi / 180, c = cos(a), s = sin(a)
        let cx = Double(width) / 2, cy = Double(height) / 2
        var out = GrayImage(width: width, height: height)
        // Each source pixel at (c·dx − s·dy + cx, s·dx + c·dy + cy), rounded half away from zero;
        // the products with dx are the same in every row, so they are made once.
        let cdx = (0..<width).map { c * (Double($0) - cx) }, sdx = (0..<width).map { s * (Double($0) - cx) }
        let w = width, h = height
        pixels.withUnsafeBufferPointer { src in
            out.pixels.withUnsafeMutableBufferPointer { dst in
                for y in 0..<h {
                    let dy = Double(y) - cy
                    let sdy = s * dy, cdy = c * dy
                    for x in 0..<w {
                        let sx = Self.roundedHalfAway(cdx[x] - sdy + cx), sy = Self.roundedHalfAway(sdx[x] + cdy + cy)
                        if sx >= 0 && sx < w && sy >= 0 && sy < h { dst[y * w + x] = src[sy * w + sx] }
                    }
                }
            }
        }
        return out
    }

    /// `v.rounded()` (half away from zero) as an integer, without a call into libm: `v` less its
    /// truncation is exact for any `v` an image coordinate can be.
    @inline(__always) static func roundedHalfAway(_ v: Double) -> Int {
        let i = Int(v)
        let f = v - Double(i)
        return f >= 0.5 ? i + 1 : (f <= -0.5 ? i - 1 : i)
    }

    /// Rotated by a quarter turn clockwise `turns` times (orientation fixes).
    func quarterTurned(_ turns: Int) -> GrayImage {
        let t = ((turns % 4) + 4) % 4
        if t == 0 { return self }
        let w = t % 2 == 0 ? width : height, h = t % 2 == 0 ? height : width
        var out = GrayImage(width: w, height: h)
        for y in 0..<height {
            for x in 0..<width {
                let v = pixels[y * width + x]
                switch t {
                case 1: out.pixels[x * w + (w - 1 - y)] = v
                case 2: out.pixels[(h - 1 - y) * w + (w - 1 - x)] = v
                default: out.pixels[(h - 1 - x) * w + y] = v
                }
            }
        }
        return out
    }

    /// Downsampled by an integer factor, each pixel the mean of its block.
    func averaged(by f: Int) -> GrayImage {
        guard f > 1 else { return self }
        let w = width / f, h = height / f
        var out = GrayImage(width: w, height: h)
        let area = f * f
        pixels.withUnsafeBufferPointer { p in
            out.pixels.withUnsafeMutableBufferPointer { o in
                for y in 0..<h {
                    for x in 0..<w {
                        var sum = 0
                        for yy in 0..<f { for xx in 0..<f { sum += Int(p[(y * f + yy) * width + x * f + xx]) } }
                        o[y * w + x] = UInt8(sum / area)
                    }
                }
            }
        }
        return out
    }

    /// Downsampled by an integer factor (minimum of each block, so thin ink survives).
    func downsampled(by f: Int) -> GrayImage {
        guard f > 1 else { return self }
        let w = width / f, h = height / f
        var out = GrayImage(width: w, height: h)
        for y in 0..<h {
            for x in 0..<w {
                var m: UInt8 = 255
                for yy in 0..<f { for xx in 0..<f { m = min(m, pixels[(y * f + yy) * width + x * f + xx]) } }
                out.pixels[y * w + x] = m
            }
        }
        return out
    }
}
