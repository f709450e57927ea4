#if canImport(Glibc)
import Glibc
#endif

/// Estimates the skew of a scanned page: the angle that makes the rows and columns of ink
/// sharpest (the variance of the horizontal and vertical projections), searched coarsely on a
/// quarter-size image and finely on the page. Scans are rarely more than a degree or two off;
/// tables need them straight to a few hundredths of a degree for their ruling lines to be found.
enum Deskew {
    /// The page's skew in degrees (positive: the page is turned clockwise), searched in
    /// `±maximum` by `step`.
    static func angle(of image: GrayImage, threshold: UInt8, maximum: Double = 3, step: Double = 0.1) -> Double {
        let small = image.downsampled(by: 4)
        var points: [(Double, Double)] = []
        for y in 0..<small.height {
            for x in 0..<small.width where small.pixels[y * small.width + x] <= threshold {
                points.append((Double(x), Double(y)))
            }
        }
        guard points.count > 100 else { return 0 }
        // The rows' projection, and the columns' too: a page of table has long vertical rules
        // that project sharply where its rows of short rules, wrapped labels and numbers do not.
        func score(_ degrees: Double, _ points: [(Double, Double)], width: Int, height: Int) -> Double {
            let side = 2 * max(width, height)
            let r = degrees * .pi / 180, c = cos(r), s = sin(r)
            var rows = [Int](repeating: 0, count: side), columns = rows
            for (x, y) in points {
                let yy = Int(y * c + x * s) + side / 4, xx = Int(x * c - y * s) + side / 4
                if yy >= 0 && yy < side { rows[yy] += 1 }
                if xx >= 0 && xx < side { columns[xx] += 1 }
            }
            var total = 0.0
            for v in rows { total += Double(v * v) }
            for v in columns { total += Double(v * v) }
            return total
        }
        // The sharpest angle; when several are equally sharp (solid rows of ink project the same
        // over a small range), the middle of that range.
        func best(from lower: Double, to upper: Double, by step: Double, _ points: [(Double, Double)], width: Int, height: Int) -> Double {
            var best = (first: 0.0, last: 0.0, score: -1.0)
            var a = lower
            while a <= upper + 1e-9 {
                let s = score(a, points, width: width, height: height)
                if s > best.score * (1 + 1e-9) { best = (a, a, s) } else if s >= best.score * (1 - 1e-9) { best.last = a }
                a += step
            }
            return (best.first + best.last) / 2
        }
        // Coarse on the small image, then fine around the best coarse angle on the page itself:
        // the small image's whole pixels blur a long rule over a fifth of a degree (four pixels
        // of drift across a letter page at 300 dpi), and a table's page was straightened the
        // wrong way by that much, its rules then lost. The projection sharpest at -a means the
        // page is turned by +a.
        let coarse = best(from: -maximum, to: maximum, by: step, points, width: small.width, height: small.height)
        var full: [(Double, Double)] = []
        full.reserveCapacity(points.count * 16)
        image.pixels.withUnsafeBufferPointer { p in
            for y in 0..<image.height {
                for x in 0..<image.width where p[y * image.width + x] <= threshold { full.append((Double(x), Double(y))) }
            }
        }
        let fine = best(from: coarse - 2 * step, to: coarse + 2 * step, by: step / 5, full, width: image.width, height: image.height)
        return -fine
    }
}
