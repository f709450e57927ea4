import CTesseract
import DocumentModel

/// A second opinion on numbers read with confidence. With `chi_sim+eng`, the Chinese model wins
/// on digits and confuses some of them with confidence: a serif `3` alone in its cell reads `8`
/// with confidence 90 (measured on scans of two real reports), where the Latin model alone reads
/// `3`. Each such cell is read again by the Latin model; where it reads the cell otherwise, the
/// cell is read a third time, its contrast stretched (JPEG's grey blocks around a glyph whitened:
/// a `9` read `8` with confidence 77 reads `9` with 97 so). The readings one look-alike digit
/// apart (`DigitLookAlikes`) vote as in `vote`: the value most of them give wins, a tie going to
/// the more confident, and the cell's confidence falls below the uncertainty threshold, so that
/// it is marked uncertain and the identities can name the value they imply. A disagreement is a
/// doubt: neither model is right every time (the Latin one read a `0` as `9` where the first
/// reading was right). Other disagreements are no opinion: the Latin model alone drops or
/// misreads strokes of small type (`12` read `2`, `1` read `L`, `21` read `20` on a scan where
/// `21` is printed), and counting them would mark cells that identities single out today
/// (measured on the sample scans).
extension OCRPageReader {
    /// `texts` with each number that the Latin model reads one look-alike digit away decided by
    /// the vote of its readings, its confidence capped below `options.uncertainBelow`.
    func secondOpinion(_ texts: [CellText], crops: [(crop: GrayImage, ink: (x: Int, y: Int, width: Int, height: Int))?],
                       dpi: Int, deadline: Deadline) throws(OCRProblem) -> [CellText] {
        guard tuning.latinSecondOpinion else { return texts }
        var texts = texts
        var latin: TesseractEngine? = nil
        defer { latin?.clear() }
        for i in texts.indices {
            let text = texts[i]
            guard let crop = crops[i]?.crop, text.lines.count == 1, !text.unreadableNumber,
                  Self.readsAsNumber(text.text), let confidence = text.confidence,
                  confidence >= options.uncertainBelow,
                  text.text.contains(where: { tuning.latinSecondOpinionDigits.contains($0) }) else { continue }
            if latin == nil { latin = latinEngine }
            guard let latin else { return texts }
            latin.setImage(crop, dpi: dpi)
            let latinWords = try latin.recognize(pageSegMode: PSM_SINGLE_LINE, deadlineMilliseconds: try deadline.remaining())
            let latinText = Self.joined(latinWords)
            guard latinText != text.text else { continue }
            engine.setImage(crop.contrastStretched(), dpi: dpi)
            let stretchedWords = try engine.recognize(pageSegMode: PSM_SINGLE_LINE, deadlineMilliseconds: try deadline.remaining())
            let readings = [(text.text, confidence),
                            (latinText, latinWords.map(\.confidence).min() ?? 0),
                            (Self.joined(stretchedWords), stretchedWords.map(\.confidence).min() ?? 0)]
                .filter { Self.readsAsNumber($0.0) && DigitLookAlikes.oneApart(text.text, $0.0) }
            guard !readings.isEmpty else { continue }
            let all = [(text.text, confidence)] + readings
            var groups: [String: [Double]] = [:]
            for (t, c) in all { groups[t, default: []].append(c) }
            // Ties (the same count and confidence) go to the first reading, in any dictionary order.
            let best = groups.max {
                ($0.value.count, $0.value.max()!, $0.key == text.text ? 1 : 0) < ($1.value.count, $1.value.max()!, $1.key == text.text ? 1 : 0)
            }!
            texts[i].lines[0].text = best.key
            texts[i].lines[0].confidence = min(best.value.max()!, options.uncertainBelow - 1)
        }
        return texts
    }
}
