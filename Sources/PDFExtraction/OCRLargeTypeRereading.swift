import CTesseract
import DocumentModel

/// Large type (a report's title, twice the body's size and often bold) is where tesseract's page
/// layout fails: it splits the title into blocks and reads them apart (`信息公开工作4`,
/// `平潭综合实验区2020#4`, `号`, `i`, `报告`), while the same lines read as one block come out
/// whole. On a document's first page, the band the topmost large type covers is read again as one
/// block; the new reading replaces the words read there when it is surer.
extension OCRPageReader {
    /// `words` of the image set in the engine (tesseract's page layout), with the band of the
    /// page's topmost large type read again as one block when that reads surer.
    func rereadingLargeType(_ words: [OCRWord], imageWidth: Int, imageHeight: Int,
                            deadline: Deadline) throws(OCRProblem) -> [OCRWord] {
        guard let band = Self.largeTypeBand(words, pageHeight: imageHeight, tuning: tuning) else { return words }
        let inBand = words.filter { Self.centre(of: $0) >= band.top && Self.centre(of: $0) <= band.bottom }
        // Prose only: a line that splits into cells is a row of a table without rules, whose
        // cells must keep their places (read as a block, the row would be one word).
        guard !Self.textLines(inBand).contains(where: { (proseLines($0).first?.spans.count ?? 1) > 1 }) else { return words }
        let pad = (band.bottom - band.top) / 4
        let x0 = max(0, inBand.map(\.left).min()! - pad), x1 = min(imageWidth, inBand.map(\.right).max()! + pad)
        let y0 = max(0, band.top - pad), y1 = min(imageHeight, band.bottom + pad)
        guard x1 > x0, y1 > y0 else { return words }
        let again = try engine.recognize(rectangle: (x0, y0, x1 - x0, y1 - y0), pageSegMode: PSM_SINGLE_BLOCK,
                                         deadlineMilliseconds: try deadline.remaining())
        guard Self.joined(again).unicodeScalars.contains(where: ScalarClass.isHan),
              Self.meanConfidence(again) > Self.meanConfidence(inBand) else { return words }
        // One word per line read: the gaps of large type are wide for the page's (a gap there
        // would split the title into cells of a table without rules, `2019` from `年…`).
        let read = Self.textLines(again).map { line in
            OCRWord(text: Self.joined(line), left: line.map(\.left).min()!, top: line.map(\.top).min()!,
                    right: line.map(\.right).max()!, bottom: line.map(\.bottom).max()!,
                    confidence: line.map(\.confidence).min()!, startsLine: true)
        }
        var out = words.filter { w in !inBand.contains { $0.left == w.left && $0.top == w.top && $0.text == w.text } }
        let at = out.firstIndex { $0.top > band.top } ?? out.endIndex
        out.insert(contentsOf: read, at: at)
        return out
    }

    static func centre(of w: OCRWord) -> Int { (w.top + w.bottom) / 2 }

    /// The band (top and bottom, in pixels) of the page's topmost run of large type: lines whose
    /// Chinese characters advance at least `largeTypeAdvanceRatio` times as far as the page's do
    /// (the medians), starting with one in the top `largeTypeTopShare` of the page, then lines of
    /// it, or short lines, at most a line apart. Nil when the page has no large type, or too
    /// little text to tell its body's size. (The advance, not the height: tesseract gives some
    /// lines' words the line's box, half as high again as the type.)
    static func largeTypeBand(_ words: [OCRWord], pageHeight: Int, tuning: OCRTuning) -> (top: Int, bottom: Int)? {
        let lines = textLines(words).map { line in
            let advances = line.filter { w in w.text.unicodeScalars.allSatisfy(ScalarClass.isHan) && !w.text.isEmpty }
                .map { Double($0.right - $0.left) / Double($0.text.unicodeScalars.count) }.sorted()
            return (top: line.map(\.top).min()!, bottom: line.map(\.bottom).max()!,
                    width: line.map(\.right).max()! - line.map(\.left).min()!,
                    advance: advances.isEmpty ? nil : advances[advances.count / 2])
        }.sorted { $0.top < $1.top }
        let advances = lines.compactMap(\.advance).sorted()
        guard advances.count >= tuning.largeTypeMinimumLines else { return nil }
        let body = advances[advances.count / 2]
        let isLarge = { (advance: Double?) in advance.map { $0 >= tuning.largeTypeAdvanceRatio * body } ?? false }
        guard let k = lines.firstIndex(where: { isLarge($0.advance) }),
              Double(lines[k].top) <= tuning.largeTypeTopShare * Double(pageHeight) else { return nil }
        // Below it, lines of large type, and short lines (the title's last character alone on
        // its line, read as junk: `告` as `Tass`, or `全`).
        let size = lines[k].advance!
        let top = lines[k].top; var bottom = lines[k].bottom
        for l in lines[(k + 1)...] {
            guard Double(l.top) <= Double(bottom) + size,
                  isLarge(l.advance) || Double(l.width) <= tuning.largeTypeShortLine * size else { break }
            bottom = max(bottom, l.bottom)
        }
        return (top, bottom)
    }
}
