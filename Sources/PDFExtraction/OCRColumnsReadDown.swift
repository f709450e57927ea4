import CTesseract
import DocumentModel

/// Columns of numbers read down instead of across: where a table without rules is set tight (its
/// rows' lines almost touching), tesseract's page layout can take each column of values for a line
/// of vertical text and read it top to bottom as one word, a glyph wide and many lines tall
/// (`ODODOVONBOOCOFFROO` for a column of eighteen zeros, `(elelelolela(elelelele\e\(e)` for the
/// next, on the tight centred print at 300 dpi; `textord_tabfind_vertical_text` off does not stop
/// it). No row of that table is then read at all. The band of the page such words lie in is read
/// again as one block (where the rows come out across, `4 0 0 0 0 0 4`); the new reading replaces
/// the words read there when it holds more numbers and no such word.
extension OCRPageReader {
    /// `words` of `image` (tesseract's page layout), with the band of columns read down read again
    /// as one block when that reads more numbers. The band is cut out of the page to be read: a
    /// rectangle of the page's full width (`TessBaseAPISetRectangle` from x 0 to the image's
    /// width) read rows of another part of the page (tesseract 5.3; narrower ones read their own).
    func rereadingColumnsReadDown(_ words: [OCRWord], image: GrayImage, dpi: Int,
                                  deadline: Deadline) throws(OCRProblem) -> [OCRWord] {
        guard let band = Self.columnsReadDownBand(words, tuning: tuning) else { return words }
        func inside(_ w: OCRWord) -> Bool { Self.centre(of: w) >= band.top && Self.centre(of: w) <= band.bottom }
        let inBand = words.filter(inside)
        let pad = band.lineHeight / 4
        let y0 = max(0, band.top - pad), y1 = min(image.height, band.bottom + pad)
        guard y1 > y0 else { return words }
        engine.setImage(image.cropped(x: 0, y: y0, width: image.width, height: y1 - y0, border: 0), dpi: dpi)
        let again = try engine.recognize(pageSegMode: PSM_SINGLE_BLOCK, deadlineMilliseconds: try deadline.remaining())
            .map { w in var w = w; w.top += y0; w.bottom += y0; return w }
            .filter(inside)
        func numbers(_ ws: [OCRWord]) -> Int { ws.filter { Self.readsAsNumber($0.text) }.count }
        guard Self.columnsReadDownBand(again, lineHeight: band.lineHeight, tuning: tuning) == nil,
              numbers(again) > numbers(inBand) else { return words }
        var out = words.filter { !inside($0) }
        let at = out.firstIndex { $0.top > band.top } ?? out.endIndex
        out.insert(contentsOf: again, at: at)
        return out
    }

    /// Whether a word is a column read down: no Chinese, at least `columnReadDownMinimumLines`
    /// lines of `lineHeight` tall, and at most a line wide (a glyph's width: a vertical label of a
    /// table is Chinese, and a line read tall is wide).
    static func readsDown(_ w: OCRWord, lineHeight: Int, tuning: OCRTuning) -> Bool {
        let height = w.bottom - w.top, width = w.right - w.left
        return Double(height) >= tuning.columnReadDownMinimumLines * Double(lineHeight) && width <= lineHeight
            && !w.text.unicodeScalars.contains(where: ScalarClass.isHan)
    }

    /// The band (top and bottom, in pixels) of the page's columns read down, with its words' line
    /// height (the median height, or `lineHeight` when given): from the top of the highest to the
    /// bottom of the lowest, widened to the words it cuts through. Nil when no word reads down, or
    /// the page has too few words to tell its line height.
    static func columnsReadDownBand(_ words: [OCRWord], lineHeight: Int? = nil,
                                    tuning: OCRTuning) -> (top: Int, bottom: Int, lineHeight: Int)? {
        let heights = words.map { $0.bottom - $0.top }.sorted()
        guard let line = lineHeight ?? (heights.count >= 6 ? heights[heights.count / 2] : nil), line > 0 else { return nil }
        let down = words.filter { readsDown($0, lineHeight: line, tuning: tuning) }
        guard var top = down.map(\.top).min(), var bottom = down.map(\.bottom).max() else { return nil }
        // A line cut by the band's edges is read whole (its centre within).
        let (t, b) = (top, bottom)
        for w in words where centre(of: w) >= t && centre(of: w) <= b {
            top = min(top, w.top)
            bottom = max(bottom, w.bottom)
        }
        return (top, bottom, line)
    }
}
