#if canImport(Glibc)
import Glibc
#endif

/// Estimates the skew of a scanned page: the angle that makes the rows of ink sharpest (the
/// variance of the horizontal projection, on a quarter-size image). Scans are rarely more than a
/// degree or two off; tables need them straight for their ruling lines to be found.
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
        let bins = small.height * 2
        func score(_ degrees: Double) -> Double {
            let r = degrees * .pi / 180, c = cos(r), s = sin(r)
            var histogram = [Int](repeating: 0, count: bins)
            for (x, y) in points {
                let yy = Int(y * c + x * s) + bins / 4
                if yy >= 0 && yy < bins { histogram[yy] += 1 }
            }
            var total = 0.0
            for v in histogram { total += Double(v * v) }
            return total
        }
        // The sharpest angle; when several are equally sharp (solid rows of ink project the same
        // over a small range), the middle of that range.
        func best(from lower: Double, to upper: Double, by step: Double) -> Double {
            var best = (first: 0.0, last: 0.0, score: -1.0)
            var a = lower
            while a <= upper + 1e-9 {
                let s = score(a)
                if s > best.score * (1 + 1e-9) { best = (a, a, s) } else if s >= best.score * (1 - 1e-9) { best.last = a }
                a += step
            }
            return (best.first + best.last) / 2
        }
        // Coarse, then fine around the best coarse angle. The projection sharpest at -a means
        // the page is turned by +a.
        let coarse = best(from: -maximum, to: maximum, by: step)
        let fine = best(from: coarse - step, to: coarse + step, by: step / 5)
        return -fine
    }
}
