/// What lies beyond a page's edge: the table or floor under a photographed page, the dark lid of a
/// scanner around a page smaller than the glass. It is ink to every later step: its edges were
/// taken for rules and its area for a table's (上海市科委's page photographed on a grey table: the
/// last rows of the applications table lost, 176 of 200 cells, 200 with the background white).
///
/// Ink connected to the image's edge whose area fills much of its bounding box
/// (``OCRTuning/backgroundSolidity``) is made paper. A table's rules that reach the edge (an image
/// cropped to its table) are not: a grid's ink fills a few hundredths of its box.
enum PageBackground {
    /// Makes the solid ink regions touching `image`'s edge white; whether there were any.
    @discardableResult
    static func whiten(_ image: inout GrayImage, threshold: UInt8, tuning: OCRTuning) -> Bool {
        let w = image.width, h = image.height
        guard w > 2, h > 2 else { return false }
        var seen = [Bool](repeating: false, count: w * h)
        var changed = false
        var stack: [Int] = []
        var region: [Int] = []
        func starts() -> [Int] {
            var s: [Int] = []
            for x in 0..<w { s.append(x); s.append((h - 1) * w + x) }
            for y in 1..<(h - 1) { s.append(y * w); s.append(y * w + w - 1) }
            return s
        }
        for start in starts() where !seen[start] && image.pixels[start] <= threshold {
            // One region of ink touching the edge, with its bounding box.
            region.removeAll(keepingCapacity: true)
            stack.append(start)
            seen[start] = true
            var x0 = w, y0 = h, x1 = 0, y1 = 0
            while let i = stack.popLast() {
                region.append(i)
                let x = i % w, y = i / w
                x0 = min(x0, x); x1 = max(x1, x); y0 = min(y0, y); y1 = max(y1, y)
                for n in [x > 0 ? i - 1 : -1, x + 1 < w ? i + 1 : -1, y > 0 ? i - w : -1, y + 1 < h ? i + w : -1]
                where n >= 0 && !seen[n] && image.pixels[n] <= threshold {
                    seen[n] = true
                    stack.append(n)
                }
            }
            let box = (x1 - x0 + 1) * (y1 - y0 + 1)
            guard region.count >= tuning.backgroundMinimumArea,
                  Double(region.count) >= tuning.backgroundSolidity * Double(box) else { continue }
            for i in region { image.pixels[i] = 255 }
            changed = true
        }
        return changed
    }
}
