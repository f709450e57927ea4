#if canImport(Glibc)
import Glibc
#endif

/// The skew a page's long ruling lines show, measured along them. ``Deskew`` finds the angle
/// that makes the page's rows of ink sharpest on a quarter-size image: on a page whose ink is a
/// narrow table alone, that angle is uncertain by a fifth of a degree (0.1° over the table's
/// width is half a pixel there), and turned by it the wrong way, a table's vertical rules lean by
/// five pixels over its height, are not found whole, and its rows are lost (平潭's narrow print
/// scanned upside down at 200 dpi: 98 of 198 cells). A long rule tells its slope to a hundredth
/// of a degree: its centre line, tracked along it, is fitted by least squares.
///
/// After ``Deskew``, the page's long rules (``Perspective/pageRules(in:threshold:scale:tuning:)``
/// finds them, once for this and for the page's slant) are each fitted; when the level ones and
/// the upright ones agree on one turn of the page (a photographed page's rules do not:
/// ``Perspective`` straightens those), that turn is what the page is still off by.
enum RuleSkew {
    /// How far the page in `image` is still turned, in degrees as ``Deskew/angle(of:threshold:maximum:step:)``
    /// gives it (positive: clockwise), when its long rules agree on it and it is at least
    /// `ruleSkewMinimum`; nil otherwise.
    static func residual(of image: GrayImage, rules found: Perspective.PageRules, scale: OCRTuning.Scale, tuning: OCRTuning) -> Double? {
        func family(vertical: Bool) -> [Double] {
            let extent = vertical ? image.height : image.width
            return (vertical ? found.verticals : found.horizontals)
                .filter { Double($0.ink) >= tuning.perspectiveOuterRule * Double(extent) }
                .compactMap { fitted($0, in: image, vertical: vertical, threshold: found.threshold, scale: scale, tuning: tuning) }
                .map { atan($0) * 180 / .pi * (vertical ? -1 : 1) }
        }
        /// A family's turn: its rules' median, when at least `count` of them, and two in three,
        /// lie within half `ruleSkewSpread` of it (a rule fitted askew, text along it, is outvoted).
        func agreed(_ angles: [Double], atLeast count: Int) -> Double? {
            func median(_ xs: [Double]) -> Double {
                let s = xs.sorted()
                return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
            }
            guard angles.count >= count else { return nil }
            let m = median(angles)
            let near = angles.filter { abs($0 - m) <= tuning.ruleSkewSpread / 2 }
            guard near.count >= count, 3 * near.count >= 2 * angles.count else { return nil }
            return median(near)
        }
        let level = family(vertical: false), upright = family(vertical: true)
        let turn: Double
        if let h = agreed(level, atLeast: 2), let v = agreed(upright, atLeast: 2) {
            guard abs(h - v) <= tuning.ruleSkewSpread else { return nil }
            turn = (h + v) / 2
        } else if level.count < 2, let v = agreed(upright, atLeast: 3) {
            turn = v
        } else if upright.count < 2, let h = agreed(level, atLeast: 3) {
            turn = h
        } else {
            return nil
        }
        return abs(turn) >= tuning.ruleSkewMinimum ? turn : nil
    }

    /// A rule's slope, from its centre line: at every other pixel along it, the centre of the one
    /// short run of ink near where the rule's line puts it (none where text or another rule
    /// crosses it: two runs, or one too thick); least squares, then again without the points
    /// more than `ruleSkewStray` pixels off. Nil when fewer than `perspectiveOuterRule` of the
    /// page's extent has such points.
    static func fitted(_ rule: Perspective.Rule, in image: GrayImage, vertical: Bool, threshold: UInt8,
                       scale: OCRTuning.Scale, tuning: OCRTuning) -> Double? {
        let along = vertical ? image.height : image.width, across = vertical ? image.width : image.height
        let centre = Double(along) / 2
        let window = scale.pixels(tuning.ruleSkewWindow, floor: 4)
        let thickest = scale.pixels(tuning.ruleMaximumThickness, floor: 3)
        var points: [(a: Double, c: Double)] = []
        image.pixels.withUnsafeBufferPointer { p in
            let w = image.width
            for a in stride(from: 0, to: along, by: 2) {
                let predicted = Int((rule.offset + (Double(a) - centre) * rule.slope).rounded())
                let lo = max(0, predicted - window), hi = min(across - 1, predicted + window)
                guard lo < hi else { continue }
                var runs = 0, inRun = false, first = 0, last = 0, sum = 0.0, weight = 0.0
                for c in lo...hi {
                    let v = vertical ? p[a * w + c] : p[c * w + a]
                    if v <= threshold {
                        if !inRun { runs += 1; inRun = true; first = c }
                        last = c
                        let d = Double(255 - Int(v))
                        sum += d * Double(c); weight += d
                    } else {
                        inRun = false
                    }
                }
                // One run, clear of the window's ends (a rule's, not a character's stroke
                // running out of the window), no thicker than a rule.
                guard runs == 1, first > lo, last < hi, last - first + 1 <= thickest, weight > 0 else { continue }
                points.append((Double(a) - centre, sum / weight))
            }
        }
        func fit(_ points: [(a: Double, c: Double)]) -> (intercept: Double, slope: Double)? {
            LinearSystem.lineFit(points.lazy.map { (x: $0.a, y: $0.c, weight: 1.0) })
        }
        guard let first = fit(points) else { return nil }
        let stray = tuning.ruleSkewStray * scale.factor
        let kept = points.filter { abs($0.c - (first.intercept + $0.a * first.slope)) <= stray }
        // Every other pixel: the points cover half the length they span.
        guard Double(2 * kept.count) >= tuning.perspectiveOuterRule * Double(along), let line = fit(kept) else { return nil }
        return line.slope
    }
}
