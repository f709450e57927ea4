import CTesseract
import DocumentModel

/// Lines of text tesseract's layout left out of a page. Laid out as a whole, a page can come back
/// with its last lines above a table missing: the 2019 report's print with boxed cells, scanned
/// at 200 dpi, gave no word for `二、主动公开政府信息情况` nor for the table's title row
/// `第二十条第（一）项` above its grid at the foot of the page; the section's heading was lost and
/// with it the first table's six cells. A band of ink a line high that no word reaches, as wide
/// as a few characters or more, is read again as one line; a reading with Chinese in it, read
/// with confidence, joins the page's words.
extension OCRPageReader {
    /// Bands of ink no word covers (`words`, padded by a quarter of a line) and no table's area
    /// (`outside`): runs of rows each holding a third of a line of such ink or more, joined
    /// across gaps of a quarter of a line, between half a line and a line and a half tall (not
    /// a picture or a seal, taller), with no word's middle within them, and whose ink spans
    /// `droppedLineMinimumWidthInLines` lines of columns or more (not a page number, nor specks).
    /// Each as wide as its ink. None when there are more than `droppedLineMaximumBands` (noise).
    static func droppedLineBands(in image: GrayImage, words: [OCRWord], outside: [TableGrid], lineHeight: Int,
                                 threshold: UInt8, tuning: OCRTuning) -> [(x0: Int, y0: Int, x1: Int, y1: Int)] {
        guard lineHeight > 0, image.width > 0, image.height > 0 else { return [] }
        let w = image.width, h = image.height
        var ink = [Bool](repeating: false, count: w * h)
        image.pixels.withUnsafeBufferPointer { p in
            for i in 0..<(w * h) where p[i] <= threshold { ink[i] = true }
        }
        func clear(_ x0: Int, _ y0: Int, _ x1: Int, _ y1: Int) {
            let a = max(0, x0), b = min(w - 1, x1), c = max(0, y0), d = min(h - 1, y1)
            guard a <= b, c <= d else { return }
            for y in c...d { for x in a...b { ink[y * w + x] = false } }
        }
        let pad = max(2, lineHeight / 4)
        for word in words { clear(word.left - pad, word.top - pad, word.right + pad, word.bottom + pad) }
        for grid in outside { clear(grid.left, grid.top, grid.right, grid.bottom) }
        var counts = [Int](repeating: 0, count: h)
        for y in 0..<h { for x in 0..<w where ink[y * w + x] { counts[y] += 1 } }
        // Runs of rows with a line's share of ink.
        let least = max(4, lineHeight / 3), gap = max(2, lineHeight / 4)
        var runs: [(top: Int, bottom: Int)] = []
        for y in 0..<h where counts[y] >= least {
            if let last = runs.last, y - last.bottom <= gap { runs[runs.count - 1].bottom = y } else { runs.append((y, y)) }
        }
        let bands = runs.compactMap { run -> (x0: Int, y0: Int, x1: Int, y1: Int)? in
            let height = run.bottom - run.top + 1
            guard 2 * height >= lineHeight, 2 * height <= 3 * lineHeight else { return nil }
            guard !words.contains(where: { (run.top...run.bottom).contains(($0.top + $0.bottom) / 2) }) else { return nil }
            var columns: [Int] = []
            for x in 0..<w where (run.top...run.bottom).contains(where: { ink[$0 * w + x] }) { columns.append(x) }
            guard let x0 = columns.first, let x1 = columns.last,
                  Double(columns.count) >= tuning.droppedLineMinimumWidthInLines * Double(lineHeight) else { return nil }
            return (x0, run.top, x1, run.bottom)
        }
        return bands.count <= tuning.droppedLineMaximumBands ? bands : []
    }

    /// The words of lines no word covers (``droppedLineBands``), each band read alone as one
    /// line from `image` with a margin of a quarter of a line; a reading with no Chinese, or
    /// whose words' mean confidence is under `droppedLineMinimumConfidence`, is left.
    func droppedLines(in image: GrayImage, words: [OCRWord], outside: [TableGrid], lineHeight: Int, threshold: UInt8,
                      dpi: Int, deadline: Deadline) throws(OCRProblem) -> [OCRWord] {
        let bands = Self.droppedLineBands(in: image, words: words, outside: outside, lineHeight: lineHeight,
                                          threshold: threshold, tuning: tuning)
        var found: [OCRWord] = []
        for var read in try readingsAlone(bands, image: image, lineHeight: lineHeight, pageSegMode: PSM_SINGLE_LINE,
                                          dpi: dpi, deadline: deadline) {
            read.removeAll { $0.text.allSatisfy(\.isWhitespace) }
            guard !read.isEmpty, read.contains(where: { $0.text.unicodeScalars.contains(where: ScalarClass.isHan) }),
                  Self.meanConfidence(read) >= tuning.droppedLineMinimumConfidence else { continue }
            for k in read.indices { read[k].startsLine = k == 0 }
            found += read
        }
        return found
    }
}
