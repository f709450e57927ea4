/// Evens out a photographed page's lighting. A page photographed under a lamp or by a window is
/// lit unevenly: its paper runs from white to a grey as dark as a scan's faint ink, so no one
/// threshold tells ink from paper, and where the paper is dark the table's rules and digits
/// drown (平潭's page lit 40 % darker towards one corner: 68 of 198 cells).
///
/// The paper's level is taken where the paper shows (the brightest pixel of each small block, and
/// of its neighbours: a block inside a thick stroke has paper near it), and a smooth surface (a
/// quadratic in x and y) is fitted to those levels, blocks far below it left out (dark areas, the
/// background beyond the page's edge). Where the surface varies by less than
/// ``OCRTuning/unevenPaperRange`` the page is left as it is (a scan's paper varies by a few
/// levels); otherwise each pixel is divided by the surface, bringing the paper to one level.
enum Illumination {
    /// `image` with its paper brought to one level, or nil when its lighting is even enough.
    static func flattened(_ image: GrayImage, tuning: OCRTuning) -> GrayImage? {
        let block = max(4, image.width / tuning.paperBlocksAcross)
        let bw = image.width / block, bh = image.height / block
        guard bw >= 4, bh >= 4 else { return nil }
        var maxima = [Double](repeating: 0, count: bw * bh)
        image.pixels.withUnsafeBufferPointer { p in
            for by in 0..<bh {
                for bx in 0..<bw {
                    var m: UInt8 = 0
                    for y in (by * block)..<((by + 1) * block) {
                        let row = y * image.width
                        for x in (bx * block)..<((bx + 1) * block) where p[row + x] > m { m = p[row + x] }
                    }
                    maxima[by * bw + bx] = Double(m)
                }
            }
        }
        // The paper near each block: the brightest of it and its neighbours.
        var paper = maxima
        for by in 0..<bh {
            for bx in 0..<bw {
                var m = 0.0
                for y in max(0, by - 1)...min(bh - 1, by + 1) {
                    for x in max(0, bx - 1)...min(bw - 1, bx + 1) { m = max(m, maxima[y * bw + x]) }
                }
                paper[by * bw + bx] = m
            }
        }
        // Block centres in [-1, 1] (a well-conditioned fit).
        func u(_ bx: Int) -> Double { (Double(bx) + 0.5) / Double(bw) * 2 - 1 }
        func v(_ by: Int) -> Double { (Double(by) + 0.5) / Double(bh) * 2 - 1 }
        var use = [Bool](repeating: true, count: bw * bh)
        var surface: [Double]? = nil
        for _ in 0..<3 {
            guard let fit = fitQuadratic(paper, bw: bw, bh: bh, use: use, u: u, v: v) else { return nil }
            surface = fit
            // Blocks far below the surface are not paper (a dark area, the background).
            for by in 0..<bh {
                for bx in 0..<bw { use[by * bw + bx] = paper[by * bw + bx] >= quadratic(fit, u(bx), v(by)) - tuning.paperOutlier }
            }
        }
        guard let s = surface else { return nil }
        var lowest = Double.infinity, highest = -Double.infinity
        for by in 0..<bh {
            for bx in 0..<bw {
                let z = quadratic(s, u(bx), v(by))
                lowest = min(lowest, z); highest = max(highest, z)
            }
        }
        guard highest - lowest >= tuning.unevenPaperRange, lowest > 0 else { return nil }
        // Each pixel divided by the paper's level there, the paper brought to the brightest level.
        let target = min(255, highest)
        var out = image
        let w = image.width
        out.pixels.withUnsafeMutableBufferPointer { o in
            for y in 0..<image.height {
                let vy = (Double(y) + 0.5) / Double(image.height) * 2 - 1
                for x in 0..<w {
                    let ux = (Double(x) + 0.5) / Double(w) * 2 - 1
                    let level = max(1, quadratic(s, ux, vy))
                    o[y * w + x] = UInt8(min(255, (Double(o[y * w + x]) * target / level).rounded()))
                }
            }
        }
        return out
    }

    /// The coefficients of `z = a + b u + c v + d u² + e u v + f v²` fitted to `values` (by least
    /// squares, the blocks `use` marks).
    static func fitQuadratic(_ values: [Double], bw: Int, bh: Int, use: [Bool], u: (Int) -> Double, v: (Int) -> Double) -> [Double]? {
        var normal = [[Double]](repeating: [Double](repeating: 0, count: 6), count: 6)
        var right = [Double](repeating: 0, count: 6)
        var count = 0
        for by in 0..<bh {
            for bx in 0..<bw where use[by * bw + bx] {
                let (x, y) = (u(bx), v(by))
                let terms = [1, x, y, x * x, x * y, y * y]
                for i in 0..<6 {
                    for j in 0..<6 { normal[i][j] += terms[i] * terms[j] }
                    right[i] += terms[i] * values[by * bw + bx]
                }
                count += 1
            }
        }
        guard count >= 12 else { return nil }
        return LinearSystem.solve(normal, right)
    }

    static func quadratic(_ c: [Double], _ u: Double, _ v: Double) -> Double {
        c[0] + c[1] * u + c[2] * v + c[3] * u * u + c[4] * u * v + c[5] * v * v
    }
}
