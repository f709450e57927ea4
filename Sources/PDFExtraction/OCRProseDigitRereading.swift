import DocumentModel

/// Letters in a line of prose that is numbers only (``markLettersAmongNumbers(_:uncertainBelow:)``:
/// `O` for `0` in section 四's one row of a table without rules) read again as digits, as a
/// ruled table's cells are: each letter's ink alone, digits only, by vote. A number so found is
/// never certain (the first reading was a letter); with none, the span stays a number unread.
/// So is a value of a table without rules read doubtfully on a line of prose (`7` for a `3`,
/// ``OCRPageReader/proseLines(_:valueEdges:)``). And a value after a label on such a line whose
/// last digit is a unit's wide glyph (`73802895.90元` read `73802895.907`) loses that digit and is
/// never certain, as in a ruled cell (``lastDigitIsAWideGlyph(_:image:box:threshold:tuning:)``).
extension OCRPageReader {
    func rereadingLettersAmongNumbers(_ lines: [PixelLine], image: GrayImage, threshold: UInt8, dpi: Int,
                                      deadline: Deadline) throws(OCRProblem) -> [PixelLine] {
        guard options.rereadNumericCells else { return lines }
        let scale = OCRTuning.Scale(dpi: dpi)
        let margin = scale.pixels(tuning.cellCanvasMargin), p = tuning.cellInkPad
        var lines = lines
        for l in lines.indices {
            for s in lines[l].spans.indices where lines[l].spans[s].unreadableNumber {
                let span = lines[l].spans[s]
                guard let x0 = span.x0, let x1 = span.x1, x1 > x0,
                      let ink = image.inkBox(x: Int(x0), y: lines[l].top, width: Int(x1 - x0) + 1,
                                             height: lines[l].bottom - lines[l].top + 1, threshold: threshold) else { continue }
                let crop = image.cropped(x: ink.x - p, y: ink.y - p, width: ink.width + 2 * p, height: ink.height + 2 * p, border: margin)
                guard let vote = try vote(first: nil, crop: crop, ink: ink, dpi: dpi, deadline: deadline) else { continue }
                lines[l].spans[s].text = vote.text
                lines[l].spans[s].confidence = min(vote.confidence, options.uncertainBelow - 1)
                lines[l].spans[s].unreadableNumber = false
            }
            // Only readings of digits are measured (the ink of every word of prose is not).
            for s in lines[l].spans.indices.dropFirst() where Self.mayEndInAUnitReadAsADigit(lines[l].spans[s].text) {
                let span = lines[l].spans[s]
                guard let x0 = span.x0, let x1 = span.x1, x1 > x0,
                      let ink = image.inkBox(x: Int(x0), y: lines[l].top, width: Int(x1 - x0) + 1,
                                             height: lines[l].bottom - lines[l].top + 1, threshold: threshold),
                      Self.lastDigitIsAWideGlyph(span.text, image: image, box: ink, threshold: threshold, tuning: tuning) else { continue }
                lines[l].spans[s].text = String(span.text.dropLast())
                lines[l].spans[s].confidence = min(span.confidence ?? 0, options.uncertainBelow - 1)
            }
        }
        return lines
    }
}
