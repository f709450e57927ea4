import CTesseract
import DocumentModel

/// A number cell read several ways (as read, digits only, digits only with its contrast
/// stretched), and the value most readings agree on; what counts as a number or a printed null.
extension OCRPageReader {
    /// A number cell's value by vote of up to three readings: the first one (if it is a number),
    /// digits only, and digits only with the contrast stretched (pale print loses strokes; a
    /// stretched `8` can also read as `9`). The value most readings give wins, ties going to the
    /// most confident, then to the one read first (``ranked(_:)``); its confidence is the best of
    /// the readings that agree, and below the uncertainty threshold when another reading disagrees.
    func vote(first: CellText?, crop: GrayImage, ink: (x: Int, y: Int, width: Int, height: Int), dpi: Int,
              deadline: Deadline) throws(OCRProblem) -> (text: String, confidence: Double, votes: Int, readings: [String])? {
        var readings: [(text: String, confidence: Double)] = []
        if let first, Self.readsAsNumber(first.text), let c = first.confidence { readings.append((first.text, c)) }
        if let plain = try rereadDigits(crop, ink: ink, dpi: dpi, deadline: deadline) { readings.append(plain) }
        let stretchedCrop = crop.contrastStretched()
        if let stretched = try rereadDigits(stretchedCrop, ink: ink, dpi: dpi, deadline: deadline) { readings.append(stretched) }
        if readings.isEmpty {
            // No digit reading at all (a pale `1` on a JPEG's grey blocks reads `a` or `all`, and
            // digits only, nothing): the stretched cell read as a line of any characters. A number
            // found only this way is a doubt, never certain.
            engine.setImage(stretchedCrop, dpi: dpi)
            let words = try engine.recognize(pageSegMode: PSM_SINGLE_LINE, deadlineMilliseconds: try deadline.remaining())
            let text = Self.joined(words)
            if Self.readsAsNumber(text) { return (text, min(words.map(\.confidence).min() ?? 0, options.uncertainBelow - 1), 1, [text]) }
            // Nor that: the Latin model alone, digits only, where the cell's reading has no digit
            // (a digit with more, `8.` beside a label, is an item number, not a number unread).
            // A `1` with a foot alone in a wide cell (a scanned Chromium print of the 2019 report)
            // reads `i` as prose and nothing as digits in every mode with `chi_sim+eng`; the
            // Latin model reads `1`. A doubt too. The cell is read so as it is and black on white
            // (at its own threshold): the same `1` on a JPEG's grey blocks (the 2019 report printed
            // without rules, 300 dpi) read `2` (confidence 42) as it is and `1` (80) black on
            // white. Readings that differ leave the cell unread, unless one is surer by
            // `sureReadingMargin`.
            guard tuning.latinDigitsWhenUnread, !(first?.text.unicodeScalars.contains(where: ScalarClass.isASCIIDigit) ?? false),
                  let latin = latinEngine else { return nil }
            defer { latin.clear() }
            let latinReadings = [try rereadDigits(crop, ink: ink, dpi: dpi, engine: latin, deadline: deadline),
                                 try rereadDigits(crop.binarized(threshold: crop.otsuThreshold()), ink: ink, dpi: dpi,
                                                  engine: latin, deadline: deadline)].compactMap { $0 }
            guard let r = latinReadings.max(by: { $0.confidence < $1.confidence }),
                  latinReadings.allSatisfy({ Self.numberKey($0.text) == Self.numberKey(r.text)
                      || $0.confidence <= r.confidence - tuning.sureReadingMargin })
            else { return nil }
            return (r.text, min(r.confidence, options.uncertainBelow - 1),
                    latinReadings.filter { Self.numberKey($0.text) == Self.numberKey(r.text) }.count, latinReadings.map(\.text))
        }
        var ranked = Self.ranked(readings)
        // A reading far surer than every other outweighs their number (measured: a pale `15`
        // read as `45` twice with confidence 65, and as `15` with 96 once stretched).
        if let sure = readings.max(by: { $0.confidence < $1.confidence }), sure.confidence >= tuning.sureReadingConfidence,
           readings.allSatisfy({ $0.text == sure.text || $0.confidence <= sure.confidence - tuning.sureReadingMargin }) {
            ranked.sort { a, _ in a.contains { $0.text == sure.text } }
        }
        let best = ranked[0]
        var confidence = best.map(\.confidence).max()!
        if ranked.count > 1 { confidence = min(confidence, options.uncertainBelow - 1) }
        return (best[0].text, confidence, best.count, readings.map(\.text))
    }

    /// Readings grouped by the number they read, in the order first read, ranked by how many read
    /// it and then by their best confidence; a tie goes to the group read first. (Ranked in a
    /// dictionary's order, a tie went either way from one run to the next: `251000元`'s plain and
    /// stretched readings, `2510007` and `251000`, both with confidence 0.)
    static func ranked(_ readings: [(text: String, confidence: Double)]) -> [[(text: String, confidence: Double)]] {
        var groups: [[(text: String, confidence: Double)]] = []
        var index: [String: Int] = [:]
        for r in readings {
            let key = numberKey(r.text)
            if let k = index[key] { groups[k].append(r) } else { index[key] = groups.count; groups.append([r]) }
        }
        return groups.indices.sorted { a, b in
            let ka = (groups[a].count, groups[a].map(\.confidence).max()!), kb = (groups[b].count, groups[b].map(\.confidence).max()!)
            return ka != kb ? ka > kb : a < b
        }.map { groups[$0] }
    }

    /// What readings of a number are compared by: the number they read (`NumberText.valueNumber`),
    /// or their text where they read none.
    static func numberKey(_ text: String) -> String { NumberText.valueNumber(text)?.number ?? text }

    /// A cell read again, digits only: as a line, else as a word, else (narrow ink) as one
    /// character; by the page's engine unless another is given.
    func rereadDigits(_ crop: GrayImage, ink: (x: Int, y: Int, width: Int, height: Int), dpi: Int,
                      engine other: TesseractEngine? = nil, deadline: Deadline) throws(OCRProblem) -> (text: String, confidence: Double)? {
        let engine = other ?? self.engine
        engine.setImage(crop, dpi: dpi)
        var modes = [PSM_SINGLE_LINE, PSM_SINGLE_WORD]
        if Double(ink.width) <= Double(ink.height) * tuning.singleCharacterAspect { modes.append(PSM_SINGLE_CHAR) }
        for mode in modes {
            let words = try engine.recognize(pageSegMode: mode, whitelist: "0123456789.-",
                                             deadlineMilliseconds: try deadline.remaining())
            let text = words.map(\.text).joined()
            if !words.isEmpty, Self.readsAsNumber(text) { return (text, words.map(\.confidence).min() ?? 0) }
        }
        return nil
    }

    /// What is left of a ruling line: `|`.
    static func isRuleResidue(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy(isRuleBar)
    }

    /// A character a ruling line reads as: `|`, `丨`, or `\` where the rule leans (a page
    /// skewed by most of a degree at 200 dpi read `77 \77` over a lost rule).
    static func isRuleBar(_ s: Unicode.Scalar) -> Bool { s == "|" || s == "丨" || s == "\\" }

    /// Words of one line joined: CJK without spaces, other words with one.
    static func joined(_ words: [OCRWord]) -> String {
        var out = ""
        for w in words {
            if let last = out.unicodeScalars.last, let first = w.text.unicodeScalars.first,
               !(ScalarClass.isHan(last) || ScalarClass.isHan(first) || ScalarClass.isCJKPunctuation(last) || ScalarClass.isCJKPunctuation(first)) {
                out += " "
            }
            out += w.text
        }
        return out
    }

    /// A whole number as printed in a value cell: `12`, `27.31`, `-18`.
    static func readsAsNumber(_ text: String) -> Bool {
        guard let n = NumberText.valueNumber(text) else { return false }
        return n.remainder.isEmpty
    }

    /// Whether a reading of plain digits accounts for fewer digits than its ink holds: the ink of
    /// the printed number (``numberInk(_:box:threshold:)``) wider than `tuning`'s n-digit width
    /// for its height (`77` read `7` with confidence 77 on a scan).
    static func fewerDigitsThanInk(_ text: String, ink: (width: Int, height: Int), tuning: OCRTuning) -> Bool {
        let digits = text.unicodeScalars.count
        guard digits > 0, ink.height > 0, text.unicodeScalars.allSatisfy(ScalarClass.isASCIIDigit) else { return false }
        return Double(ink.width) > Double(ink.height) * (tuning.digitAdvanceInHeights * Double(digits) + tuning.digitWidthSlackInHeights)
    }

    /// The extent of a cell's printed number within its ink `box`: the columns holding a stroke
    /// (an eighth of the box's height or more), joined across gaps narrower than half the height
    /// (the space between digits), the run with the most ink kept; then its rows the same way. A
    /// speck of noise beside the number (a scan's dust, JPEG's blocks) widens the box, not this.
    static func numberInk(_ image: GrayImage, box: (x: Int, y: Int, width: Int, height: Int), threshold: UInt8) -> (width: Int, height: Int) {
        func mainRun(_ counts: [Int], minimum: Int, gap: Int) -> ClosedRange<Int>? {
            var runs: [(range: ClosedRange<Int>, ink: Int)] = []
            for (i, c) in counts.enumerated() where c >= minimum {
                if let last = runs.last, i - last.range.upperBound <= gap {
                    runs[runs.count - 1] = (last.range.lowerBound...i, last.ink + c)
                } else {
                    runs.append((i...i, c))
                }
            }
            return runs.max { $0.ink < $1.ink }?.range
        }
        let columns = (0..<box.width).map { image.inkCount(x: box.x + $0, y: box.y, width: 1, height: box.height, threshold: threshold) }
        guard let xs = mainRun(columns, minimum: max(1, box.height / 8), gap: box.height / 2) else { return (0, 0) }
        let rows = (0..<box.height).map { image.inkCount(x: box.x + xs.lowerBound, y: box.y + $0, width: xs.count, height: 1, threshold: threshold) }
        guard let ys = mainRun(rows, minimum: 1, gap: 2) else { return (0, 0) }
        return (xs.count, ys.count)
    }

    /// Whether a reading of plain digits took a unit printed after the number for its last digit
    /// (`251000元` read `2510007` with confidence 85): the cell's ink, `box`, falls into as many
    /// glyphs (runs of inked columns) as the reading has digits, and the last is both wider and
    /// taller than a digit or about as wide as it is tall, as a Chinese character is
    /// (`wideGlyphRatio` times the widest other glyph, and `tallGlyphRatio` times the tallest or
    /// its width in `unitGlyphAspect` of its height). An amount's decimal point is a glyph of its own
    /// (`73802895.90元` read `73802895.907` with confidence 13).
    static func lastDigitIsAWideGlyph(_ text: String, image: GrayImage, box: (x: Int, y: Int, width: Int, height: Int),
                                      threshold: UInt8, tuning: OCRTuning) -> Bool {
        let digits = text.unicodeScalars.count
        guard mayEndInAUnitReadAsADigit(text), box.width > 0, box.height > 0 else { return false }
        var glyphs = glyphRuns(image, box: box, threshold: threshold)
        func height(_ g: (x0: Int, x1: Int)) -> Int {
            let rows = (0..<box.height).filter { image.inkCount(x: box.x + g.x0, y: box.y + $0, width: g.x1 - g.x0 + 1, height: 1, threshold: threshold) > 0 }
            return rows.isEmpty ? 0 : rows.last! - rows.first! + 1
        }
        // A speck of noise at either end, apart from the type, is no glyph (a dot 85 px past
        // `251000元` at 200 dpi made eight glyphs of seven).
        while glyphs.count > digits, let speck = specks(glyphs, height: height).first { glyphs.remove(at: speck) }
        guard glyphs.count == digits, let last = glyphs.last else { return false }
        let others = glyphs.dropLast()
        let widest = others.map { $0.x1 - $0.x0 + 1 }.max()!, tallest = others.map(height).max()!
        let width = Double(last.x1 - last.x0 + 1)
        // Taller than the digits, or about as wide as it is tall: a digit is taller than wide,
        // two digits run together are wider, and a sans `元` is as tall as the digits beside it.
        let h = Double(height(last))
        return width >= tuning.wideGlyphRatio * Double(widest)
            && (h >= tuning.tallGlyphRatio * Double(tallest) || tuning.unitGlyphAspect.contains(width / max(1, h)))
    }

    /// The number before a unit that `text` read as two digits or more, where another of the
    /// cell's `readings` took the unit for one digit (``lastDigitIsAWideGlyph(_:image:box:threshold:tuning:)``)
    /// and `text` starts with that reading's number: `251000元` read `25100035` digits only, and
    /// `2510007` once stretched (scanned upside down at 200 dpi): `251000`. Nil otherwise.
    static func numberBeforeAUnitReadAsDigits(_ text: String, readings: [String], image: GrayImage,
                                              box: (x: Int, y: Int, width: Int, height: Int), threshold: UInt8,
                                              tuning: OCRTuning) -> String? {
        guard mayEndInAUnitReadAsADigit(text) else { return nil }
        // In the order read (a set's order changes from run to run, as `ranked`'s once did).
        for other in readings where other != text && other.count < text.count {
            let number = String(other.dropLast())
            guard text.hasPrefix(number), text.count >= number.count + 2,
                  lastDigitIsAWideGlyph(other, image: image, box: box, threshold: threshold, tuning: tuning) else { continue }
            return number
        }
        return nil
    }

    /// Whether `text` is a reading ``lastDigitIsAWideGlyph(_:image:box:threshold:tuning:)`` looks
    /// at: two characters or more, digits with at most one point, a digit first and last.
    static func mayEndInAUnitReadAsADigit(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count >= 2, let first = scalars.first, let last = scalars.last else { return false }
        return ScalarClass.isASCIIDigit(first) && ScalarClass.isASCIIDigit(last) && scalars.filter({ $0 == "." }).count <= 1
            && scalars.allSatisfy({ ScalarClass.isASCIIDigit($0) || $0 == "." })
    }

    /// The glyphs at either end of `glyphs` that are specks of noise: narrower than a third of the
    /// widest glyph, shorter than a third of the tallest, and further from the next glyph than the
    /// widest is wide.
    static func specks(_ glyphs: [(x0: Int, x1: Int)], height: ((x0: Int, x1: Int)) -> Int) -> [Int] {
        guard glyphs.count >= 3 else { return [] }
        let widest = glyphs.map { $0.x1 - $0.x0 + 1 }.max()!, tallest = glyphs.map(height).max()!
        func speck(_ g: (x0: Int, x1: Int), gap: Int) -> Bool {
            3 * (g.x1 - g.x0 + 1) < widest && 3 * height(g) < tallest && gap > widest
        }
        var out: [Int] = []
        if speck(glyphs[0], gap: glyphs[1].x0 - glyphs[0].x1) { out.append(0) }
        let n = glyphs.count - 1
        if speck(glyphs[n], gap: glyphs[n].x0 - glyphs[n - 1].x1) { out.append(n) }
        return out
    }

    /// Whether a reading of plain digits has more digits than its ink has glyphs, each glyph no
    /// wider than one digit (`digitGlyphWidthInHeights` of its height): a digit read where none
    /// is printed (`60` read `160` beside a blurred rule). Glyphs run together (JPEG's blur
    /// joining two digits) are wider, and leave the reading alone.
    static func moreDigitsThanGlyphs(_ text: String, image: GrayImage, box: (x: Int, y: Int, width: Int, height: Int),
                                     threshold: UInt8, tuning: OCRTuning) -> Bool {
        let digits = text.unicodeScalars.count
        guard digits >= 2, text.unicodeScalars.allSatisfy(ScalarClass.isASCIIDigit), box.width > 0, box.height > 0 else { return false }
        let runs = glyphRuns(image, box: box, threshold: threshold)
        return !runs.isEmpty && runs.count < digits
            && runs.allSatisfy { Double($0.x1 - $0.x0 + 1) <= tuning.digitGlyphWidthInHeights * Double(box.height) }
    }

    /// The glyphs of a cell's ink `box`: runs of inked columns (x from the box's left), apart
    /// where a column has no ink.
    static func glyphRuns(_ image: GrayImage, box: (x: Int, y: Int, width: Int, height: Int), threshold: UInt8) -> [(x0: Int, x1: Int)] {
        var runs: [(x0: Int, x1: Int)] = []
        for x in 0..<box.width where image.inkCount(x: box.x + x, y: box.y, width: 1, height: box.height, threshold: threshold) > 0 {
            if let last = runs.last, last.x1 == x - 1 { runs[runs.count - 1].x1 = x } else { runs.append((x, x)) }
        }
        return runs
    }

    /// A printed null: `—`, `-`, `/`, `无`.
    static func isNullMarker(_ text: String) -> Bool {
        ["—", "——", "-", "--", "/", "／", "无", "－", "一"].contains(text)
    }

    /// Mostly digits: a value cell, perhaps misread. Or digits with only letters OCR reads digits
    /// as, a sign or a point beside them (`-I5` for `-15`, 平潭's print at 200 dpi, seed-26 probe:
    /// left as text, null and unflagged); other letters make it a word (`2.22 Aig`, the label
    /// `2.重复申请` misread, is no number: read again as digits it gave a value).
    static func looksNumeric(_ text: String) -> Bool {
        let scalars = text.unicodeScalars.filter { $0 != " " }
        guard !scalars.isEmpty, scalars.count <= 12, !scalars.contains(where: ScalarClass.isHan) else { return false }
        let digits = scalars.filter(ScalarClass.isASCIIDigit).count
        if 2 * digits >= scalars.count { return true }
        let lookAlike = "oOQDiIlJj|-.".unicodeScalars
        return digits > 0 && scalars.allSatisfy { ScalarClass.isASCIIDigit($0) || lookAlike.contains($0) }
    }
}
