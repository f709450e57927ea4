import CTesseract
import DocumentModel

/// Numbers tesseract's layout left out of a page. Laid out as prose, a table without rules can
/// come back with whole columns of its values missing: the 2019 report's no-rules print, scanned
/// at 200 dpi and read at 300, gave `821 35 2` for `821 35 … 2 1 859`, nothing for the rows of
/// one value, and `PAB` for `252 12 … 1`; too few rows of numbers were left to find the table,
/// and its 41 cells were lost. Ink that no word covers, in glyph-sized pieces set side by side
/// into a word a line high, is read again as a word of its own; those read as numbers join the
/// words the search for tables without rules is given (``unruledStacks(_:tuning:singleValues:)``).
/// They are kept only where such a table is found over them: its cells are read from the image,
/// and a number found nowhere near a table is not set into prose.
extension OCRPageReader {
    /// Boxes of ink no word covers (`words`, padded by two pixels) and no table's area
    /// (`outside`), made of connected pieces of ink between a third of a line and a line and a
    /// half tall and at most a line and a half wide, joined side by side where they overlap in
    /// height and lie less than a third of a line apart; each box between half a line and a line
    /// and a half tall, at most `unreadMaximumWidthInLines` lines wide, with `lineHeight` pixels
    /// of ink or more, and clear of every word by half a line across and a quarter of one up and
    /// down. None when there are more than `droppedInkMaximumBoxes` (a picture, or noise).
    static func droppedInk(in image: GrayImage, words: [OCRWord], outside: [TableGrid], lineHeight: Int,
                           threshold: UInt8, tuning: OCRTuning) -> [(x0: Int, y0: Int, x1: Int, y1: Int)] {
        guard lineHeight > 0, image.width > 0, image.height > 0 else { return [] }
        let w = image.width, h = image.height
        var free = [UInt8](repeating: 0, count: w * h)
        typealias Box = (x0: Int, y0: Int, x1: Int, y1: Int, ink: Int)
        var pieces: [Box] = []
        free.withUnsafeMutableBufferPointer { f in
            image.pixels.withUnsafeBufferPointer { p in
                for i in 0..<(w * h) where p[i] <= threshold { f[i] = 1 }
            }
            func clear(_ x0: Int, _ y0: Int, _ x1: Int, _ y1: Int) {
                let a = max(0, x0), b = min(w - 1, x1), c = max(0, y0), d = min(h - 1, y1)
                guard a <= b, c <= d else { return }
                for y in c...d { f[(y * w + a)...(y * w + b)].update(repeating: 0) }
            }
            let pad = 2
            for word in words { clear(word.left - pad, word.top - pad, word.right + pad, word.bottom + pad) }
            for grid in outside { clear(grid.left, grid.top, grid.right, grid.bottom) }
            // Connected pieces (8-connected), by a scan with a stack.
            var stack: [Int] = []
            for start in 0..<(w * h) where f[start] != 0 {
                f[start] = 0
                stack.append(start)
                var x0 = w, y0 = h, x1 = -1, y1 = -1, ink = 0
                while let i = stack.popLast() {
                    let x = i % w, y = i / w
                    x0 = min(x0, x); y0 = min(y0, y); x1 = max(x1, x); y1 = max(y1, y); ink += 1
                    for yy in max(0, y - 1)...min(h - 1, y + 1) {
                        for xx in max(0, x - 1)...min(w - 1, x + 1) where f[yy * w + xx] != 0 {
                            f[yy * w + xx] = 0
                            stack.append(yy * w + xx)
                        }
                    }
                }
                let pw = x1 - x0 + 1, ph = y1 - y0 + 1
                if 3 * ph >= lineHeight, 2 * ph <= 3 * lineHeight, 2 * pw <= 3 * lineHeight { pieces.append((x0, y0, x1, y1, ink)) }
            }
        }
        // Pieces set side by side into words.
        let gap = max(2, lineHeight / 3)
        var boxes: [Box] = []
        for piece in pieces.sorted(by: { $0.x0 < $1.x0 }) {
            if let k = boxes.lastIndex(where: { b in
                let overlap = min(b.y1, piece.y1) - max(b.y0, piece.y0)
                return piece.x0 - b.x1 < gap && 2 * overlap >= min(b.y1 - b.y0, piece.y1 - piece.y0)
            }) {
                let b = boxes[k]
                boxes[k] = (b.x0, min(b.y0, piece.y0), max(b.x1, piece.x1), max(b.y1, piece.y1), b.ink + piece.ink)
            } else {
                boxes.append(piece)
            }
        }
        // Not beside a word: a piece of a character its word's box left out (`1` for a stroke of
        // `仍`, 3 px from its word) is half a line or less from the word beside it, or a quarter
        // of a line from the one above or below.
        let aside = lineHeight / 2, above = lineHeight / 4
        let kept = boxes.filter { b in
            let bw = b.x1 - b.x0 + 1, bh = b.y1 - b.y0 + 1
            return 2 * bh >= lineHeight && 2 * bh <= 3 * lineHeight && b.ink >= lineHeight
                && Double(bw) <= tuning.unreadMaximumWidthInLines * Double(lineHeight)
                && !words.contains { $0.right >= b.x0 - aside && $0.left <= b.x1 + aside && $0.bottom >= b.y0 - above && $0.top <= b.y1 + above }
        }
        guard kept.count <= tuning.droppedInkMaximumBoxes else { return [] }
        return kept.map { ($0.x0, $0.y0, $0.x1, $0.y1) }
    }

    /// The numbers read from ink no word covers (``droppedInk``), each read alone as one word
    /// from `image` with a margin of a quarter of a line; readings that are no number, or read
    /// with less than `droppedNumberMinimumConfidence`, are left.
    func droppedNumbers(in image: GrayImage, words: [OCRWord], outside: [TableGrid], lineHeight: Int, threshold: UInt8,
                        dpi: Int, deadline: Deadline) throws(OCRProblem) -> [OCRWord] {
        let boxes = Self.droppedInk(in: image, words: words, outside: outside, lineHeight: lineHeight,
                                    threshold: threshold, tuning: tuning)
        var found: [OCRWord] = []
        for (b, read) in zip(boxes, try readingsAlone(boxes, image: image, lineHeight: lineHeight, pageSegMode: PSM_SINGLE_WORD,
                                                      dpi: dpi, deadline: deadline)) {
            let text = read.map(\.text).joined()
            // Not an item number (`1.`), a label's.
            guard Self.readsAsNumber(text), !text.hasSuffix("."),
                  let confidence = read.map(\.confidence).min(), confidence >= tuning.droppedNumberMinimumConfidence else { continue }
            found.append(OCRWord(text: text, left: b.x0, top: b.y0, right: b.x1, bottom: b.y1,
                                 confidence: confidence, startsLine: true))
        }
        return found
    }

    /// Each of `boxes` read alone from `image`, with a margin of a quarter of a line, in
    /// `pageSegMode` (one word, one line): the words of each.
    func readingsAlone(_ boxes: [(x0: Int, y0: Int, x1: Int, y1: Int)], image: GrayImage, lineHeight: Int,
                       pageSegMode: TessPageSegMode, dpi: Int, deadline: Deadline) throws(OCRProblem) -> [[OCRWord]] {
        guard !boxes.isEmpty else { return [] }
        engine.setImage(image, dpi: dpi)
        defer { engine.clear() }
        let m = max(2, lineHeight / 4)
        var out: [[OCRWord]] = []
        for b in boxes {
            let x = max(0, b.x0 - m), y = max(0, b.y0 - m)
            let rect = (x: x, y: y, width: min(image.width, b.x1 + m + 1) - x, height: min(image.height, b.y1 + m + 1) - y)
            out.append(try engine.recognize(rectangle: rect, pageSegMode: pageSegMode, deadlineMilliseconds: try deadline.remaining()))
        }
        return out
    }
}
