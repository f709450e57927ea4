import CTesseract
import DocumentModel

/// Pages fed sideways or upside down: told by how badly they read, turned by tesseract's
/// orientation detection or by reading a band of the page four ways.
extension OCRPageReader {
    /// Little text, text read with low confidence, or Latin letters where a Chinese report has
    /// Chinese (tesseract reads upside-down Chinese as `Sv TT Sten`; upside-down digits read
    /// well): perhaps a page the wrong way up.
    static func readsBadly(_ lines: [Line], tuning: OCRTuning = .init()) -> Bool {
        var sum = 0.0, n = 0, han = 0, latin = 0
        for line in lines {
            for span in line.spans {
                guard let c = span.confidence else { continue }
                let k = span.text.unicodeScalars.count
                sum += c * Double(k)
                n += k
                for u in span.text.unicodeScalars {
                    if ScalarClass.isHan(u) { han += 1 } else if (0x41...0x5A).contains(u.value) || (0x61...0x7A).contains(u.value) { latin += 1 }
                }
            }
        }
        return n < tuning.badReadingMinimumCharacters || sum / Double(n) < tuning.badReadingMinimumConfidence
            || latin * tuning.badReadingLettersPerLatin > han + latin
    }

    /// The quarter turns clockwise that make the page upright: tesseract's orientation detection
    /// (on a half-resolution copy) when it is sure; otherwise a sample of the page read all four
    /// ways, as lines across, the way that reads the most Chinese winning. Nil when the page is
    /// upright or no way reads clearly better.
    func orientation(of image: GrayImage, dpi: Double, deadline: Deadline) throws(OCRProblem) -> Int? {
        _ = try deadline.remaining()
        if let osd = orientationEngine {
            let small = dpi > 200 ? image.averaged(by: 2) : image
            osd.setImage(small, dpi: Int(dpi > 200 ? dpi / 2 : dpi))
            let detected = osd.detectOrientation()
            osd.clear()
            if let (turns, confidence) = detected, confidence >= tuning.orientationMinimumConfidence { return turns }
        }
        // A band across the middle of the page, a third of its height.
        let band = image.cropped(x: 0, y: image.height / 3, width: image.width, height: image.height / 3, border: 0)
        var best = (turns: 0, score: -1)
        // Read without vertical text: a page turned a quarter the wrong way has its lines read as
        // vertical text, upright, and read as much Chinese as the right way (the 2019 print's
        // requests table upside down, orientation detection unsure: 101 characters a quarter the
        // wrong way, 81 the right way; 4 without).
        engine.findsVerticalText(false)
        defer { engine.findsVerticalText(true) }
        for turns in 0..<4 {
            engine.setImage(band.quarterTurned(turns), dpi: Int(dpi))
            let words = try engine.recognize(pageSegMode: PSM_AUTO, deadlineMilliseconds: try deadline.remaining())
            let score = words.filter { $0.confidence >= tuning.orientationWordConfidence }
                .reduce(0) { $0 + $1.text.unicodeScalars.filter(ScalarClass.isHan).count }
            if score > best.score { best = (turns, score) }
        }
        engine.clear()
        return best.score >= tuning.orientationMinimumHan ? best.turns : nil
    }
}
