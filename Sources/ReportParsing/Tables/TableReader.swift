import DocumentModel

/// Reads one template table from the stream, by its row labels.
///
/// Walks the stream from `start`: labels accumulate until values arrive; the accumulated labels
/// name the row (the template row, at or after the last one found, whose phrase occurs last in
/// them). Labels that name no row (wrapped label tails, header words) are skipped; prose and
/// headings reset the labels. Rows are therefore found in any layout that keeps a row's label
/// before its values, whatever the extract did to the grid. Column-ordered extracts, where the
/// labels of several rows come before all their values, go to ``ColumnOrderedDecoder``.
struct TableReader {
    let template: TableTemplate
    /// The variant chosen for each alternative, when known before reading.
    var fixedVariants: [String: String]
    let stream: [StreamItem]
    /// Match keys that end the table when the pending labels contain one (the next table's headers).
    let stopAnchors: [String]
    /// The report's checks over a set of cell values; used to accept or refuse the layout inferred
    /// for a column-ordered extract. Nil for tables without identities.
    var validator: (@Sendable (_ lookup: (String) -> NumberValue??) -> [Check])? = nil
    /// Stream indices by source line, to look at the lines around a row.
    let itemsByLine: [SourceRef: [Int]]
    /// Vertical extents of source lines in points (PDFs and OCR), for the cells' boxes.
    var lineExtents: [SourceRef: LineExtent] = [:]
    /// Lines from one value to the next value of the same row: 1, or 2 in extracts that print a
    /// blank line after every cell (some `pdftotext` outputs), where a blank line separates nothing.
    let cellLineStep: Int

    init(template: TableTemplate, fixedVariants: [String: String], stream: [StreamItem],
         itemsByLine: [SourceRef: [Int]], stopAnchors: [String]) {
        self.template = template
        self.fixedVariants = fixedVariants
        self.stream = stream
        self.itemsByLine = itemsByLine
        self.stopAnchors = stopAnchors
        self.cellLineStep = Self.cellLineStep(stream)
    }

    /// Values on lines right after each other never, and a blank line apart at least
    /// `blankSeparatedMinimum` times: every cell is followed by a blank line.
    static func cellLineStep(_ stream: [StreamItem]) -> Int {
        var adjacent = 0, oneBlankApart = 0
        var previous: SourceRef? = nil
        for item in stream where item.isValueLike && item.field == nil {
            defer { previous = item.ref }
            guard let p = previous, p.page == item.ref.page else { continue }
            if item.ref.line == p.line + 1 { adjacent += 1 }
            if item.ref.line == p.line + 2 { oneBlankApart += 1 }
        }
        return adjacent == 0 && oneBlankApart >= blankSeparatedMinimum ? 2 : 1
    }

    static let blankSeparatedMinimum = 20

    struct Result {
        var cells: [String: CellRecord] = [:]
        var rowsFound: Set<Int> = []
        var warnings: [ReportWarning] = []
        /// Stream items the table used (labels and values).
        var consumed: Set<Int> = []
        /// Where reading stopped because a stop anchor was seen (the first pending label), if it did.
        var stopIndex: Int?
        /// Variants shown by the source.
        var variantsSeen: [String: String] = [:]
        var anyValue = false
    }

    func read(from start: Int, to end: Int) -> Result {
        var result = Result()
        var matches: [RowMatch] = []
        var next = 0
        var pending: [Int] = []
        var current: RowMatch? = nil
        var lastRowKey: String? = nil
        var matched = Set<Int>()
        let anchors = stopAnchors.map { Array($0.unicodeScalars) }

        func closeCurrent() {
            if let c = current { matches.append(c) }
            current = nil
        }

        var i = start
        scan: while i < end {
            let item = stream[i]
            switch item.kind {
            case .prose, .heading:
                pending.removeAll()
                closeCurrent()
            case .label:
                // Text in a field of the row whose values are being read (`〇`, `一`, `5*`,
                // `（3）`) is a cell of that row: it keeps its column (``tabFields``), and names
                // no row.
                if item.field != nil, let c = current, let last = c.runs.last?.last, stream[last].group == item.group {
                    break
                }
                pending.append(i)
                let text = Array(pending.map { stream[$0].key }.joined().unicodeScalars)
                if anchors.contains(where: { PhraseSearch.contains(text, $0) }) {
                    // The first pending label that is part of the anchor starts the next table.
                    result.stopIndex = pending.first
                    break scan
                }
            case .empty:
                // A table row of tab fields whose label names one template row and whose fields
                // are all empty is that row, printed blank: it must not lend its label to the next
                // row's values.
                guard !pending.isEmpty, stream[pending.last!].group == item.group,
                      i + 1 == end || stream[i + 1].group != item.group else { break }
                var lo = i
                while lo > start, stream[lo - 1].group == item.group { lo -= 1 }
                let rowItems = lo...i
                guard rowItems.allSatisfy({ stream[$0].kind == .label || stream[$0].kind == .empty }),
                      let lastLabel = rowItems.last(where: { stream[$0].kind == .label }) else { break }
                let fields = Array((lastLabel + 1)...i)
                let named = identify(pending, from: next, lastRowKey: lastRowKey)
                guard named.rows.count == 1, let r = named.rows.first, fields.count >= template.rows[r].columns.count,
                      pending.contains(where: { stream[$0].group == item.group && named.labels[r] != nil }) else { break }
                closeCurrent()
                var m = RowMatch(rows: named.rows, labelItems: pending)
                m.labels = named.labels
                m.header = named.header
                m.lastPhraseRow = named.last
                m.runs = [fields]
                m.runAfterLabels = [false]
                m.valueItems = fields
                matches.append(m)
                next = r + 1
                lastRowKey = template.rows[r].key
                matched.insert(r)
                pending.removeAll()
            case .value, .blank:
                var interleaved = false
                if !pending.isEmpty {
                    let named = identify(pending, from: next, lastRowKey: lastRowKey)
                    if !named.rows.isEmpty {
                        closeCurrent()
                        var m = RowMatch(rows: named.rows, labelItems: pending)
                        m.labels = named.labels
                        m.header = named.header
                        m.lastPhraseRow = named.last
                        current = m
                        next = (named.rows.max() ?? next) + 1
                        lastRowKey = template.rows[named.rows.max()!].key
                        matched.formUnion(named.rows)
                    } else if let back = identifyEarlier(pending, before: next, excluding: matched) {
                        // Extracts that move a page's loose lines before its tables print a row
                        // out of order: an earlier row not yet found, by its exact phrase.
                        closeCurrent()
                        var m = RowMatch(rows: [back], labelItems: pending)
                        m.labels = [back: pending.suffix(3).map { stream[$0].text }.joined()]
                        m.lastPhraseRow = back
                        current = m
                        matched.insert(back)
                    } else if item.field != nil || item.centerX != nil, pending.contains(where: { stream[$0].ref == item.ref }) {
                        // A label on the values' line that names no row: a row whose label was
                        // misread; which one is decided by its neighbours (``nameByPosition``).
                        closeCurrent()
                        var m = RowMatch(rows: [], labelItems: pending)
                        m.unnamed = true
                        current = m
                    } else if current != nil {
                        current!.interleavedLabels.append(pending)
                        interleaved = true
                    }
                    pending.removeAll()
                }
                guard current != nil else {
                    result.warnings.append(ReportWarning(
                        code: "value-without-row",
                        message: "value \"\(item.raw)\" in the \(template.key) table follows no known row label; not used",
                        ref: item.ref))
                    break
                }
                let newRun = current!.runs.isEmpty || interleaved || stream[current!.runs.last!.last!].group != item.group
                if newRun {
                    current!.runs.append([i])
                    current!.runAfterLabels.append(interleaved)
                } else {
                    current!.runs[current!.runs.count - 1].append(i)
                }
                current!.valueItems.append(i)
            }
            i += 1
        }
        closeCurrent()
        nameByPosition(&matches, into: &result)
        place(matches, into: &result)
        return result
    }

    /// Unnamed rows between two found rows with exactly one template row between them, not found
    /// elsewhere, and one row's worth of values: that row, with a warning. Others are dropped
    /// with their values, named in a warning.
    func nameByPosition(_ matches: inout [RowMatch], into result: inout Result) {
        guard matches.contains(where: \.unnamed) else { return }
        let found = Set(matches.filter { !$0.unnamed }.flatMap(\.rows))
        var variants: [String: String] = [:]
        for r in found {
            if let alt = template.rows[r].alternative, let v = template.rows[r].variant { variants[alt] = v }
        }
        var kept: [RowMatch] = []
        for (k, m) in matches.enumerated() {
            guard m.unnamed else { kept.append(m); continue }
            let before = matches[..<k].last { !$0.unnamed && !$0.rows.isEmpty }?.rows.max()
            let after = matches[(k + 1)...].first { !$0.unnamed && !$0.rows.isEmpty }?.rows.min()
            let values = m.runs.first.map { run in run.filter { stream[$0].kind != .empty }.count } ?? 0
            let label = m.labelItems.map { stream[$0].text }.joined()
            // The rows between the neighbours, of the variants the table shows.
            let between = (before.map { $0 + 1 } ?? 0)..<max(before.map { $0 + 1 } ?? 0, after ?? 0)
            let candidates = between.filter { r in
                let row = template.rows[r]
                guard let alt = row.alternative else { return true }
                guard let shown = fixedVariants[alt] ?? variants[alt] else { return true }
                return shown == row.variant
            }
            if let a = before, let c = after, candidates.count == 1, let r = candidates.first, !found.contains(r),
               m.runs.count == 1, values == template.rows[r].columns.count {
                var named = m
                named.rows = [r]
                named.labels = [r: label]
                named.lastPhraseRow = r
                kept.append(named)
                result.warnings.append(ReportWarning(code: "row-named-by-position",
                    message: "row \(template.rows[r].label) of the \(template.key) table: its label reads \"\(label)\"; identified by its place between rows \(template.rows[a].label) and \(template.rows[c].label)",
                    paths: template.rowPaths[r], ref: stream[m.labelItems[0]].ref))
            } else {
                let raws = m.valueItems.filter { stream[$0].kind != .empty }.map { stream[$0].raw }
                result.consumed.formUnion(m.labelItems)
                result.warnings.append(ReportWarning(code: "value-without-row",
                    message: "values \(raws.joined(separator: " ")) in the \(template.key) table follow a label that names no row (\"\(label)\"); not used",
                    ref: stream[m.labelItems[0]].ref))
            }
        }
        matches = kept
    }

    /// Gapped matching is tried only on short label runs (a row's own label and the group label
    /// fragments beside it), never on the long runs of column-ordered extracts.
    static let gappedMatchMaxLabelLength = 60

    /// A label cut short names a row when at least this many characters of its start remain.
    static let minimumLabelStart = 5

    /// Which template rows the pending labels name.
    /// An earlier row, not yet found, that the pending labels name by one of its exact phrases
    /// (the last one in them when several do).
    func identifyEarlier(_ pending: [Int], before next: Int, excluding found: Set<Int>) -> Int? {
        let text = Array(pending.map { stream[$0].key }.joined().unicodeScalars)
        var best: (row: Int, position: Int)? = nil
        for r in 0..<min(next, template.rows.count) where !found.contains(r) {
            let row = template.rows[r]
            if let alt = row.alternative, let v = fixedVariants[alt], v != row.variant { continue }
            for phrase in row.phrases {
                if let p = PhraseSearch.lastOffset(of: Array(phrase.unicodeScalars), in: text), p >= (best?.position ?? -1) {
                    best = (r, p)
                }
            }
        }
        return best?.row
    }

    func identify(_ pending: [Int], from next: Int, lastRowKey: String?) -> (rows: [Int], labels: [Int: String], header: [Int], last: Int?) {
        var text: [Unicode.Scalar] = []
        var owner: [Int] = []       // pending index owning each scalar
        for (k, idx) in pending.enumerated() {
            for s in stream[idx].key.unicodeScalars {
                text.append(s)
                owner.append(k)
            }
        }
        var hits: [(row: Int, position: Int)] = []
        for r in next..<template.rows.count {
            let row = template.rows[r]
            if let alt = row.alternative, let v = fixedVariants[alt], v != row.variant { continue }
            var best: Int? = nil
            for phrase in row.phrases {
                if let p = PhraseSearch.lastOffset(of: Array(phrase.unicodeScalars), in: text) { best = max(best ?? p, p) }
            }
            if best == nil && text.count <= Self.gappedMatchMaxLabelLength {
                // Long phrases also match with a few foreign characters inside (interleaved fragments).
                for phrase in row.phrases where phrase.unicodeScalars.count >= 5 {
                    if let p = PhraseSearch.lastGappedOffset(of: Array(phrase.unicodeScalars), in: text) { best = max(best ?? p, p) }
                }
            }
            if best == nil, let last = lastRowKey, row.looseAfter.contains(last),
               let p = PhraseSearch.lastOffset(of: Array("总计".unicodeScalars), in: text) {
                best = p
            }
            if let best { hits.append((r, best)) }
        }
        // A label read by OCR with a character or two wrong (`了政强制`): the one row whose phrase
        // it nearly spells, one wrong character in four.
        if hits.isEmpty && pending.contains(where: { stream[$0].confidence != nil }) && text.count <= Self.gappedMatchMaxLabelLength {
            var near: [(row: Int, position: Int)] = []
            for r in next..<template.rows.count {
                let row = template.rows[r]
                if let alt = row.alternative, let v = fixedVariants[alt], v != row.variant { continue }
                var best: Int? = nil
                for phrase in row.phrases where phrase.unicodeScalars.count >= 4 {
                    let p = Array(phrase.unicodeScalars)
                    if let o = PhraseSearch.lastApproximateOffset(of: p, in: text, maxSubstitutions: p.count / 4) { best = max(best ?? o, o) }
                }
                if let best { near.append((r, best)) }
            }
            if near.count == 1 { hits.append(near[0]) }
        }
        // A label cut short by a page break or a wrap (`1.属于国家秘` / `密`): the longest start of a
        // row's label, at least five characters, that only one row has.
        if hits.isEmpty && text.count <= Self.gappedMatchMaxLabelLength {
            var best: [(row: Int, length: Int, position: Int)] = []
            for r in next..<template.rows.count {
                let core = template.rows[r].core
                guard core.count >= Self.minimumLabelStart else { continue }
                if let alt = template.rows[r].alternative, let v = fixedVariants[alt], v != template.rows[r].variant { continue }
                var k = core.count
                while k >= Self.minimumLabelStart {
                    if let p = PhraseSearch.lastOffset(of: Array(core[0..<k]), in: text) {
                        best.append((r, k, p))
                        break
                    }
                    k -= 1
                }
            }
            if let top = best.map(\.length).max() {
                let winners = best.filter { $0.length == top }
                let starts = Set(winners.map { Array(template.rows[$0.row].core[0..<top]) })
                if winners.count == 1 || starts.count == winners.count && winners.count == 1 {
                    hits.append((winners[0].row, winners[0].position))
                }
            }
        }
        // The printed group label of split rows also names the single row: prefer the split rows.
        let alternativesWithSplit = Set(hits.compactMap { h -> String? in
            let row = template.rows[h.row]
            return row.variant != nil && row.variant != "single" ? row.alternative : nil
        })
        hits.removeAll { h in
            let row = template.rows[h.row]
            return row.variant == "single" && alternativesWithSplit.contains(row.alternative ?? "")
        }
        var labels: [Int: String] = [:]
        for h in hits {
            let k = owner[h.position]
            labels[h.row] = pending[k...].prefix(3).map { stream[$0].text }.joined()
        }
        // Labels after the last row's label: column headers of the first block, in column-ordered extracts.
        var header: [Int] = []
        if let lastHit = hits.max(by: { $0.position < $1.position }) {
            let row = template.rows[lastHit.row]
            let phraseEnd = row.phrases.compactMap { p -> Int? in
                PhraseSearch.lastOffset(of: Array(p.unicodeScalars), in: text).map { $0 + p.unicodeScalars.count - 1 }
            }.max() ?? lastHit.position
            let k = owner[min(phraseEnd, owner.count - 1)]
            header = Array(pending[(k + 1)...])
        }
        return (hits.map(\.row).sorted(), labels, header, hits.max(by: { $0.position < $1.position })?.row)
    }

    /// Turns the matches into cells: one row per match in row order, several rows per match in
    /// column-ordered extracts.
    func place(_ matches: [RowMatch], into result: inout Result) {
        // Column grids, by column count, from complete positioned runs.
        var samples: [Int: [[Double]]] = [:]
        for m in matches where m.rows.count == 1 {
            let n = template.rows[m.rows[0]].columns.count
            guard let run = m.runs.first else { continue }
            let xs = run.filter { stream[$0].kind != .empty }.compactMap { stream[$0].centerX }
            if xs.count == n, run.filter({ stream[$0].kind != .empty }).count == n { samples[n, default: []].append(xs) }
        }
        var grids: [Int: [Double]] = [:]
        for (n, rows) in samples {
            grids[n] = (0..<n).map { c in
                let col = rows.map { $0[c] }.sorted()
                return col[col.count / 2]
            }
        }

        let anchors = fieldAnchors(matches)
        let counts = fieldCounts(matches)

        var ordered: [(match: RowMatch, rows: [Int], candidates: [ColumnOrderedDecoder.Candidate])] = []
        // A full row of values that followed a row's values with no label between them.
        var pendingOrphan: (run: [Int], row: Int)? = nil
        let named = Set(matches.flatMap(\.rows))
        var k = 0
        while k < matches.count {
            let m = matches[k]
            k += 1
            for r in m.rows {
                if let alt = template.rows[r].alternative, let v = template.rows[r].variant { result.variantsSeen[alt] = v }
            }
            result.consumed.formUnion(m.labelItems)
            result.consumed.formUnion(m.valueItems)
            if let orphan = pendingOrphan,
               let chain = shiftedChain(orphan: orphan.run, after: orphan.row, matches: matches, from: k - 1,
                                        found: result.rowsFound) {
                for later in matches[k..<chain.end] {
                    for r in later.rows {
                        if let alt = template.rows[r].alternative, let v = template.rows[r].variant { result.variantsSeen[alt] = v }
                    }
                    result.consumed.formUnion(later.labelItems)
                    result.consumed.formUnion(later.valueItems)
                }
                placeChain(chain, grids: grids, anchors: anchors, counts: counts, into: &result)
                k = chain.end
                pendingOrphan = nil
            } else if m.rows.count == 1, let orphan = pendingOrphan?.run {
                // A whole row of values came before this row's label with no label of its own:
                // the values after this label may be this row's or the next row's.
                leaveShifted(m, row: m.rows[0], orphan: orphan, into: &result)
            } else if m.rows.count == 1 {
                let following = unnamedRows(after: m.rows[0], before: matches[k...].first { !$0.rows.isEmpty }?.rows.min(),
                                            named: named, variants: result.variantsSeen)
                pendingOrphan = placeSingle(m, row: m.rows[0], grids: grids, anchors: anchors, counts: counts,
                                            unnamedFollowing: following, into: &result)
                    .map { ($0, m.rows[0]) }
            } else if let last = m.lastPhraseRow, m.runs.count == 1,
                      m.runs[0].filter({ stream[$0].kind != .empty }).count == template.rows[last].columns.count {
                // Both readings of a shift agree here: the last of several labels in a row gets
                // the one run after them.
                pendingOrphan = nil
                // Several rows named but one row's worth of values right after: the labels of a
                // row whose values were lost (or printed elsewhere) and the row they belong to.
                var single = m
                single.rows = [last]
                placeSingle(single, row: last, grids: grids, anchors: anchors, counts: counts, into: &result)
            } else {
                pendingOrphan = nil
                let rows = m.rows.filter { !result.rowsFound.contains($0) }
                result.rowsFound.formUnion(rows)
                let (blocks, headers) = blocksAndHeaders(m)
                let candidates = ColumnOrderedDecoder.candidates(rows: rows.map { template.rows[$0] }, blocks: blocks,
                                                                 headers: headers, stream: stream, rowSum: template.rowSum) ?? []
                ordered.append((m, rows, candidates))
            }
        }
        if !ordered.isEmpty { resolveColumnOrdered(ordered, into: &result) }
    }

    /// The value blocks of a column-ordered match and the header text printed right before each.
    func blocksAndHeaders(_ m: RowMatch) -> ([[Int]], [String?]) {
        var blocks: [[Int]] = []
        var headers: [String?] = []
        var interleaved = m.interleavedLabels.makeIterator()
        for (k, run) in m.runs.enumerated() {
            let values = run.filter { stream[$0].kind != .empty }
            var header: [Int] = []
            if k == 0 {
                header = m.header
            } else if k < m.runAfterLabels.count, m.runAfterLabels[k], let labels = interleaved.next() {
                header = labels
            }
            if values.isEmpty { continue }
            blocks.append(values)
            headers.append(header.isEmpty ? nil : header.map { stream[$0].key }.joined())
        }
        return (blocks, headers)
    }

    /// Chooses among the tilings of column-ordered groups: a cell is placed when every acceptable
    /// choice agrees on it. A choice is acceptable when the identities it can be checked against all
    /// hold, or, for tables without identities, when every block was anchored by its column header.
    func resolveColumnOrdered(_ groups: [(match: RowMatch, rows: [Int], candidates: [ColumnOrderedDecoder.Candidate])],
                              into result: inout Result) {
        func paths(_ r: Int) -> [String] {
            template.rowPaths[r]
        }
        // Combinations of one candidate per group, bounded.
        var combos: [[Int]] = [[]]
        for g in groups {
            let n = g.candidates.count
            if n == 0 { combos = []; break }
            combos = combos.flatMap { c in (0..<n).map { c + [$0] } }
            // Too many readings to weigh: place nothing rather than pick among a sample.
            if combos.count > 4096 { combos = []; break }
        }
        var decodedPaths = Set<String>()
        for g in groups { for r in g.rows { decodedPaths.formUnion(paths(r)) } }
        var base: [String: NumberValue?] = [:]
        for (p, cell) in result.cells { base[p] = cell.value }
        // Each candidate's cells, once.
        let candidateValues: [[[String: (Int, NumberValue?)]]] = groups.map { g in
            g.candidates.map { cand in
                var out: [String: (Int, NumberValue?)] = [:]
                for (k, r) in g.rows.enumerated() {
                    for (c, p) in paths(r).enumerated() {
                        if let item = cand.cells[k][c] {
                            out[p] = (item, NumberText.valueNumber(stream[item].text).map { NumberValue(text: $0.number, value: $0.value) })
                        }
                    }
                }
                return out
            }
        }
        var acceptable: [[Int]] = []
        for combo in combos {
            let parts = combo.enumerated().map { candidateValues[$0.offset][$0.element] }
            var ok = zip(groups, combo).allSatisfy { $0.candidates[$1].anchored }
            if let validator {
                let checks = validator { path in
                    for part in parts { if let v = part[path] { return .some(v.1) } }
                    return base[path]
                }
                let assessed = checks.filter { ch in
                    ch.status != .notAssessable && ch.values.contains { decodedPaths.contains($0.path) }
                }
                if !assessed.isEmpty { ok = !assessed.contains { $0.status == .fail } }
            }
            if ok { acceptable.append(combo) }
        }
        var placed = 0
        for g in groups {
            for r in g.rows {
                for p in paths(r) {
                    let gi = groups.firstIndex { $0.rows.contains(r) }!
                    let choices = Set(acceptable.map { candidateValues[gi][$0[gi]][p]?.0 })
                    if choices.count == 1, let only = choices.first, let item = only {
                        result.cells[p] = record(path: p, item: item, label: g.match.labels[r], fallbackRef: stream[item].ref)
                        result.anyValue = true
                        placed += 1
                    } else {
                        result.cells[p] = CellRecord(path: p, value: nil, raw: nil, status: .unplaced,
                                                     ref: g.match.labelItems.first.map { stream[$0].ref },
                                                     rowLabel: g.match.labels[r])
                    }
                }
            }
        }
        let labels = groups.flatMap(\.rows).map { template.rows[$0].label }
        let ref = groups.first?.match.labelItems.first.map { stream[$0].ref }
        if placed == decodedPaths.count {
            result.warnings.append(ReportWarning(code: "column-ordered-layout",
                message: "\(template.key) table: the labels of several rows come before their values (a column-ordered extract); the layout was inferred and confirmed by the table's identities or column headers",
                paths: [], ref: ref))
        } else {
            result.warnings.append(ReportWarning(code: "rows-values-unplaced",
                message: "\(template.key) table: the labels of rows \(labels.joined(separator: "、")) come before their values (a column-ordered extract) and the layout could not be confirmed; \(decodedPaths.count - placed) cells left null rather than guessed",
                paths: Array(decodedPaths).sorted(), ref: ref))
        }
    }

    /// The tab fields of the group (table row) holding `run`, after the row's label in that group
    /// (`labelEnd`, the last item of the label that named the row, or else the last label before
    /// the values), and the number of fields the group has in all; nil when the run has no tab
    /// fields.
    func tabFields(of run: [Int], labelEnd: Int?) -> (fields: [Int], width: Int)? {
        guard let first = run.first, stream[first].field != nil else { return nil }
        let group = stream[first].group
        var lo = first
        while lo > 0, stream[lo - 1].group == group { lo -= 1 }
        var hi = first
        while hi + 1 < stream.count, stream[hi + 1].group == group { hi += 1 }
        // The fields after the row's own label; text among them is a cell (`〇`), not a label.
        let lastLabel = labelEnd.flatMap { (lo...hi).contains($0) && $0 < first ? $0 : nil }
            ?? (lo...hi).last { stream[$0].kind == .label && $0 < first }
        let fields = Array(((lastLabel.map { $0 + 1 }) ?? lo)...hi)
        let width = (lo...hi).compactMap { stream[$0].field }.max().map { $0 + 1 } ?? 0
        return (fields, width)
    }

    /// The last item of the label that named the match's row (items after it are column headers
    /// or cells, not the row's label).
    func labelEnd(_ m: RowMatch) -> Int? {
        m.labelItems.filter { !m.header.contains($0) }.max()
    }

    /// Rows of one table with the same number of tab fields are rows of the same grid: where one
    /// of them shows by its own values where its value columns start (its first or its last value
    /// field is printed), that field is where they start in every row of that width. A width whose
    /// rows disagree has no anchor (nil).
    struct FieldAnchor: Hashable {
        var columns: Int
        var width: Int
    }

    func fieldAnchors(_ matches: [RowMatch]) -> [FieldAnchor: Int?] {
        var anchors: [FieldAnchor: Int?] = [:]
        for m in matches where m.rows.count == 1 {
            let n = template.rows[m.rows[0]].columns.count
            guard let run = m.runs.first, let tab = tabFields(of: run, labelEnd: labelEnd(m)), tab.fields.count >= n else { continue }
            let f = tab.fields
            var starts = Set<Int>()
            if stream[f[f.count - 1]].kind != .empty, let s = stream[f[f.count - n]].field { starts.insert(s) }
            if stream[f[0]].kind != .empty, let s = stream[f[0]].field { starts.insert(s) }
            let key = FieldAnchor(columns: n, width: tab.width)
            for s in starts {
                if let known = anchors[key] {
                    if known != s { anchors[key] = .some(nil) }
                } else {
                    anchors[key] = s
                }
            }
        }
        return anchors
    }

    /// The field counts after the label of the table's rows, by their number of columns and the
    /// field their values start at (rows with the same label layout): rows of a grid have as many
    /// fields as each other, so a row with fewer than another of its layout has lost one.
    struct FieldStart: Hashable {
        var columns: Int
        var field: Int
    }

    func fieldCounts(_ matches: [RowMatch]) -> [FieldStart: [Int]] {
        var seen: [FieldStart: [Int]] = [:]
        for m in matches where m.rows.count == 1 {
            let n = template.rows[m.rows[0]].columns.count
            guard let run = m.runs.first, let tab = tabFields(of: run, labelEnd: labelEnd(m)), let first = tab.fields.first,
                  let start = stream[first].field else { continue }
            seen[FieldStart(columns: n, field: start), default: []].append(tab.fields.count)
        }
        return seen
    }

    /// Places a row's values; returns the run of a whole row of values left over after them (the
    /// values of a later row printed before its label), if any.
    @discardableResult
    func placeSingle(_ m: RowMatch, row r: Int, grids: [Int: [Double]], anchors: [FieldAnchor: Int?],
                     counts: [FieldStart: [Int]], unnamedFollowing: [Int] = [], into result: inout Result) -> [Int]? {
        let row = template.rows[r]
        guard !result.rowsFound.contains(r) else {
            result.warnings.append(ReportWarning(code: "row-repeated",
                message: "row \(row.label) of the \(template.key) table appears again; the first occurrence is used",
                paths: [MatchKey.join(template.key, row.key)], ref: m.labelItems.first.map { stream[$0].ref }))
            return nil
        }
        result.rowsFound.insert(r)
        let label = m.labels[r]
        guard var run = m.runs.first else { return nil }
        var usedRuns = 1
        // One cell per line with a gap inside the row: later runs with no label before them continue it.
        let n = row.columns.count
        if stream[run[0]].field == nil, stream[run[0]].centerX == nil {
            var merged = run
            var k = 1
            // Only runs on the very next line (or the next page): blocks separated by a blank line
            // in a column-ordered extract are other rows' values.
            while merged.count < n, k < m.runs.count, !m.runAfterLabels[k],
                  Self.continues(stream[merged.last!].ref, stream[m.runs[k][0]].ref, step: cellLineStep) {
                merged += m.runs[k]
                k += 1
            }
            // Where every cell has a blank line after it, nothing marks a row's end: a row
            // gathered across blank lines must be all the values before the next label, or add
            // up, or a lost value would take the next row's.
            let all = m.runs.reduce(0) { $0 + $1.filter { stream[$0].kind != .empty }.count }
            // Nor may other labels stand between the row's label and its values (a later group's
            // label: the row whose label is printed there lost it).
            let proven = cellLineStep == 1 || k == 1
                || lastLabelIsTheRows(m, row: r) && (all == n || template.rowSum.map { addsUp(merged, row: r, rowSum: $0) } ?? false)
            if merged.count == n && proven { run = merged; usedRuns = k }
        }
        let tab = tabFields(of: run, labelEnd: labelEnd(m))
        let fields = tab?.fields
        var placement = ValuePlacer.place(columns: row.columns.count, run: run, groupFields: fields, stream: stream,
                                          grid: grids[row.columns.count],
                                          firstValueField: tab.flatMap { anchors[FieldAnchor(columns: n, width: $0.width)] ?? nil })
        let paths = template.rowPaths[r]
        // A row with fewer fields after its label than another row of the table that starts its
        // values at the same field has lost one (an extractor dropped a cell): where its values
        // leave blanks, the text cannot tell which cell was lost. Unless it has exactly one field
        // per column and the first and the last hold values: then no empty field of a spanning
        // label or a trailing empty cell is among them (real pdfplumber extracts give a spanning
        // label one field in some rows and three in others).
        if case .placed(let slots) = placement, slots.contains(where: { $0 == nil }), let f = fields, let first = f.first,
           f.count > n || stream[first].kind == .empty || stream[f[f.count - 1]].kind == .empty, let start = stream[first].field,
           var others = counts[FieldStart(columns: n, field: start)], let mine = others.firstIndex(of: f.count) {
            others.remove(at: mine)
            if let most = others.max(), f.count < most {
                placement = .unplaced("\(f.count) fields after the label where another row of \(n) columns starting at the same field has \(most): a cell is missing, and the blanks could be any of the row's cells")
            }
        }
        switch placement {
        case .placed(var slots):
            // A column left empty by positions is blank only if the lines just above and below hold
            // nothing there either: a cell whose text wrapped around the row's line is not blank.
            if let grid = grids[row.columns.count], fields == nil {
                for c in slots.indices where slots[c] == nil {
                    if let fragment = fragmentNear(line: stream[run[0]].ref, x: grid[c], grid: grid) {
                        slots[c] = -1
                        result.warnings.append(ReportWarning(code: "cell-text-wrapped",
                            message: "row \(row.label) of the \(template.key) table: the cell of column \(row.columns[c].header) holds text on another line (\"\(stream[fragment].raw)\"); left null rather than guessed",
                            paths: [paths[c]], ref: stream[fragment].ref))
                    }
                }
            }
            for (c, slot) in slots.enumerated() {
                if slot == -1 {
                    result.cells[paths[c]] = CellRecord(path: paths[c], value: nil, raw: nil, status: .unplaced,
                                                         ref: stream[run[0]].ref, rowLabel: label)
                    continue
                }
                result.cells[paths[c]] = record(path: paths[c], item: slot, label: label,
                                                 fallbackRef: stream[run[0]].ref)
                if slot != nil { result.anyValue = true }
            }
        case .unplaced(let why):
            let raws = run.filter { stream[$0].kind != .empty }.map { stream[$0].raw }
            for p in paths {
                result.cells[p] = CellRecord(path: p, value: nil, raw: nil, status: .unplaced,
                                             ref: stream[run[0]].ref, rowLabel: label)
            }
            result.warnings.append(ReportWarning(code: "row-values-unplaced",
                message: "row \(row.label) of the \(template.key) table: \(why) (\(raws.joined(separator: " "))); left null rather than guessed",
                paths: paths, ref: stream[run[0]].ref))
        }
        if m.runs.count > usedRuns {
            let extra = m.runs.dropFirst(usedRuns).flatMap { $0 }.filter { stream[$0].kind != .empty }
            if !extra.isEmpty, let placed = labelLessRows(extra, rows: unnamedFollowing) {
                placeLabelLess(placed, after: r, grids: grids, anchors: anchors, counts: counts, into: &result)
                return nil
            }
            if !extra.isEmpty {
                result.warnings.append(ReportWarning(code: "value-without-row",
                    message: "values \(extra.map { stream[$0].raw }.joined(separator: " ")) after row \(row.label) of the \(template.key) table follow no row label; not used",
                    paths: [], ref: stream[extra[0]].ref))
            }
            let last = m.runs[m.runs.count - 1].filter { stream[$0].kind != .empty }
            if m.runs.count == usedRuns + 1, last.count == n { return last }
        }
        return nil
    }

    /// A row whose label follows a whole row of values that no label claimed: those values may be
    /// this row's (printed before its label) and the values after its label the next row's, or
    /// the values after its label this row's. The text does not prove either, so the row is null
    /// and the warning names both readings.
    func leaveShifted(_ m: RowMatch, row r: Int, orphan: [Int], into result: inout Result) {
        let row = template.rows[r]
        guard !result.rowsFound.contains(r) else { return }
        result.rowsFound.insert(r)
        let paths = template.rowPaths[r]
        let ref = m.labelItems.first.map { stream[$0].ref } ?? stream[orphan[0]].ref
        for p in paths {
            result.cells[p] = CellRecord(path: p, value: nil, raw: nil, status: .unplaced, ref: ref, rowLabel: m.labels[r])
        }
        let before = orphan.map { stream[$0].raw }.joined(separator: " ")
        let after = (m.runs.first ?? []).filter { stream[$0].kind != .empty }.map { stream[$0].raw }.joined(separator: " ")
        let next = r + 1 < template.rows.count ? template.rows[r + 1].label : "the next row"
        result.warnings.append(ReportWarning(code: "row-values-ambiguous",
            message: "row \(row.label) of the \(template.key) table: its values are either \(before) (printed before its label, with \(after) belonging to \(next)) or \(after.isEmpty ? "none" : after) (printed after it); left null rather than guessed",
            paths: paths, ref: ref))
    }

    /// The label printed last before the values is part of the row's own label (its start, its
    /// end, or all of it), not another row's or group's text after it.
    func lastLabelIsTheRows(_ m: RowMatch, row r: Int) -> Bool {
        guard let last = m.labelItems.last else { return m.labelItems.isEmpty }
        var tail = Array(RowTemplate.core(of: stream[last].text).unicodeScalars)
        while let f = tail.first, f == "." || f == "、" { tail.removeFirst() }
        let core = template.rows[r].core
        guard tail.count >= 2 else { return false }
        return core.starts(with: tail) || core.reversed().starts(with: tail.reversed())
            || PhraseSearch.lastOffset(of: core, in: tail) != nil
    }

    /// `b` is on the line right after `a` (`step` lines after, when every cell is followed by a
    /// blank line), or on a later page.
    static func continues(_ a: SourceRef, _ b: SourceRef, step: Int = 1) -> Bool {
        b.page > a.page || (b.page == a.page && b.line == a.line + step)
    }

    /// An item on the line above or below `line` whose extent covers column position `x`.
    func fragmentNear(line: SourceRef, x: Double, grid: [Double]) -> Int? {
        let halfGap = (zip(grid, grid.dropFirst()).map { $1 - $0 }.min() ?? 10) / 2
        for d in [-1, 1] {
            let neighbour = SourceRef(page: line.page, line: line.line + d)
            for i in itemsByLine[neighbour] ?? [] where stream[i].kind != .empty {
                guard let x0 = stream[i].x0, let x1 = stream[i].x1 else { continue }
                if x0 - halfGap / 2 <= x && x <= x1 + halfGap / 2 { return i }
            }
        }
        return nil
    }

    func record(path: String, item: Int?, label: String?, fallbackRef: SourceRef) -> CellRecord {
        var c = recordWithoutBox(path: path, item: item, label: label, fallbackRef: fallbackRef)
        if let item, let x0 = stream[item].x0, let x1 = stream[item].x1, let e = lineExtents[stream[item].ref] {
            c.bbox = [x0, e.y0, x1, e.y1]
        }
        return c
    }

    func recordWithoutBox(path: String, item: Int?, label: String?, fallbackRef: SourceRef) -> CellRecord {
        guard let item else {
            return CellRecord(path: path, value: nil, raw: "", status: .blank, ref: fallbackRef, rowLabel: label)
        }
        let it = stream[item]
        if it.kind == .empty {
            return CellRecord(path: path, value: nil, raw: "", status: .blank, ref: it.ref, rowLabel: label)
        }
        if let n = NumberText.valueNumber(it.text) {
            var c = CellRecord(path: path, value: NumberValue(text: n.number, value: n.value), raw: it.raw,
                               status: n.remainder.isEmpty ? .value : .note, ref: it.ref, rowLabel: label,
                               confidence: it.confidence)
            c.uncertain = false
            return c
        }
        // A printed blank (`—`, `/`, `无`) is blank; other text keeps its cell as text (`〇`,
        // `5*`, `（3）`): null, with what was printed.
        let status: CellStatus = it.kind == .blank || it.kind == .value || NumberText.isBlankMarker(it.text) ? .blank : .text
        return CellRecord(path: path, value: nil, raw: it.raw, status: status, ref: it.ref, rowLabel: label,
                          confidence: it.confidence)
    }
}
