import DocumentModel

/// Numbers of neighbouring columns read as one word, parted where the paper between them falls
/// between a header's columns. In a table without rules whose values are set right, a column's
/// value ends close before the next column's (`1 859`, the other organisations' `1` and the
/// total's `859` of 上海市政府办公厅's 2019 page so printed, 200 dpi): tesseract reads `1859`,
/// over the header's columns 其他 and 总计, and the header did not fit the table's numbers (two
/// such words in eleven), so the requests table was lost (35 cells).
///
/// Such a word is parted only where its ink says so: each digit a run of ink of its own, a gap
/// between two runs clearly wider than the gaps inside a number (half the word's height; or a
/// third of it and twice the narrowest gap in the word, where the word has two gaps or more), and
/// each part under exactly one of the header's columns, a different one each. Otherwise the word
/// stays whole (its cell is read whole, or left unplaced).
extension OCRPageReader {
    /// The parts of `w` (a word of ASCII digits over two or more of `columns`), each a word of its
    /// own with its digits and ink's extent; nil where it does not part as above.
    static func parted(_ w: OCRWord, under columns: [(x0: Int, x1: Int)], image: GrayImage, threshold: UInt8) -> [OCRWord]? {
        guard columns.filter({ w.left <= $0.x1 && w.right >= $0.x0 }).count >= 2,
              let parts = inkParts(of: w, image: image, threshold: threshold) else { return nil }
        return fitting(parts, under: columns) ? parts : nil
    }

    /// Whether each of `parts` lies under exactly one of `columns`, a different one each.
    static func fitting(_ parts: [OCRWord], under columns: [(x0: Int, x1: Int)]) -> Bool {
        let under = parts.map { p in columns.indices.filter { p.left <= columns[$0].x1 && p.right >= columns[$0].x0 } }
        return under.allSatisfy({ $0.count == 1 }) && Set(under.map { $0[0] }).count == parts.count
    }

    /// The parts of `w`, a word of two ASCII digits or more, where its ink parts it as described
    /// above (each digit a run of ink of its own, a gap clearly wider than the gaps inside a
    /// number), whatever the columns; nil where it does not.
    static func inkParts(of w: OCRWord, image: GrayImage, threshold: UInt8) -> [OCRWord]? {
        let digits = Array(w.text.unicodeScalars)
        let height = w.bottom - w.top
        guard digits.count >= 2, height > 0, w.right > w.left, digits.allSatisfy({ ScalarClass.isASCIIDigit($0) }) else { return nil }
        // The runs of ink across the word's box: one per digit.
        var runs: [(x0: Int, x1: Int)] = []
        for x in w.left...w.right where image.inkCount(x: x, y: w.top, width: 1, height: height, threshold: threshold) > 0 {
            if let last = runs.last, last.x1 == x - 1 { runs[runs.count - 1].x1 = x } else { runs.append((x, x)) }
        }
        guard runs.count == digits.count else { return nil }
        let gaps = zip(runs, runs.dropFirst()).map { a, b in b.x0 - a.x1 - 1 }
        let narrowest = gaps.min()!
        let partings = gaps.indices.filter { k in
            2 * gaps[k] >= height || gaps.count >= 2 && 3 * gaps[k] >= height && gaps[k] >= 2 * narrowest
        }
        guard !partings.isEmpty else { return nil }
        let starts = [0] + partings.map { $0 + 1 }, ends = partings + [runs.count - 1]
        return zip(starts, ends).map { s, e in
            OCRWord(text: String(String.UnicodeScalarView(digits[s...e])), left: runs[s].x0, top: w.top, right: runs[e].x1,
                    bottom: w.bottom, confidence: w.confidence, startsLine: s == 0 && w.startsLine)
        }
    }

    /// `words` with each word that parts under `columns` (``parted(_:under:image:threshold:)``)
    /// replaced by its parts, where `inside` holds for it.
    static func parting(_ words: [OCRWord], under columns: [(x0: Int, x1: Int)], image: GrayImage, threshold: UInt8,
                        where inside: (OCRWord) -> Bool) -> [OCRWord] {
        words.flatMap { w in inside(w) ? parted(w, under: columns, image: image, threshold: threshold) ?? [w] : [w] }
    }
}

extension OCRPageReader {
    /// Notes on each number of a line of prose with another number (a row of a table read as
    /// prose: too few rows on the page to find its columns) the parts its ink parts it into
    /// (``inkParts(of:image:threshold:)``, ``Span/inkParts``), to be parted under a header's
    /// columns found on the page before (``NumbersUnderThePageBefore``).
    static func markingInkParts(_ lines: inout [PixelLine], image: GrayImage, threshold: UInt8) {
        for l in lines.indices where lines[l].spans.filter({ readsAsNumber($0.text) }).count >= 2 {
            for s in lines[l].spans.indices {
                let span = lines[l].spans[s]
                // Digits only (a label's ink is not measured); its ink's box: the line may be
                // taller than its digits (a label's characters).
                guard span.text.unicodeScalars.count >= 2, span.text.unicodeScalars.allSatisfy(ScalarClass.isASCIIDigit),
                      let x0 = span.x0, let x1 = span.x1,
                      let ink = image.inkBox(x: Int(x0), y: lines[l].top, width: Int(x1 - x0) + 1, height: lines[l].bottom - lines[l].top + 1,
                                             threshold: threshold) else { continue }
                let word = OCRWord(text: span.text, left: ink.x, top: ink.y, right: ink.x + ink.width - 1, bottom: ink.y + ink.height,
                                   confidence: span.confidence ?? 0, startsLine: false)
                guard let parts = inkParts(of: word, image: image, threshold: threshold) else { continue }
                lines[l].spans[s].inkParts = parts.map { Span(text: $0.text, x0: Double($0.left), x1: Double($0.right), confidence: span.confidence) }
            }
        }
    }
}
