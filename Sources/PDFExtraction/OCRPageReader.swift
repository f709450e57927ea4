import CTesseract
import DocumentModel
#if canImport(Glibc)
import Glibc
#endif

/// Reads one rendered page with tesseract: straightens it, finds the ruling lines of its tables,
/// erases them, recognises the page once, and puts the words back into lines and cells — table
/// rows from the rules, cells between vertical rules (empty cells kept), other text by
/// tesseract's lines. Numeric cells read with low confidence are read again alone, digits only.
final class OCRPageReader {
    let engine: TesseractEngine
    let options: OCROptions
    /// Orientation detection (tesseract's `osd` data), started on the first page that needs it;
    /// nil when the data is not installed.
    private lazy var orientationEngine: TesseractEngine? = {
        try? TesseractEngine(languages: "osd", dataPath: options.dataPath)
    }()

    init(options: OCROptions) throws(OCRProblem) {
        try OCRPageReader.checkLanguageData(options)
        engine = try TesseractEngine(languages: options.languages, dataPath: options.dataPath)
        self.options = options
    }

    /// Language data present, or an error naming the package to install.
    static func checkLanguageData(_ options: OCROptions) throws(OCRProblem) {
        // Where tesseract itself will look: the path given, else TESSDATA_PREFIX, else its defaults.
        let folders: [String]
        if let p = options.dataPath {
            folders = [p]
        } else if let env = getenv("TESSDATA_PREFIX"), env.pointee != 0 {
            folders = [String(cString: env)]
        } else {
            folders = ["/usr/share/tesseract-ocr/5/tessdata", "/usr/share/tesseract-ocr/4.00/tessdata", "/usr/share/tessdata",
                       "/usr/local/share/tessdata"]
        }
        for lang in options.languages.split(separator: "+") {
            let found = folders.contains { access("\($0)/\(lang).traineddata", R_OK) == 0 }
            if !found {
                let package = "tesseract-ocr-" + lang.replacingUnderscores()
                throw .languageDataMissing("\(lang).traineddata not found in \(folders.joined(separator: ", ")) (install the Debian package \(package))")
            }
        }
    }

    /// The resolution to render a page of `width` × `height` points at: `dpi`, or lower when the
    /// image would exceed `maxPixels`.
    static func renderingDPI(width: Double, height: Double, dpi: Double, maxPixels: Int) -> Double {
        let pixels = width * height * dpi * dpi / 5184
        guard pixels > Double(maxPixels), pixels > 0 else { return dpi }
        return max(1, (dpi * (Double(maxPixels) / pixels).squareRoot()).rounded(.down))
    }

    /// The page's lines, in points, from its image at `dpi`.
    func read(_ page: PopplerPageHandle, number: Int) throws(OCRProblem) -> Page {
        let (w, h) = page.size
        // At most `maxPixels`, whatever the page's size: a 200-inch page at 300 dpi would need
        // gigabytes (the resolution then falls below what OCR can read: such pages are posters).
        let dpi = Self.renderingDPI(width: w, height: h, dpi: Double(options.dpi), maxPixels: options.maxPixels)
        guard let rendered = page.renderGray(dpi: dpi, redAsGray: true) else {
            return Page(number: number, lines: [], width: w, height: h, origin: .ocr)
        }
        var image = GrayImage(width: rendered.width, height: rendered.height, pixels: rendered.pixels)
        var (lines, turns) = try recognize(&image, dpi: dpi)
        for i in lines.indices { lines[i].ref.page = number }
        let upright = turns % 2 == 0 ? (w, h) : (h, w)
        var read = Page(number: number, lines: lines, width: upright.0, height: upright.1, origin: .ocr)
        read.quarterTurns = turns
        return read
    }

    /// Recognises an image (straightened in place) and returns its lines in points, and the quarter
    /// turns clockwise it was given to stand upright. A page that reads badly is checked for a
    /// wrong orientation (fed sideways or upside down) and, if turned, read again.
    func recognize(_ image: inout GrayImage, dpi: Double) throws(OCRProblem) -> (lines: [Line], turns: Int) {
        let deadline = Deadline(seconds: options.pageTimeLimit)
        let threshold = min(image.otsuThreshold(), 200)
        if image.inkShare(threshold: threshold) < 0.0005 { return ([], 0) }     // a blank page
        let original = image
        let lines = try recognizeUpright(&image, dpi: dpi, threshold: threshold, deadline: deadline)
        guard Self.readsBadly(lines), let turns = try orientation(of: original, dpi: dpi, deadline: deadline), turns != 0 else {
            return (lines, 0)
        }
        image = original.quarterTurned(turns)
        return (try recognizeUpright(&image, dpi: dpi, threshold: threshold, deadline: deadline), turns)
    }

    /// Little text, text read with low confidence, or Latin letters where a Chinese report has
    /// Chinese (tesseract reads upside-down Chinese as `Sv TT Sten`; upside-down digits read
    /// well): perhaps a page the wrong way up.
    static func readsBadly(_ lines: [Line]) -> Bool {
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
        return n < 40 || sum / Double(n) < 60 || latin * 3 > han + latin
    }

    /// The quarter turns clockwise that make the page upright: tesseract's orientation detection
    /// (on a half-resolution copy) when it is sure; otherwise a sample of the page read all four
    /// ways, the way that reads the most Chinese winning. Nil when the page is upright or no way
    /// reads clearly better.
    func orientation(of image: GrayImage, dpi: Double, deadline: Deadline) throws(OCRProblem) -> Int? {
        _ = try deadline.remaining()
        if let osd = orientationEngine {
            let small = dpi > 200 ? image.averaged(by: 2) : image
            osd.setImage(small, dpi: Int(dpi > 200 ? dpi / 2 : dpi))
            let detected = osd.detectOrientation()
            osd.clear()
            if let (turns, confidence) = detected, confidence >= 1.5 { return turns }
        }
        // A band across the middle of the page, a third of its height.
        let band = image.cropped(x: 0, y: image.height / 3, width: image.width, height: image.height / 3, border: 0)
        var best = (turns: 0, score: -1)
        for turns in 0..<4 {
            engine.setImage(band.quarterTurned(turns), dpi: Int(dpi))
            let words = try engine.recognize(pageSegMode: PSM_AUTO, deadlineMilliseconds: try deadline.remaining())
            let score = words.filter { $0.confidence >= 60 }
                .reduce(0) { $0 + $1.text.unicodeScalars.filter(ScalarClass.isHan).count }
            if score > best.score { best = (turns, score) }
        }
        engine.clear()
        return best.score >= 10 ? best.turns : nil
    }

    func recognizeUpright(_ image: inout GrayImage, dpi: Double, threshold: UInt8, deadline: Deadline) throws(OCRProblem) -> [Line] {
        let angle = Deskew.angle(of: image, threshold: threshold)
        if abs(angle) >= 0.05 { image = image.rotated(by: angle) }
        let scale = dpi / 300
        var lineOptions = RulingLines.Options()
        lineOptions.minimumLength = Int(90 * scale)
        lineOptions.minimumVerticalLength = Int(70 * scale)
        lineOptions.maximumThickness = max(4, Int(10 * scale))
        // Rules are often printed thin and grey, paler than the text: anything clearly darker than
        // the paper is a candidate; only long straight runs of it are kept.
        let lineThreshold = max(threshold, UInt8(clamping: min(225, Int(image.paperLevel()) - 30)))
        let rules = RulingLines.find(in: image, threshold: lineThreshold, options: lineOptions)
        let grids = TableGrid.grids(from: rules, tolerance: max(4, Int(8 * scale)))
        var clean = image
        rules.erase(from: &clean)
        defer { engine.clear() }
        // Prose: the page with its tables blanked out, laid out by tesseract.
        var prose = clean
        for g in grids { prose.fill(x0: g.left - 2, y0: g.top - 2, x1: g.right + 2, y1: g.bottom + 2) }
        engine.setImage(prose, dpi: Int(dpi))
        let words = try engine.recognize(pageSegMode: PSM_AUTO, deadlineMilliseconds: try deadline.remaining())
        var lines = proseLines(words)
        // Tables: cell by cell.
        for grid in grids {
            lines += try tableLines(grid, image: clean, threshold: threshold, dpi: Int(dpi), deadline: deadline)
        }
        lines.sort { $0.top < $1.top }
        let toPoints = 72 / dpi
        return lines.enumerated().map { i, p in
            Line(spans: p.spans.map { s in
                    var s = s
                    s.x0 = s.x0.map { $0 * toPoints }
                    s.x1 = s.x1.map { $0 * toPoints }
                    return s
                 },
                 ref: SourceRef(page: 0, line: i + 1), y0: Double(p.top) * toPoints, y1: Double(p.bottom) * toPoints)
        }
    }

    /// A line in pixels, on its way to the document model.
    struct PixelLine {
        var top: Int, bottom: Int
        var spans: [Span]
    }

    /// Tesseract's lines of prose, split into cells at wide gaps (a table without rules).
    func proseLines(_ words: [OCRWord]) -> [PixelLine] {
        var groups: [[OCRWord]] = []
        for word in words {
            if word.startsLine || groups.isEmpty { groups.append([word]) } else { groups[groups.count - 1].append(word) }
        }
        return groups.map { line in
            let sorted = line.sorted { $0.left < $1.left }
            let height = sorted.map { $0.bottom - $0.top }.sorted()[sorted.count / 2]
            var spans: [Span] = []
            var current: [OCRWord] = []
            func flush() {
                guard !current.isEmpty else { return }
                spans.append(Span(text: Self.joined(current), x0: Double(current.first!.left), x1: Double(current.last!.right),
                                  confidence: current.map(\.confidence).min()))
                current = []
            }
            for w in sorted {
                if let last = current.last, w.left - last.right > Int(1.5 * Double(max(height, 1))) { flush() }
                current.append(w)
            }
            flush()
            return PixelLine(top: sorted.map(\.top).min()!, bottom: sorted.map(\.bottom).max()!, spans: spans)
        }
    }

    /// A recognised cell.
    struct CellText {
        /// Text lines with the band each lies in.
        var lines: [(band: Int, text: String, confidence: Double)] = []
        var inked = false
        /// In a column of numbers, but not readable as one.
        var unreadableNumber = false
        var text: String { lines.map(\.text).joined(separator: " ") }
        var confidence: Double? { lines.map(\.confidence).min() }
    }

    /// The table's bands as lines: one field per slot, empty slots kept as empty fields, each
    /// cell's text lines in the bands they lie in. Cells of value columns not read as a clean
    /// number with confidence are read again alone as digits.
    func tableLines(_ grid: TableGrid, image: GrayImage, threshold: UInt8, dpi: Int,
                    deadline: Deadline) throws(OCRProblem) -> [PixelLine] {
        let scale = Double(dpi) / 300
        let pad = 1     // the rules are erased: a cell reaches to their centre lines
        var texts: [CellText] = []
        var boxes: [(crop: GrayImage, ink: (x: Int, y: Int, width: Int, height: Int))?] = []
        let margin = Int(24 * scale)
        for cell in grid.cells {
            let (x, y, w, h) = Self.interior(image, x: cell.x0 + pad, y: grid.bands[cell.firstBand].top + pad,
                                             width: cell.x1 - 2 * pad - cell.x0, height: grid.bands[cell.lastBand].bottom - 2 * pad - grid.bands[cell.firstBand].top,
                                             threshold: threshold, edge: max(3, Int(10 * scale)))
            guard w > 4, h > 4, image.inkCount(x: x, y: y, width: w, height: h, threshold: threshold) >= Int(12 * scale * scale),
                  let ink = image.inkBox(x: x, y: y, width: w, height: h, threshold: threshold) else {
                texts.append(CellText())
                boxes.append(nil)
                continue
            }
            // The ink alone, on a white canvas.
            let crop = image.cropped(x: ink.x - 2, y: ink.y - 2, width: ink.width + 4, height: ink.height + 4, border: margin)
            var words = try readBlock(crop, dpi: dpi, deadline: deadline)
            if Self.meanConfidence(words) < options.uncertainBelow - 15 {
                // Pale print: the same cell with its contrast stretched, if it reads better.
                let again = try readBlock(crop.contrastStretched(), dpi: dpi, deadline: deadline)
                if Self.meanConfidence(again) > Self.meanConfidence(words) { words = again }
            }
            let dx = ink.x - 2 - margin, dy = ink.y - 2 - margin
            words = words.map { w in
                var w = w
                w.left += dx; w.right += dx; w.top += dy; w.bottom += dy
                return w
            }
            var text = CellText()
            text.inked = true
            var group: [OCRWord] = []
            func flush() {
                guard !group.isEmpty else { return }
                let mid = (group.map(\.top).min()! + group.map(\.bottom).max()!) / 2
                text.lines.append((grid.band(of: cell, y: mid), Self.joined(group), group.map(\.confidence).min()!))
                group = []
            }
            for word in words {
                if word.startsLine { flush() }
                group.append(word)
            }
            flush()
            texts.append(text)
            boxes.append((crop, ink))
        }
        // Value columns: most of their cells read as numbers.
        let tolerance = Int(10 * scale)
        var numeric = [Bool](repeating: false, count: grid.cells.count)
        for (i, t) in texts.enumerated() where t.inked { numeric[i] = Self.readsAsNumber(t.text) }
        // The height of a printed number here: a cell whose ink is much taller holds more than one
        // line (a header such as `结果` over `纠正`), never a number.
        let numberHeights = grid.cells.indices.filter { numeric[$0] }.compactMap { boxes[$0]?.ink.height }.sorted()
        let numberHeight = numberHeights.isEmpty ? Int(40 * scale) : numberHeights[numberHeights.count / 2]
        for (i, cell) in grid.cells.enumerated() {
            guard let (crop, ink) = boxes[i], options.rereadNumericCells else { continue }
            let current = texts[i]
            let confidence = current.confidence ?? 0
            if Self.readsAsNumber(current.text) && confidence >= options.uncertainBelow { continue }
            if Self.isNullMarker(current.text) && confidence >= options.uncertainBelow { continue }
            // Its column, without the header cells (Chinese): mostly numbers?
            let column = grid.cells.indices.filter {
                abs(grid.cells[$0].x0 - cell.x0) <= tolerance && abs(grid.cells[$0].x1 - cell.x1) <= tolerance && texts[$0].inked
                    && !texts[$0].text.unicodeScalars.contains(where: ScalarClass.isHan)
            }
            let inValueColumn = column.count >= 2 && 2 * column.filter({ numeric[$0] }).count >= column.count
            guard inValueColumn || Self.looksNumeric(current.text), ink.height * 2 <= numberHeight * 3 else { continue }
            // Text with Chinese read with some confidence is a label or a note, not a misread number.
            let han = current.text.unicodeScalars.contains(where: ScalarClass.isHan)
            if han && confidence >= 50 { continue }
            let band = current.lines.first?.band ?? cell.firstBand
            if let vote = try vote(first: han ? nil : current, crop: crop, ink: ink, dpi: dpi, deadline: deadline) {
                // A reading that replaces Chinese needs both digit readings, and is never certain.
                if han && (vote.votes < 2 || vote.confidence < 80) { continue }
                texts[i].lines = [(band, vote.text, han ? min(vote.confidence, options.uncertainBelow - 1) : vote.confidence)]
            } else if inValueColumn, !han, !Self.isNullMarker(current.text), !current.lines.isEmpty {
                // Letters where a number is printed (`a`, `all` for a pale `1`): the cell keeps its
                // place in the row, unread and uncertain.
                texts[i].unreadableNumber = true
                texts[i].lines = current.lines.map { ($0.band, $0.text, min($0.confidence, options.uncertainBelow - 1)) }
            }
        }
        // Bands into lines.
        var lines: [PixelLine] = []
        for (b, band) in grid.bands.enumerated() {
            var slots = [[(text: String, confidence: Double)]](repeating: [], count: band.edges.count - 1)
            var boxesX = [(Int, Int)](repeating: (0, 0), count: band.edges.count - 1)
            var unreadable = [Bool](repeating: false, count: band.edges.count - 1)
            for (i, cell) in grid.cells.enumerated() where cell.firstBand <= b && b <= cell.lastBand {
                guard let s = grid.slot(band: b, x: (cell.x0 + cell.x1) / 2) else { continue }
                boxesX[s] = (cell.x0, cell.x1)
                if texts[i].unreadableNumber { unreadable[s] = true }
                for line in texts[i].lines where line.band == b { slots[s].append((line.text, line.confidence)) }
            }
            guard slots.contains(where: { !$0.isEmpty }) else { continue }
            let spans = slots.indices.map { s in
                var span = Span(text: slots[s].map(\.text).joined(separator: " "),
                                x0: Double(boxesX[s].0 == boxesX[s].1 ? band.edges[s] : boxesX[s].0),
                                x1: Double(boxesX[s].0 == boxesX[s].1 ? band.edges[s + 1] : boxesX[s].1),
                                field: s, confidence: slots[s].isEmpty ? nil : slots[s].map(\.confidence).min())
                span.unreadableNumber = unreadable[s]
                return span
            }
            lines.append(PixelLine(top: band.top, bottom: band.bottom, spans: spans))
        }
        return lines
    }

    /// A cell's area without the border of its own box: tables printed from web pages draw each
    /// cell's box apart from its neighbours' (`cellspacing`), and a box's sides, one row high, are
    /// too short to be found as ruling lines; left in, a side reads as `[` or `l` before a number
    /// (`l6o` for `60`). Rows and columns within `edge` pixels of the area's sides that are ink over
    /// most of their length are cut off.
    static func interior(_ image: GrayImage, x: Int, y: Int, width w: Int, height h: Int, threshold: UInt8,
                         edge: Int) -> (x: Int, y: Int, width: Int, height: Int) {
        guard w > 2 * edge, h > 2 * edge else { return (x, y, w, h) }
        func column(_ cx: Int) -> Bool { image.inkCount(x: cx, y: y, width: 1, height: h, threshold: threshold) * 10 >= h * 7 }
        func row(_ cy: Int) -> Bool { image.inkCount(x: x, y: cy, width: w, height: 1, threshold: threshold) * 10 >= w * 7 }
        var left = x, right = x + w, top = y, bottom = y + h
        for d in 0..<edge where column(x + d) { left = x + d + 1 }
        for d in 0..<edge where column(x + w - 1 - d) { right = x + w - 1 - d }
        for d in 0..<edge where row(y + d) { top = y + d + 1 }
        for d in 0..<edge where row(y + h - 1 - d) { bottom = y + h - 1 - d }
        return (left, top, right - left, bottom - top)
    }

    /// A cell's image read as a block of text, without rule residue.
    func readBlock(_ crop: GrayImage, dpi: Int, deadline: Deadline) throws(OCRProblem) -> [OCRWord] {
        engine.setImage(crop, dpi: dpi)
        return try engine.recognize(pageSegMode: PSM_SINGLE_BLOCK, deadlineMilliseconds: try deadline.remaining())
            .filter { !Self.isRuleResidue($0.text) }
    }

    /// Mean confidence of words, weighted by their length; 0 for none.
    static func meanConfidence(_ words: [OCRWord]) -> Double {
        var sum = 0.0, n = 0
        for w in words {
            let k = w.text.unicodeScalars.count
            sum += w.confidence * Double(k)
            n += k
        }
        return n == 0 ? 0 : sum / Double(n)
    }

    /// A number cell's value by vote of up to three readings: the first one (if it is a number),
    /// digits only, and digits only with the contrast stretched (pale print loses strokes; a
    /// stretched `8` can also read as `9`). The value most readings give wins, ties going to the
    /// most confident; its confidence is the best of the readings that agree, and below the
    /// uncertainty threshold when another reading disagrees.
    func vote(first: CellText?, crop: GrayImage, ink: (x: Int, y: Int, width: Int, height: Int), dpi: Int,
              deadline: Deadline) throws(OCRProblem) -> (text: String, confidence: Double, votes: Int)? {
        var readings: [(text: String, confidence: Double)] = []
        if let first, Self.readsAsNumber(first.text), let c = first.confidence { readings.append((first.text, c)) }
        if let plain = try rereadDigits(crop, ink: ink, dpi: dpi, deadline: deadline) { readings.append(plain) }
        if let stretched = try rereadDigits(crop.contrastStretched(), ink: ink, dpi: dpi, deadline: deadline) { readings.append(stretched) }
        guard !readings.isEmpty else { return nil }
        var groups: [String: [(text: String, confidence: Double)]] = [:]
        for r in readings { groups[NumberText.valueNumber(r.text)?.number ?? r.text, default: []].append(r) }
        var ranked = groups.values.sorted {
            ($0.count, $0.map(\.confidence).max()!) > ($1.count, $1.map(\.confidence).max()!)
        }
        // A reading far surer than every other outweighs their number (measured: a pale `15`
        // read as `45` twice with confidence 65, and as `15` with 96 once stretched).
        if let sure = readings.max(by: { $0.confidence < $1.confidence }), sure.confidence >= 90,
           readings.allSatisfy({ $0.text == sure.text || $0.confidence <= sure.confidence - 15 }) {
            ranked.sort { a, _ in a.contains { $0.text == sure.text } }
        }
        let best = ranked[0]
        var confidence = best.map(\.confidence).max()!
        if ranked.count > 1 { confidence = min(confidence, options.uncertainBelow - 1) }
        return (best[0].text, confidence, best.count)
    }

    /// A cell read again, digits only: as a line, else as a word, else (narrow ink) as one character.
    func rereadDigits(_ crop: GrayImage, ink: (x: Int, y: Int, width: Int, height: Int), dpi: Int,
                      deadline: Deadline) throws(OCRProblem) -> (text: String, confidence: Double)? {
        engine.setImage(crop, dpi: dpi)
        var modes = [PSM_SINGLE_LINE, PSM_SINGLE_WORD]
        if ink.width <= ink.height * 3 / 2 { modes.append(PSM_SINGLE_CHAR) }
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
        text.unicodeScalars.allSatisfy { $0 == "|" || $0 == "丨" }
    }

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

    /// A printed null: `—`, `-`, `/`, `无`.
    static func isNullMarker(_ text: String) -> Bool {
        ["—", "——", "-", "--", "/", "／", "无", "－", "一"].contains(text)
    }

    /// Mostly digits: a value cell, perhaps misread.
    static func looksNumeric(_ text: String) -> Bool {
        let scalars = text.unicodeScalars.filter { $0 != " " }
        guard !scalars.isEmpty, scalars.count <= 12 else { return false }
        let digits = scalars.filter(ScalarClass.isASCIIDigit).count
        return Double(digits) >= 0.5 * Double(scalars.count) && !scalars.contains(where: ScalarClass.isHan)
    }
}

extension Substring {
    func replacingUnderscores() -> String { String(map { $0 == "_" ? "-" : $0 }) }
}
