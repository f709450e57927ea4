import CTesseract
import DocumentModel

/// A second opinion on numbers read with confidence. With `chi_sim+eng`, the Chinese model wins
/// on digits and confuses some of them with confidence: a serif `3` alone in its cell reads `8`
/// with confidence 90 (measured on scans of two real reports), where the Latin model alone reads
/// `3`. Each such cell, and each number read with less confidence than
/// `latinSecondOpinionBelow` whatever its digits (`195` for a `105` at 88, `59` for a `55` at
/// 77), is read again by the Latin model; where it reads the cell otherwise, or the first
/// reading was that doubtful, the cell is read a third time, its contrast stretched (JPEG's grey
/// blocks around a glyph whitened: a `9` read `8` with confidence 77 reads `9` with 97 so; a
/// `395` that both models read `305` on a cell's grey paper reads `395`, and the cell is in
/// doubt). The readings that agree with the first or lie one look-alike digit from it
/// (`DigitLookAlikes`) vote (``secondOpinionVote(first:others:)``): the value most of them give
/// wins, a tie going to the more confident. Where one of them differs,
/// the cell's confidence falls below the uncertainty threshold, so that it is marked uncertain
/// and the identities can name the value they imply. A disagreement is a doubt: neither model is
/// right every time (the Latin one read a `0` as `9` where the first reading was right). Other
/// disagreements are no opinion: the Latin model alone drops or misreads strokes of small type
/// (`12` read `2`, `1` read `L`, `21` read `20` on a scan where `21` is printed), and counting
/// them would mark cells that identities single out today (measured on the sample scans).
extension OCRPageReader {
    /// `texts` with each number that another reading puts one look-alike digit away decided by
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
                  text.text.contains(where: { tuning.latinSecondOpinionDigits.contains($0) })
                    || confidence < tuning.latinSecondOpinionBelow else { continue }
            if latin == nil { latin = latinEngine }
            guard let latin else { return texts }
            latin.setImage(crop, dpi: dpi)
            let latinWords = try latin.recognize(pageSegMode: PSM_SINGLE_LINE, deadlineMilliseconds: try deadline.remaining())
            let latinText = Self.joined(latinWords)
            // Read with little confidence, the cell is read stretched even where the Latin model
            // agrees: both models read a `395` on the grey of JPEG paper `305` (confidence 77).
            guard latinText != text.text || confidence < tuning.latinSecondOpinionBelow else { continue }
            engine.setImage(crop.contrastStretched(), dpi: dpi)
            let stretchedWords = try engine.recognize(pageSegMode: PSM_SINGLE_LINE, deadlineMilliseconds: try deadline.remaining())
            let others = [(latinText, latinWords.map(\.confidence).min() ?? 0),
                          (Self.joined(stretchedWords), stretchedWords.map(\.confidence).min() ?? 0)]
            guard let decided = Self.secondOpinionVote(first: (text.text, confidence), others: others) else { continue }
            texts[i].lines[0].text = decided.text
            texts[i].lines[0].confidence = min(decided.confidence, options.uncertainBelow - 1)
        }
        return texts
    }

    /// The vote of a cell's readings: `first`, and `others` that read as numbers and agree with
    /// it or lie one look-alike digit from it (the rest are no opinion). Nil when none of them
    /// differs from the first; else the value most of them give, a tie going to the more
    /// confident (then to the reading read first), with the highest confidence it was read with.
    static func secondOpinionVote(first: (text: String, confidence: Double), others: [(String, Double)]) -> (text: String, confidence: Double)? {
        let readings = others.filter { readsAsNumber($0.0) && ($0.0 == first.text || DigitLookAlikes.oneApart(first.text, $0.0)) }
        guard readings.contains(where: { $0.0 != first.text }) else { return nil }
        var groups: [String: [Double]] = [:]
        var order: [String: Int] = [:]
        for (k, (t, c)) in ([(first.text, first.confidence)] + readings).enumerated() {
            groups[t, default: []].append(c)
            if order[t] == nil { order[t] = k }
        }
        // Ties (the same count and confidence) go to the reading read first (the first reading
        // before the others), in any dictionary order.
        let best = groups.max {
            ($0.value.count, $0.value.max()!, -order[$0.key]!) < ($1.value.count, $1.value.max()!, -order[$1.key]!)
        }!
        return (best.key, best.value.max()!)
    }
}
