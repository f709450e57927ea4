import CTesseract
import DocumentModel

/// Latin letters where Chinese is printed: with `chi_sim+eng`, tesseract's English model wins on
/// some Chinese in large type (a title's last characters `报告` read `that`, `Tass`) or in pale
/// print (a line of prose read `ZS FIBGROCIT`). A line of prose holding such words (Latin only, read with
/// little confidence) is read again alone, with Latin letters barred; the new reading replaces the
/// line when it holds Chinese and is not much less sure (Chinese read with Latin barred scores lower:
/// the title's `报告` reads with confidence 37 where `that` had 54), or when it is Chinese alone
/// where the first reading was junk. In a row of a table without rules (a line that splits into
/// cells), only the cells of such words and no number are read again, each alone, and its first
/// cell when it is Latin letters only before a number, however sure (a row's label). In a grid drawn
/// by rules, a cell of such words alone is read again on the same terms (`tableLines`).
extension OCRPageReader {
    /// `words` of `image` (tesseract's page layout), with lines holding doubtful Latin words read
    /// again, but for lines inside `outside` (tables whose cells are read again), left as read.
    func rereadingLatinJunk(_ words: [OCRWord], image: GrayImage, dpi: Double, outside grids: [TableGrid] = [],
                            deadline: Deadline) throws(OCRProblem) -> [OCRWord] {
        let lines = Self.textLines(words)
        guard !lines.isEmpty else { return words }
        func inGrid(_ line: [OCRWord]) -> Bool { line.allSatisfy { w in grids.contains { $0.contains(w) } } }
        let read = lines.filter { !inGrid($0) }
        // A page mostly read as Latin is sideways, upside down or unreadable: reading its lines
        // again would not help (the page is turned and read again, or left as it reads).
        let junk = read.filter { $0.contains { Self.isLatinJunk($0, below: tuning.latinJunkConfidence) } }.count
        guard Double(junk) <= Double(read.count) * tuning.latinJunkPageShare else { return words }
        let scale = OCRTuning.Scale(dpi: dpi)
        let pad = scale.pixels(Double(tuning.cellInkPad), floor: 1), margin = scale.pixels(tuning.cellCanvasMargin)
        var out: [OCRWord] = []
        // A group of words read again alone: one word over its box when the new reading is taken.
        func reread(_ group: [OCRWord]) throws(OCRProblem) -> [OCRWord] {
            let left = group.map(\.left).min()!, top = group.map(\.top).min()!
            let right = group.map(\.right).max()!, bottom = group.map(\.bottom).max()!
            // A line of text, not a box of a sideways page or a drawing (tesseract would scale
            // it down to nothing, and leptonica says so on standard error).
            guard bottom - top <= scale.pixels(tuning.latinRereadMaximumHeight), right - left >= bottom - top else { return group }
            let crop = image.cropped(x: left - pad, y: top - pad, width: right - left + 2 * pad, height: bottom - top + 2 * pad,
                                     border: margin)
            engine.setImage(crop, dpi: Int(dpi))
            let again = try engine.recognize(pageSegMode: PSM_SINGLE_LINE, blacklist: Self.latinLetters,
                                             deadlineMilliseconds: try deadline.remaining())
            guard takesLatinRereading(again, over: group) else { return group }
            // One word over the box: read alone, the line's own gaps are not the page's (a gap
            // there would split it into cells of a table without rules).
            return [OCRWord(text: Self.joined(again), left: left, top: top, right: right, bottom: bottom,
                            confidence: again.map(\.confidence).min() ?? 0, startsLine: group[0].startsLine)]
        }
        for line in lines {
            guard !inGrid(line), line.contains(where: { Self.isLatinJunk($0, below: tuning.latinJunkConfidence) })
                    || Self.mayHoldLatinLabel(line),
                  let spans = proseLines(line).first?.spans else {
                out += line
                continue
            }
            guard spans.count > 1 else {
                out += line.contains(where: { Self.isLatinJunk($0, below: tuning.latinJunkConfidence) }) ? try reread(line) : line
                continue
            }
            // A line that splits into cells is a row of a table without rules, whose cells must
            // keep their places: only its cells of junk and no number are read again, each alone
            // (a row's label `政府集中采购` read `UTEP` before its values).
            var row: [OCRWord] = []
            let cells = Self.cells(of: line, spans: spans)
            for (k, cell) in cells.enumerated() {
                let junk = Self.rereadsAsJunk(cell, below: tuning.latinJunkConfidence) || k == 0 && Self.isLatinLabel(cell, of: cells)
                row += junk ? try reread(cell) : cell
            }
            for k in row.indices { row[k].startsLine = k == 0 }
            out += row
        }
        return out
    }

    /// Whether a table's cell is read again with Latin barred (``rereadingLatinJunkCell``): Latin
    /// junk, no number, no Chinese, and not letters small type reads digits as (`ll` for `11`:
    /// read with Latin barred, `也`; the digit readings take those).
    static func readsAsLatinJunkCell(_ words: [OCRWord], below: Double) -> Bool {
        !mayBeMisreadDigits(joined(words)) && rereadsAsJunk(words, below: below)
            && !words.contains { $0.text.unicodeScalars.contains(where: ScalarClass.isHan) }
    }

    /// The cells of a table (their words; `inked`: not blank) read again with Latin barred: those
    /// read as Latin junk, none when they are more than `share` of the inked cells (a sideways
    /// page's table, read before the page is turned: reading its cells again would only cost).
    static func latinJunkCells(_ words: [[OCRWord]], inked: [Bool], below: Double, share: Double) -> [Int] {
        let junk = words.indices.filter { inked[$0] && readsAsLatinJunkCell(words[$0], below: below) }
        return Double(junk.count) <= Double(inked.filter { $0 }.count) * share ? junk : []
    }

    /// A table's cell read as Latin junk and no number (`行政处罚` read `qT BST`, `政府集中采购`
    /// read `MAE RK`, clean type between horizontal rules), its `crop` read again with Latin
    /// letters barred; the new words (in the crop's pixels) when kept on the same terms as a line
    /// of prose, else nil.
    func rereadingLatinJunkCell(_ words: [OCRWord], crop: GrayImage, dpi: Int,
                                deadline: Deadline) throws(OCRProblem) -> [OCRWord]? {
        // One line read as one (as a block, `行政处罚` reads `行政处辐`).
        let oneLine = !words.dropFirst().contains(where: \.startsLine)
        func read(_ image: GrayImage) throws(OCRProblem) -> [OCRWord] {
            engine.setImage(image, dpi: dpi)
            return try engine.recognize(pageSegMode: oneLine ? PSM_SINGLE_LINE : PSM_SINGLE_BLOCK, blacklist: Self.latinLetters,
                                        deadlineMilliseconds: try deadline.remaining()).compactMap(Self.withoutRuleResidue)
        }
        let again = try read(crop)
        if takesLatinRereading(again, over: words) { return again }
        // Then smoothed: on the tight print scanned at 240 dpi, `1.属于国家秘密` in clean type read
        // `LRT A` and, with Latin barred, `1`; smoothed, `1.属于国东秘密` (the steps of a pixel
        // its strokes took in the page's turning gone).
        let smoothed = try read(crop.smoothed())
        return takesLatinRereading(smoothed, over: words) ? smoothed : nil
    }

    /// Whether a reading with Latin barred replaces the junk read first: it holds Chinese and is
    /// surer or not much less sure; or it is Chinese alone where only junk was read (the title's
    /// `报告` read `tet` with confidence 34 reads `报告` with 0).
    func takesLatinRereading(_ again: [OCRWord], over first: [OCRWord]) -> Bool {
        let text = Self.joined(again).unicodeScalars
        let before = Self.meanConfidence(first), after = Self.meanConfidence(again)
        return !again.isEmpty && text.contains(where: ScalarClass.isHan)
            && (after >= max(tuning.latinRereadMinimumConfidence, before - tuning.latinRereadConfidenceLoss)
                || (before < tuning.latinJunkOnlyBelow && text.allSatisfy(ScalarClass.isHan)))
    }

    /// The words of a line in the cells it splits into (`spans`, left to right, from
    /// ``proseLines(_:valueEdges:)``), left to right; words past the last span in a cell of their own.
    static func cells(of line: [OCRWord], spans: [Span]) -> [[OCRWord]] {
        var rest = line.sorted { $0.left < $1.left }[...]
        var cells: [[OCRWord]] = []
        for span in spans {
            guard let x1 = span.x1 else { continue }
            let cell = Array(rest.prefix { Double($0.right) <= x1 })
            rest = rest.dropFirst(cell.count)
            if !cell.isEmpty { cells.append(cell) }
        }
        if !rest.isEmpty { cells.append(Array(rest)) }
        return cells
    }

    /// Whether a row's first cell is a label read as Latin letters, however sure (`(七)总计` read
    /// `(+) Sit`, `Sit` with confidence 89, before `767 35 2 1 805`): letters and punctuation
    /// only, two letters or more, before a cell holding a number. The labels of these reports'
    /// tables are Chinese; such a label named no row, and the row was taken for the label above's
    /// second line (its five values lost).
    static func isLatinLabel(_ cell: [OCRWord], of cells: [[OCRWord]]) -> Bool {
        cells.dropFirst().contains { $0.contains { readsAsNumber($0.text) } } && cell.contains { isLatinJunk($0, below: .infinity) }
            && cell.allSatisfy { w in w.text.unicodeScalars.allSatisfy { $0.isASCII && !ScalarClass.isASCIIDigit($0) } }
    }

    /// Whether a line may hold a row whose label reads as Latin letters (``isLatinLabel(_:of:)``):
    /// a word of Latin letters, a number after it, no Chinese before it.
    static func mayHoldLatinLabel(_ line: [OCRWord]) -> Bool {
        let sorted = line.sorted { $0.left < $1.left }
        guard let first = sorted.firstIndex(where: { isLatinJunk($0, below: .infinity) }) else { return false }
        return !sorted[..<first].contains { $0.text.unicodeScalars.contains(where: ScalarClass.isHan) }
            && sorted[(first + 1)...].contains { readsAsNumber($0.text) }
    }

    /// Whether a cell of a row is read again with Latin barred: it holds Latin junk and no number.
    static func rereadsAsJunk(_ cell: [OCRWord], below: Double) -> Bool {
        cell.contains { isLatinJunk($0, below: below) } && !cell.contains { readsAsNumber($0.text) }
    }

    static let latinLetters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"

    /// Only Latin letters (and punctuation), at least two letters, read with confidence below
    /// `below`, and not a web or mail address.
    static func isLatinJunk(_ w: OCRWord, below: Double) -> Bool {
        guard w.confidence < below else { return false }
        // Addresses are Latin wherever they are printed (`www.gov.cn`, `gk@sh.cn`).
        let scalars = Array(w.text.unicodeScalars)
        if scalars.contains("@") { return false }
        for (a, b) in zip(scalars, scalars.dropFirst()) where a == "." && (("a"..."z").contains(b) || ("A"..."Z").contains(b)) {
            return false
        }
        var letters = 0
        for s in w.text.unicodeScalars {
            if ("a"..."z").contains(s) || ("A"..."Z").contains(s) { letters += 1; continue }
            if s.isASCII, !ScalarClass.isASCIIDigit(s), s != " " { continue }
            return false
        }
        return letters >= 2
    }
}
