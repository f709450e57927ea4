import DocumentModel

/// Groups a page's glyphs into lines and cells by position, the way a reader sees them: glyphs
/// whose vertical extents overlap are one line, read left to right; a gap wider than about a
/// character (`cellGapEm`, smaller between digits) separates cells. Poppler's own line order is not
/// used: in ruled tables it glues cells together (`予以公开4859708192103114`).
struct LineBuilder {
    var options: PDFExtractionOptions
    /// The em of the page's type as a share of the size poppler reports (``emScale(_:)``), set
    /// per page: the same for the whole page and for each cell of it read alone.
    var emScale = 1.0

    func lines(from glyphs: [PageGlyph], page: Int) -> [Line] {
        // Drop whitespace, remembering where poppler saw a word break.
        var visible: [(glyph: PageGlyph, spaceBefore: Bool)] = []
        visible.reserveCapacity(glyphs.count)
        var space = false
        for g in glyphs {
            if ScalarClass.isHorizontalSpace(g.scalar) || g.scalar.value < 0x20 { space = true; continue }
            guard g.x1 >= g.x0, g.y1 > g.y0 else { continue }
            visible.append((g, space))
            space = false
        }
        guard !visible.isEmpty else { return [] }
        // Where the reported sizes are not the drawn ones (Chromium), the boxes are as inflated
        // (the font's line height at twice the size, 2.6 em): each is cut to one em about its
        // centre, the height of a Chinese character's ink, or header lines less than a line apart
        // overlap and run together into one.
        if emScale < 1 {
            for i in visible.indices {
                var g = visible[i].glyph
                let em = g.fontSize * emScale
                guard em > 0, g.y1 - g.y0 > em else { continue }
                let cy = (g.y0 + g.y1) / 2
                g.y0 = cy - em / 2
                g.y1 = cy + em / 2
                visible[i].glyph = g
            }
        }

        // Bands of vertically overlapping glyphs, top to bottom.
        let order = visible.indices.sorted {
            let a = visible[$0].glyph, b = visible[$1].glyph
            return (a.y0 + a.y1) < (b.y0 + b.y1) || ((a.y0 + a.y1) == (b.y0 + b.y1) && a.x0 < b.x0)
        }
        // A band is compared by the mean extent of its glyphs, not their union: a union grows
        // with every glyph and chains lines of neighbouring table rows together through a
        // vertically centred label between them.
        var bands: [(y0: Double, y1: Double, sum0: Double, sum1: Double, members: [Int])] = []
        for i in order {
            let g = visible[i].glyph
            if var last = bands.last {
                let n = Double(last.members.count)
                let m0 = last.sum0 / n, m1 = last.sum1 / n
                let overlap = min(m1, g.y1) - max(m0, g.y0)
                let smaller = min(m1 - m0, g.y1 - g.y0)
                if overlap >= options.lineOverlap * smaller {
                    last.members.append(i)
                    last.y0 = min(last.y0, g.y0)
                    last.y1 = max(last.y1, g.y1)
                    last.sum0 += g.y0
                    last.sum1 += g.y1
                    bands[bands.count - 1] = last
                    continue
                }
            }
            bands.append((g.y0, g.y1, g.y0, g.y1, [i]))
        }

        var lines: [Line] = []
        for (n, band) in bands.enumerated() {
            let members = band.members.sorted { visible[$0].glyph.x0 < visible[$1].glyph.x0 }
            let letterSpaced = Self.isLetterSpaced(members.map { visible[$0].glyph })
            var spans: [Span] = []
            var text = String.UnicodeScalarView()
            var x0 = 0.0, x1 = 0.0
            var previous: PageGlyph? = nil
            var sizes: [Double] = []
            for m in members {
                let (g, spaceBefore) = visible[m]
                sizes.append(g.fontSize)
                if let p = previous {
                    let em = max(p.fontSize * emScale, g.fontSize * emScale, 1)
                    let gap = g.x0 - p.x1
                    let bothDigits = ScalarClass.isASCIIDigit(p.scalar) && ScalarClass.isASCIIDigit(g.scalar)
                    if !letterSpaced && gap > (bothDigits ? options.digitGapEm : options.cellGapEm) * em {
                        spans.append(Span(text: String(text), x0: x0, x1: x1))
                        text = String.UnicodeScalarView()
                        x0 = g.x0
                    } else if spaceBefore || gap > 0.25 * em {
                        text.append(" ")
                    }
                } else {
                    x0 = g.x0
                }
                text.append(g.scalar)
                x1 = max(x1, g.x1)
                previous = g
            }
            if !text.isEmpty { spans.append(Span(text: String(text), x0: x0, x1: x1)) }
            sizes.sort()
            lines.append(Line(spans: spans, ref: SourceRef(page: page, line: n + 1), y0: band.y0, y1: band.y1,
                              fontSize: sizes.isEmpty ? nil : sizes[sizes.count / 2]))
        }
        return lines
    }

    /// The em of the page's type as a share of the font size poppler reports: the median width of
    /// its Chinese characters (each one em wide) over their font size. Chromium's prints report
    /// twice the size their glyphs are drawn at (24 for 12-point type: the text matrix halves
    /// it), so gaps measured in reported sizes were half as wide as they look, and header words a
    /// character apart (`商业 科研 社会公`) ran together into one cell. 1 where the page has no
    /// Chinese characters, or where they are as wide as their size.
    static func emScale(_ glyphs: [PageGlyph]) -> Double {
        var shares: [Double] = []
        for g in glyphs where ScalarClass.isHan(g.scalar) && g.fontSize > 0 && g.x1 > g.x0 {
            shares.append((g.x1 - g.x0) / g.fontSize)
            if shares.count >= 2000 { break }
        }
        guard shares.count >= 8 else { return 1 }
        shares.sort()
        let median = shares[shares.count / 2]
        return median >= 0.9 ? 1 : max(0.3, median)
    }

    /// A line of Chinese set with wide, even spacing (`年 度 报 告`): one run of text, not cells.
    /// Lines with digits never are (evenly spaced one-digit values are cells), nor lines spaced
    /// wider than two characters.
    static func isLetterSpaced(_ glyphs: [PageGlyph]) -> Bool {
        guard glyphs.count >= 4, glyphs.allSatisfy({ ScalarClass.isHan($0.scalar) || ScalarClass.isCJKPunctuation($0.scalar) }) else {
            return false
        }
        let gaps = zip(glyphs, glyphs.dropFirst()).map { $1.x0 - $0.x1 }
        let mean = gaps.reduce(0, +) / Double(gaps.count)
        // Not wider than two characters (each one em wide): a row of one-character headings of
        // evenly spaced columns (`持 正 果 结 计`, 2.3 em apart) is cells.
        let widths = glyphs.map { $0.x1 - $0.x0 }.sorted()
        guard mean > 0, mean <= 2 * widths[widths.count / 2] else { return false }
        return gaps.allSatisfy { abs($0 - mean) <= 0.25 * mean + 0.5 }
    }
}
