import CTesseract
import DocumentModel

/// A second opinion on numbers read with confidence. With `chi_sim+eng`, the Chinese model wins
/// on digits and confuses some of them with confidence: a serif `3` alone in its cell reads `8`
/// with confidence 90 (measured on scans of two real reports), where the Latin model alone reads
/// `3`. Each such cell is read again by the Latin model; a reading one look-alike digit away
/// (`DigitLookAlikes`) caps the cell's confidence below the uncertainty threshold, so that the
/// cell is marked uncertain and the identities can name the value they imply. The first reading
/// is kept: neither model is right every time (the Latin one read a `0` as `9` where the first
/// reading was right), so a disagreement is a doubt, not a correction. Other disagreements are no
/// opinion: the Latin model alone drops or misreads strokes of small type (`12` read `2`, `1`
/// read `L`, `21` read `20` on a scan where `21` is printed), and counting them would mark cells
/// that identities single out today (measured on the sample scans).
extension OCRPageReader {
    /// `texts` with the confidence of each number that the Latin model reads one look-alike digit
    /// away capped below `options.uncertainBelow`.
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
            let words = try latin.recognize(pageSegMode: PSM_SINGLE_LINE, deadlineMilliseconds: try deadline.remaining())
            let again = Self.joined(words)
            guard Self.readsAsNumber(again), DigitLookAlikes.oneApart(text.text, again) else { continue }
            texts[i].lines[0].confidence = min(confidence, options.uncertainBelow - 1)
        }
        return texts
    }
}
