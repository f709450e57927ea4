import DocumentModel

/// The columns a table's header prints, for rows whose values leave cells blank.
///
/// A row's values are placed by the columns of the table's complete rows. A table whose every row
/// leaves some cell blank (the 2019 applications table of 上海市政府办公厅: 135 blank cells) has
/// none; read without its rules (a page with no grid, or rules the grid reading could not use),
/// its rows were left unplaced although the page gives every glyph's position. The header above
/// the rows gives the columns instead: each column's header word (`自然人`, `商业企业`, …) spans
/// part of its column, and a value belongs to the one column whose header it overlaps
/// (``ValuePlacer``).
extension TableReader {
    /// For each column, the horizontal extent of its header before the table's first value: one
    /// label whose text is the column's header (or an alias), or the pieces of a header wrapped
    /// in its narrow column (`自然` over `人`, `法律服` over `务机构`: each piece the nearest text
    /// below the one before, overlapping it), labels printed a narrow gap apart split at their
    /// spaces (`自然 商业`: the words of neighbouring columns). Only where positions are points
    /// on a page, every row has the same columns, each column's header is found exactly once (a
    /// header that n columns print, n times) or, printed once, is found in the words between its
    /// neighbours (below), and the extents run left to right without overlapping; nil otherwise.
    /// With the extents, the header's labels.
    func headerExtents(_ matches: [RowMatch]) -> (extents: [ClosedRange<Double>], items: Set<Int>)? {
        guard positionsInPoints, let columns = template.rows.first?.columns, columns.count >= 2,
              template.rows.allSatisfy({ $0.columns.map(\.key) == columns.map(\.key) }),
              let firstValue = matches.compactMap({ $0.valueItems.min() }).min() else { return nil }
        let keys = columns.map { c in Set(([c.header] + c.aliases).map(MatchKey.make)) }
        var labels: [Int] = []
        var i = firstValue - 1
        while i >= 0, firstValue - i <= maximumHeaderItems {
            let item = stream[i]
            if item.kind == .prose || item.kind == .heading { break }
            if item.kind == .label, let x0 = item.x0, let x1 = item.x1, x1 > x0 { labels.append(i) }
            i -= 1
        }
        // The type's em: the median width of the Chinese characters of the labels that are one word.
        let ems = labels.compactMap { k -> Double? in
            let scalars = stream[k].raw.unicodeScalars
            guard !scalars.isEmpty, scalars.allSatisfy(ScalarClass.isCJK) else { return nil }
            return (stream[k].x1! - stream[k].x0!) / Double(scalars.count)
        }.sorted()
        let em = ems.isEmpty ? nil : ems[ems.count / 2]
        var pieces = labels.flatMap { k in
            HeaderPiece.words(of: stream[k].raw, x0: stream[k].x0!, x1: stream[k].x1!, line: stream[k].ref, em: em)
        }
        pieces.sort { ($0.line, $0.x0) < ($1.line, $1.x0) }
        // Each piece's continuation: the nearest piece on a later line that overlaps it by half
        // the narrower of the two, with no piece between them that overlaps it.
        var below = [Int?](repeating: nil, count: pieces.count)
        for (a, p) in pieces.enumerated() {
            below[a] = pieces.indices.first { b in
                pieces[b].line > p.line && pieces[b].overlap(p) >= 0.5 * min(pieces[b].width, p.width)
            }
        }
        var found: [Int: [ClosedRange<Double>]] = [:]
        for start in pieces.indices {
            var chain = [start], text = pieces[start].text
            while true {
                let key = MatchKey.make(text)
                for (c, k) in keys.enumerated() where k.contains(key) {
                    found[c, default: []].append(chain.map { pieces[$0].x0 }.min()!...chain.map { pieces[$0].x1 }.max()!)
                }
                guard chain.count < 4, let next = below[chain.last!] else { break }
                chain.append(next)
                text += pieces[next].text
            }
        }
        // Columns that print the same header (the review table's `结果维持` under each of its
        // three groups) take its extents left to right, one each.
        var placed: [ClosedRange<Double>?] = []
        for c in columns.indices {
            let same = columns.indices.filter { keys[$0] == keys[c] }
            guard let extents = found[c] else {
                // Misread: sought between its neighbours below, if its header is the table's only one so.
                guard same.count == 1 else { return nil }
                placed.append(nil)
                continue
            }
            guard extents.count == same.count, let rank = same.firstIndex(of: c) else { return nil }
            placed.append(extents.sorted { $0.lowerBound < $1.lowerBound }[rank])
        }
        guard placed.contains(where: { $0 != nil }) else { return nil }
        // Columns whose header was misread (`科研机` for 科研机构, `社会公益组40`, `其人` for 其他):
        // the pieces wholly between the found neighbours' extents, gathered into columns where
        // they overlap, one column for each misread header, in order, each sharing half its
        // header's characters or more.
        var c = 0
        while c < placed.count {
            guard placed[c] == nil else { c += 1; continue }
            var end = c
            while end + 1 < placed.count, placed[end + 1] == nil { end += 1 }
            let left = c > 0 ? placed[c - 1]!.upperBound : -Double.infinity
            let right = end + 1 < placed.count ? placed[end + 1]!.lowerBound : Double.infinity
            var gathered: [(extent: ClosedRange<Double>, pieces: [HeaderPiece])] = []
            for piece in pieces.filter({ $0.x0 >= left && $0.x1 <= right }).sorted(by: { $0.x0 < $1.x0 }) {
                if let last = gathered.last, piece.x0 < last.extent.upperBound {
                    gathered[gathered.count - 1] = (last.extent.lowerBound...max(last.extent.upperBound, piece.x1), last.pieces + [piece])
                } else {
                    gathered.append((piece.x0...piece.x1, [piece]))
                }
            }
            guard gathered.count == end - c + 1 else { return nil }
            for (k, g) in gathered.enumerated() {
                let read = Set(g.pieces.sorted { ($0.line, $0.x0) < ($1.line, $1.x0) }.map(\.text).joined().unicodeScalars.filter(ScalarClass.isHan))
                let column = columns[c + k]
                guard ([column.header] + column.aliases).contains(where: { h in
                    let printed = Set(h.unicodeScalars.filter(ScalarClass.isHan))
                    return !printed.isEmpty && 2 * printed.intersection(read).count >= printed.count
                }) else { return nil }
                placed[c + k] = g.extent
            }
            c = end + 1
        }
        var out: [ClosedRange<Double>] = []
        for extent in placed.compactMap({ $0 }) {
            if let last = out.last, extent.lowerBound < last.upperBound { return nil }
            out.append(extent)
        }
        return (out, Set(labels))
    }

    /// How far back from the first value the header is looked for, in stream items.
    var maximumHeaderItems: Int { 200 }
}

/// A word of a header label and where it lies: a label's text split at its spaces, each word's
/// extent estimated from the widths of its characters (a Chinese character one em, others half)
/// and the gaps sharing what is left. The em is the header's (`em`), else the largest that
/// leaves gaps of half an em (narrower ones do not come out as spaces).
struct HeaderPiece {
    var text: String
    var x0: Double
    var x1: Double
    /// The line it lies on (a header may end a page whose next page holds the rows).
    var line: SourceRef

    var width: Double { x1 - x0 }

    func overlap(_ other: HeaderPiece) -> Double { min(x1, other.x1) - max(x0, other.x0) }

    static func words(of raw: String, x0: Double, x1: Double, line: SourceRef, em known: Double? = nil) -> [HeaderPiece] {
        let words = raw.split(whereSeparator: { $0.unicodeScalars.allSatisfy { ScalarClass.isHorizontalSpace($0) } }).map(String.init)
        guard words.count > 1 else { return [HeaderPiece(text: raw, x0: x0, x1: x1, line: line)] }
        let total = words.map(ScalarClass.ems).reduce(0, +)
        let widest = (x1 - x0) / (total + 0.5 * Double(words.count - 1))
        let em = known.map { min($0, widest) } ?? widest
        let gap = ((x1 - x0) - em * total) / Double(words.count - 1)
        var out: [HeaderPiece] = []
        var x = x0
        for w in words {
            let end = x + em * ScalarClass.ems(w)
            out.append(HeaderPiece(text: w, x0: x, x1: end, line: line))
            x = end + gap
        }
        return out
    }
}
