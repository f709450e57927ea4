/// Pale rules on uneven paper: a rule printed light grey (`#ccc`) and scanned is only some 20
/// levels darker than the paper around it, while the paper itself drifts by more than that across
/// the page (232 to 248 on one scan) and JPEG blotches it by ±10. No one threshold tells such a
/// rule from the paper. Measured against the paper around each pixel, averaged along the two
/// directions a rule can run (which keeps a rule's darkness and evens out the blotches; at most
/// twice the pixel's own, so that type does not spread), and amplified, the rule stands out as a
/// printed one does.
extension GrayImage {
    /// Each pixel's darkness below the paper around it (the `paperShare` quantile of its
    /// `block`-pixel square), averaged over `run` pixels across and, separately, down (the
    /// larger of the two kept, at most twice the pixel's own), multiplied by `gain`, below white.
    func paleRulesEnhanced(block: Int, run: Int, gain: Int, paperShare: Double = 0.9) -> GrayImage {
        let bw = (width + block - 1) / block, bh = (height + block - 1) / block
        guard bw > 0, bh > 0, run > 0 else { return self }
        var level = [Int](repeating: 255, count: bw * bh)
        pixels.withUnsafeBufferPointer { p in
            var histogram = [Int](repeating: 0, count: 256)
            for by in 0..<bh {
                for bx in 0..<bw {
                    for k in histogram.indices { histogram[k] = 0 }
                    let y1 = Swift.min(height, (by + 1) * block), x1 = Swift.min(width, (bx + 1) * block)
                    for y in (by * block)..<y1 {
                        for x in (bx * block)..<x1 { histogram[Int(p[y * width + x])] += 1 }
                    }
                    let target = Int(Double((y1 - by * block) * (x1 - bx * block)) * paperShare)
                    var seen = 0
                    for v in 0..<256 {
                        seen += histogram[v]
                        if seen > target { level[by * bw + bx] = v; break }
                    }
                }
            }
        }
        let paper = level
        // Darkness below the paper, averaged along each row and down each column over `run`
        // pixels, in one pass down the page: running sums per column over the last `run` rows,
        // and along the row whose column sums are complete.
        let half = run / 2, n = Int32(run), g = Int32(gain)
        @inline(__always) func dark(_ p: UnsafeBufferPointer<UInt8>, _ x: Int, _ y: Int) -> Int32 {
            Int32(Swift.max(0, paper[(y / block) * bw + x / block] - Int(p[y * width + x])))
        }
        var out = self
        var down = [Int32](repeating: 0, count: width)
        var row = [Int32](repeating: 0, count: width)
        pixels.withUnsafeBufferPointer { p in
            out.pixels.withUnsafeMutableBufferPointer { o in
                for y in 0..<(height + half) {
                    if y < height { for x in 0..<width { down[x] += dark(p, x, y) } }
                    if y - run >= 0 { for x in 0..<width { down[x] -= dark(p, x, y - run) } }
                    let c = y - half
                    guard c >= 0, c < height else { continue }
                    for x in 0..<width { row[x] = dark(p, x, c) }
                    var across: Int32 = 0
                    for x in 0..<(width + half) {
                        if x < width { across += row[x] }
                        if x - run >= 0 { across -= row[x - run] }
                        let k = x - half
                        guard k >= 0, k < width else { continue }
                        // A mean counts at most twice the pixel's own darkness: paper beside a
                        // character stays paper (averaged along, a stroke's darkness would spread
                        // over the clearance beside a rule).
                        let own = 2 * row[k] * n
                        let d = Swift.max(Swift.min(across, own), Swift.min(down[k], own)) * g / n
                        o[c * width + k] = UInt8(Swift.max(0, 255 - Int(d)))
                    }
                }
            }
        }
        return out
    }

    /// Whether `rules`, found in this image, are pale (their middle's median level within
    /// `margin` of the paper's `paper`), or there are none: a page whose rules are printed dark
    /// has no pale ones to look for.
    func mayHavePaleRules(_ rules: RulingLines, paper: Int, margin: Int) -> Bool {
        var levels: [Int] = []
        for s in rules.horizontal + rules.loose where s.center >= 0 && s.center < height {
            for x in stride(from: Swift.max(0, s.along0), through: Swift.min(width - 1, s.along1), by: 8) {
                levels.append(Int(pixels[s.center * width + x]))
            }
        }
        for s in rules.vertical where s.center >= 0 && s.center < width {
            for y in stride(from: Swift.max(0, s.along0), through: Swift.min(height - 1, s.along1), by: 8) {
                levels.append(Int(pixels[y * width + s.center]))
            }
        }
        guard !levels.isEmpty else { return true }
        levels.sort()
        return levels[levels.count / 2] >= paper - margin
    }
}
