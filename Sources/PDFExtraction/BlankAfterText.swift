import DocumentModel

/// Lines with blank paper after their text. A table without rules leaves a row whose cells are
/// all blank as its label alone on its line; on a scan, nothing read after a label may still be
/// ink OCR could not read, so such rows were not taken as blank (the rows of labels before
/// `（七）总计` at the top of a page, and with them that row's values). The page tells: where it
/// shows no ink on the line past its text, up to where the page's text ends, nothing is printed
/// there; and a row of a table's grid whose cells after its label were found without ink
/// (``Line/blankAfterText``).
extension OCRPageReader {
    /// Whether `line` has blank paper after its text up to `textRight`: no more ink than a cell
    /// left blank may hold (`cellMinimumInk`) from half a line past its last span, over the
    /// middle half of its height. Not a line holding a number other than item numbers (values read
    /// into its words: the ink after them proves nothing of them).
    static func blankAfterText(_ line: PixelLine, textRight: Int, image: GrayImage, threshold: UInt8, scale: OCRTuning.Scale,
                               tuning: OCRTuning) -> Bool {
        guard let end = line.spans.compactMap(\.x1).max(), !holdsANumber(line.spans.map(\.text).joined()) else { return false }
        let height = line.bottom - line.top
        let x0 = Int(end) + height / 2, y0 = line.top + height / 4, y1 = line.bottom - height / 4
        guard height > 0, x0 < textRight, y0 < y1 else { return true }
        return image.inkCount(x: x0, y: y0, width: textRight - x0, height: y1 - y0, threshold: threshold) < scale.area(tuning.cellMinimumInk)
    }
}

extension OCRPageReader {
    /// Whether a row of a table's grid is blank after its label: its cells after the last one
    /// with text are empty (each found without ink, none an unread number; at least one), and
    /// its text holds no number but item numbers. A band of blank rows' labels with no
    /// rules between them (a table without rules) is such a row.
    static func cellsBlankAfterText(_ line: PixelLine) -> Bool {
        guard let last = line.spans.lastIndex(where: { !$0.text.allSatisfy(\.isWhitespace) }), last + 1 < line.spans.count,
              line.spans[(last + 1)...].allSatisfy({ $0.text.allSatisfy(\.isWhitespace) && !$0.unreadableNumber }) else { return false }
        return !holdsANumber(line.spans[...last].map(\.text).joined())
    }

    /// Whether text holds a number other than item numbers: digits not followed (past spaces) by
    /// `.`, `、` or Chinese (`2.其他…`, `3危及…`, `4 .保护…` are item numbers; `站252 12`, `只计这一3`
    /// hold values). A single digit followed by Latin letters is an item number whose label OCR
    /// read as Latin (`4 vases Asean` for `4.保护第三方合法权益`): no value is read with letters
    /// after it.
    static func holdsANumber(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        var i = 0
        while i < scalars.count {
            guard ScalarClass.isASCIIDigit(scalars[i]) else { i += 1; continue }
            let j = ItemNumber.digitRunEnd(scalars, from: i)
            var k = j
            while k < scalars.count, scalars[k] == " " { k += 1 }
            let itemNumber = k < scalars.count
                && (".．、".unicodeScalars.contains(scalars[k]) || ScalarClass.isHan(scalars[k])
                    || (j - i == 1 && ScalarClass.isASCIILetter(scalars[k])))
            guard itemNumber else { return true }
            i = j
        }
        return false
    }
}
