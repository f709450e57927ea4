import DocumentModel

/// Tables of one row of values with no rules: section 四's review table of a web page whose cells
/// have no borders, printed and scanned (`5 2 7 8 1 9` under fifteen columns, most of them blank;
/// or fifteen zeros). A table without rules is found from its rows of values
/// (``unruledStacks(_:tuning:)``), at least three; a table of one row is not, and tesseract reads
/// it as prose: its header as one word over the whole width, its values run together (`T'8` for
/// `7` and `8`) and nothing says which columns the blank cells are. The row's header, read
/// column by column (``unruledHeader(above:words:lineHeight:image:threshold:dpi:deadline:)``),
/// gives its columns; the row is then read cell by cell, as a ruled table's.
///
/// Such a row is a line of three numbers or more, mostly numbers, with no label (a row with a
/// label and nothing around it is prose's, or a table's too short to be found), under a header
/// whose columns hold each of its numbers under one column, or a number run together under as
/// many as its digits (`00` for the zeros of two close columns).
extension OCRPageReader {
    /// The grids of the one-row tables among `words` (words of no other table), each with its
    /// header: its line, read column by column, and the boxes of the prose it replaces.
    func oneRowTables(_ words: [OCRWord], lineHeight: Int, image: GrayImage, threshold: UInt8, dpi: Int, tolerance: Int,
                      deadline: Deadline) throws(OCRProblem) -> [(grid: TableGrid, header: PixelLine, boxes: [(x0: Int, y0: Int, x1: Int, y1: Int)])] {
        guard lineHeight > 0 else { return [] }
        var out: [(grid: TableGrid, header: PixelLine, boxes: [(x0: Int, y0: Int, x1: Int, y1: Int)])] = []
        for line in Self.textLines(words) {
            guard Self.loneRowOfValues(line) else { continue }
            let top = line.map(\.top).min()!, bottom = line.map(\.bottom).max()!
            let left = line.map(\.left).min()! - lineHeight
            // As wide as the lines above it (its header's blank columns reach past its last value).
            let above = words.filter { $0.bottom <= top && $0.bottom >= top - Int(tuning.unruledHeaderMaximumLines * Double(lineHeight)) }
            let right = max(line.map(\.right).max()!, above.map(\.right).max() ?? 0) + lineHeight / 2
            let margin = lineHeight / 4
            let across = [top - margin, bottom + margin].map { RulingLines.Segment(across0: $0, across1: $0, along0: left, along1: right) }
            // A grid of one cell first, for the header to be sought over.
            let whole = TableGrid.grid(across, [], tolerance: tolerance)
            guard let header = try unruledHeader(above: whole, words: words, lineHeight: lineHeight, image: image,
                                                 threshold: threshold, dpi: dpi, deadline: deadline, valuesRunTogether: true) else { continue }
            // The cells: the header's columns, edges midway between them.
            let edges = Self.edges(between: header.columns, left: left, tolerance: tolerance)
            let widened = across.map { r in
                var r = r
                r.along1 = max(r.along1, header.columns.last!.x1 + lineHeight / 2)
                return r
            }
            // No edge before the first column: nothing lies before it.
            let vertical = edges.x.dropFirst().map { RulingLines.Segment(across0: $0, across1: $0, along0: top - margin, along1: bottom + margin) }
            out.append((TableGrid.grid(widened, Array(vertical), tolerance: tolerance), header.line, header.boxes))
        }
        return out
    }

    /// Whether a line of prose is a row of values with no label: three numbers or more, at least
    /// as many numbers as other words (`5 2 了 Ly -- 9`), and the others short, none Chinese
    /// (numbers misread: `oOo`, `T'8`; not a page read upside down, its table's numbers beside its
    /// labels' garbage) but lone Chinese characters, one for three numbers or more (`人`, `性`
    /// among fifteen zeros; `了` among three numbers; not a date's `年`, `月`, `日`).
    /// Among four numbers or more for each of them, digits and punctuation of any length are
    /// numbers misread too (`0530` and `=30:5` among thirteen zeros).
    static func loneRowOfValues(_ line: [OCRWord]) -> Bool {
        let numbers = line.filter { readsAsNumber($0.text) }.count
        func loneHan(_ w: OCRWord) -> Bool { w.text.unicodeScalars.count == 1 && w.text.unicodeScalars.allSatisfy(ScalarClass.isHan) }
        let manyNumbers = 4 * (line.count - numbers) <= numbers
        return numbers >= 3 && 2 * numbers >= line.count && 3 * line.filter(loneHan).count <= numbers
            && line.allSatisfy { readsAsNumber($0.text) || loneHan($0)
                || $0.text.unicodeScalars.count <= 3 && !$0.text.unicodeScalars.contains(where: ScalarClass.isHan)
                || manyNumbers && $0.text.unicodeScalars.allSatisfy { !$0.properties.isAlphabetic } }
    }
}

extension OCRPageReader {
    /// `words` with each row of values with no label (``loneRowOfValues(_:)``) made whole: the
    /// numbers at its height that tesseract's layout set on lines of their own (a line of
    /// numbers only, each number's middle within the row's height and clear of its words), and
    /// those it left out and found again (`found`, ``droppedNumbers(in:words:outside:lineHeight:threshold:dpi:deadline:)``),
    /// join its line. A review row of fifteen zeros came back as twelve on one line, one on a line
    /// of its own and two read only from the ink left over; with its header unread, twelve
    /// values for fifteen columns were placed nowhere. Found numbers that join no such row are
    /// left out (a number found nowhere near a table is not set into prose). Words within
    /// `grids` are no row's.
    static func joiningRowsOfValues(_ words: [OCRWord], found: [OCRWord], outside grids: [TableGrid]) -> [OCRWord] {
        // Lines of the words outside the grids, as indices into `words`.
        var lines: [[Int]] = []
        for i in words.indices where !grids.contains(where: { $0.contains(words[i]) }) {
            if words[i].startsLine || lines.isEmpty { lines.append([i]) } else { lines[lines.count - 1].append(i) }
        }
        var joined: [Int: [OCRWord]] = [:]   // last index of a row -> the words joining it
        var moved = Set<Int>()
        var foundLeft = found
        for line in lines where !moved.contains(line[0]) && loneRowOfValues(line.map { words[$0] }) {
            let row = line.map { words[$0] }
            let top = row.map(\.top).min()!, bottom = row.map(\.bottom).max()!
            var taken = row
            func fits(_ w: OCRWord) -> Bool {
                let middle = (w.top + w.bottom) / 2
                return middle >= top && middle <= bottom && !taken.contains { $0.left <= w.right && w.left <= $0.right }
            }
            var adding: [OCRWord] = []
            for other in lines where other != line && !moved.contains(other[0]) {
                let ws = other.map { words[$0] }
                guard ws.allSatisfy({ readsAsNumber($0.text) && fits($0) }) else { continue }
                adding += ws
                taken += ws
                moved.formUnion(other)
            }
            for (k, w) in foundLeft.enumerated().reversed() where readsAsNumber(w.text) && fits(w) {
                adding.append(w)
                taken.append(w)
                foundLeft.remove(at: k)
            }
            if !adding.isEmpty { joined[line.last!] = adding.map { w in var w = w; w.startsLine = false; return w } }
        }
        guard !joined.isEmpty else { return words }
        var out: [OCRWord] = []
        for i in words.indices where !moved.contains(i) {
            out.append(words[i])
            out += joined[i] ?? []
        }
        return out
    }
}
