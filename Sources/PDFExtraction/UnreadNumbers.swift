import DocumentModel

/// Numbers of a table without rules that tesseract's layout left out. A row's values set between
/// its label's two lines (`（二）部分公开（区分处理的，只计这一` / `情形，不计其他情形）` with
/// `6 0 0 0 0 0 6` between them, scanned at 200 dpi) can come back as no word at all: the row
/// was then not seen, and its seven cells were lost. Within a table found without rules, ink
/// that no word covers, in blobs a number's size lying in the columns of the table's numbers,
/// two or more side by side on a line with no Chinese over the values, stands for such a row: it
/// is given to the search for rows as words read as nothing (`unreadMark`), a row of misread
/// numbers, whose cells are then read one by one. Rows set tight can come back as words several
/// lines tall over the values (`Sess.` over four columns of 3.其他 and （七）总计, `人` over three
/// rows and their labels, 上海市科委's page printed without rules, scanned at 240 dpi): such a
/// word hides no ink, and where two rows of ink or more lie within it, they are its rows and it
/// is dropped (`superseded`).
extension OCRPageReader {
    /// The text of a word made for ink no word covers: no number, no Chinese.
    static let unreadMark = "?"

    /// Words for ink no word covers within `stacks` (the rules drawn for tables without rules),
    /// in blobs of at most `unreadMaximumWidthInLines` line heights wide, half a line to a line
    /// and a half tall, lying over or under a number read in the same table (not an item number,
    /// `1.`), two or more on one line. A word over the values read more than a line and a half
    /// tall, with no Chinese or its ink run together, covers none; the words within which two
    /// such lines or more were found are `superseded`.
    static func unreadNumbers(in image: GrayImage, words: [OCRWord], stacks: [[RulingLines.Segment]], lineHeight: Int,
                              threshold: UInt8, tuning: OCRTuning) -> (marks: [OCRWord], superseded: [OCRWord]) {
        guard lineHeight > 0 else { return ([], []) }
        var out: [OCRWord] = []
        var superseded: [OCRWord] = []
        let gap = max(2, lineHeight / 3), pad = 2
        for stack in stacks where stack.count >= 2 {
            let x0 = max(0, stack.map(\.along0).min()!), x1 = min(image.width, stack.map(\.along1).max()! + 1)
            let y0 = max(0, stack.map(\.center).min()!), y1 = min(image.height, stack.map(\.center).max()! + 1)
            guard x1 - x0 > lineHeight, y1 - y0 > lineHeight else { continue }
            let inside = words.filter { $0.right >= x0 && $0.left < x1 && $0.bottom >= y0 && $0.top < y1 }
            let numbers = inside.filter { readsAsNumber($0.text) && !$0.text.hasSuffix(".") }
            // The values' side of the table: from where lines of three numbers or more start (the
            // median of their first numbers), less a line; labels' ink left of it is not looked at.
            func sameLine(_ a: OCRWord, _ b: OCRWord) -> Bool { abs((a.top + a.bottom) - (b.top + b.bottom)) <= lineHeight }
            let starts = numbers.filter { n in numbers.filter { sameLine($0, n) && $0.left >= n.left }.count >= 3
                && !numbers.contains { sameLine($0, n) && $0.left < n.left } }.map(\.left).sorted()
            guard !starts.isEmpty else { continue }
            let valuesLeft = max(x0, starts[starts.count / 2] - lineHeight)
            // Words over the values read several lines tall: lines run together (no Chinese, or
            // Chinese far wider than its characters), read as one.
            let tall = inside.filter { w in
                2 * (w.bottom - w.top) > 3 * lineHeight && (w.left + w.right) / 2 > valuesLeft
                    && (!w.text.unicodeScalars.contains(where: ScalarClass.isHan) || inkRunTogether(w, tuning: tuning))
            }
            func isTall(_ w: OCRWord) -> Bool { tall.contains { $0.hasBox(of: w) } }
            // Lines with Chinese over the values (a header) are no rows of numbers; a label's last
            // character reaching past that edge (`信` of a label set against its values) is not over them.
            let chinese = inside.filter { ($0.left + $0.right) / 2 > valuesLeft && $0.text.unicodeScalars.contains(where: ScalarClass.isHan) && !isTall($0) }
            // Ink no word covers, row by row of the stretch.
            let w = x1 - x0, h = y1 - y0
            var free = [Bool](repeating: false, count: w * h)
            image.pixels.withUnsafeBufferPointer { p in
                for y in y0..<y1 {
                    for x in valuesLeft..<x1 where p[y * image.width + x] <= threshold { free[(y - y0) * w + (x - x0)] = true }
                }
            }
            for word in inside where !isTall(word) {
                for y in max(y0, word.top - pad)..<min(y1, word.bottom + pad + 1) {
                    for x in max(x0, word.left - pad)..<min(x1, word.right + pad + 1) { free[(y - y0) * w + (x - x0)] = false }
                }
            }
            let perRow = (0..<h).map { y in (0..<w).reduce(0) { $0 + (free[y * w + $1] ? 1 : 0) } }
            var found: [(top: Int, bottom: Int, marks: [OCRWord])] = []
            var y = 0
            while y < h {
                guard perRow[y] >= 2 else { y += 1; continue }
                var end = y
                while end < h && perRow[end] >= 2 { end += 1 }
                defer { y = end }
                let height = end - y
                guard 2 * height >= lineHeight, 2 * height <= 3 * lineHeight,
                      !chinese.contains(where: { $0.bottom > y0 + y && $0.top < y0 + end }) else { continue }
                // Blobs: columns with free ink, apart by `gap` or more.
                let inked = (0..<w).map { x in (y..<end).contains { free[$0 * w + x] } }
                var blobs: [(left: Int, right: Int)] = []
                var x = 0
                while x < w {
                    guard inked[x] else { x += 1; continue }
                    var right = x
                    var blank = 0
                    var k = x
                    while k < w && blank < gap {
                        if inked[k] { right = k; blank = 0 } else { blank += 1 }
                        k += 1
                    }
                    blobs.append((x, right))
                    x = right + gap
                }
                let kept = blobs.filter { b in
                    let ink = (y..<end).reduce(0) { s, yy in s + (b.left...b.right).filter { free[yy * w + $0] }.count }
                    return b.right - b.left + 1 <= Int(tuning.unreadMaximumWidthInLines * Double(lineHeight)) && ink >= lineHeight
                        && numbers.contains { $0.left <= x0 + b.right && $0.right >= x0 + b.left }
                }
                guard kept.count >= 2 else { continue }
                found.append((y0 + y, y0 + end - 1, kept.enumerated().map { k, b in
                    OCRWord(text: unreadMark, left: x0 + b.left, top: y0 + y, right: x0 + b.right, bottom: y0 + end - 1,
                            confidence: 0, startsLine: k == 0)
                }))
            }
            // Within a word read several lines tall, two lines of ink or more are its rows; one
            // alone is the word's own line (a value read with its label's two lines), not taken.
            func lines(within w: OCRWord) -> Int { found.filter { $0.top >= w.top - pad && $0.bottom <= w.bottom + pad }.count }
            let parted = tall.filter { lines(within: $0) >= 2 }
            for line in found {
                let over = tall.filter { $0.bottom >= line.top && $0.top <= line.bottom }
                guard over.allSatisfy({ t in parted.contains { $0.hasBox(of: t) } }) else { continue }
                out += line.marks
            }
            superseded += parted
        }
        return (out, superseded)
    }
}
