import DocumentModel

/// Turning matched rows into cells: each row's values placed in its columns (``ValuePlacer``),
/// or left null with a warning when the text allows two placements.
extension TableReader {
    /// Records the printed variant a found row shows (the 2019 form's one row （六）其他处理, or
    /// the 2021 form's three rows under it), the last row found deciding. Not a row labelled as
    /// the group label of another variant's rows once one of those is found: that label, read
    /// alone or run into a sub-row's label, names no row of its own there (a 2021 table's
    /// `（六）其他处理 0 0 0 0 0 0 0`, its sub-row's label lost, was taken for the 2019 row: 0 for
    /// the group's 12, and the sub-rows found were dropped).
    func see(_ r: Int, into result: inout Result) {
        guard let alt = template.rows[r].alternative, let v = template.rows[r].variant else { return }
        if let seen = result.variantsSeen[alt], seen != v, template.groupLabels[alt] == template.rows[r].label { return }
        result.variantsSeen[alt] = v
    }

    /// Turns the matches into cells: one row per match in row order, several rows per match in
    /// column-ordered extracts.
    func place(_ matches: [RowMatch], into result: inout Result) {
        result.claimedValues = Set(matches.flatMap(\.valueItems))
        // Column grids, by column count and page, from complete positioned runs.
        var samples: [Int: [(page: Int, xs: [Double])]] = [:]
        for m in matches where m.rows.count == 1 {
            let n = template.rows[m.rows[0]].columns.count
            guard let run = m.runs.first else { continue }
            let xs = run.filter { stream[$0].kind != .empty }.compactMap { stream[$0].centerX }
            if xs.count == n, run.filter({ stream[$0].kind != .empty }).count == n {
                samples[n, default: []].append((stream[run[0]].ref.page, xs))
            }
        }
        let grids = ColumnGrids(rows: samples)
        if let e = headerExtents(matches), !grids.measured(columns: e.extents.count) {
            result.headerExtents[e.extents.count] = e.extents
            result.headerItems = e.items
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
            for r in m.rows { see(r, into: &result) }
            result.consumed.formUnion(m.labelItems)
            result.consumed.formUnion(m.valueItems)
            if let orphan = pendingOrphan,
               let chain = shiftedChain(orphan: orphan.run, after: orphan.row, matches: matches, from: k - 1,
                                        found: result.rowsFound) {
                for later in matches[k..<chain.end] {
                    for r in later.rows { see(r, into: &result) }
                    result.consumed.formUnion(later.labelItems)
                    result.consumed.formUnion(later.valueItems)
                }
                placeChain(chain, grids: grids, anchors: anchors, counts: counts, into: &result)
                k = chain.end
                pendingOrphan = nil
            } else if m.rows.count == 1, let orphan = pendingOrphan?.run,
                      template.rows[m.rows[0]].columns.count == orphan.count {
                // A whole row of values came before this row's label with no label of its own:
                // the values after this label may be this row's or the next row's.
                leaveShifted(m, row: m.rows[0], orphan: orphan, into: &result)
            } else if m.rows.count == 1 {
                let nextFound = matches[k...].first { !$0.rows.isEmpty }
                var following = unnamedRows(after: m.rows[0], before: nextFound?.rows.min(), named: named, variants: result.variantsSeen)
                var labelledBelow = false
                if following.isEmpty, let next = nextFound, case let rows = readOnTheLastOnesLine(next), rows.first == m.rows[0] + 1 {
                    following = rows
                    labelledBelow = true
                }
                pendingOrphan = placeSingle(m, row: m.rows[0], grids: grids, anchors: anchors, counts: counts,
                                            unnamedFollowing: following, followingLabelledBelow: labelledBelow, into: &result)
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
        let short = result.shortRows
        result.shortRows = []
        placeByIdentities(short, into: &result)
    }

    /// The rows a match names before its last one when their labels were read on one line with
    /// it and one row's values follow (OCR ran a tight table's lines together:
    /// `2.没有现成信息需要另行制作3.补正后申请内容仍不明确 3 0 0 0 0 0 3`): the last row gets those
    /// values, and these rows, consecutive and right before it, none. Empty otherwise.
    func readOnTheLastOnesLine(_ m: RowMatch) -> [Int] {
        guard m.rows.count > 1, let last = m.lastPhraseRow, last == m.rows.max(), m.runs.count == 1,
              m.runs[0].filter({ stream[$0].kind != .empty }).count == template.rows[last].columns.count else { return [] }
        let before = m.rows.sorted().dropLast()
        guard zip(before, before.dropFirst()).allSatisfy({ $1 == $0 + 1 }), before.last! + 1 == last,
              m.labelItems.allSatisfy({ stream[$0].ref == stream[m.runs[0][0]].ref }) else { return [] }
        return Array(before)
    }

    /// The text of a row's labels on the values' line when it holds two bracketed item numbers
    /// (`(—)`, `（二）`, or two characters not Chinese: `(+t)` for （七）) and was read by OCR: the
    /// labels of two rows on one line. Nil otherwise. (`（六）其他处理(+t) Sit 767 35 2 1 805`:
    /// the total row's values, its label read into （六）'s line, went to （六）, four wrong.)
    func labelsOfTwoItems(_ m: RowMatch, line: SourceRef) -> String? {
        let own = m.labelItems.filter { stream[$0].ref == line && stream[$0].confidence != nil }
        guard !own.isEmpty else { return nil }
        let text = own.map { stream[$0].text }.joined(separator: " ")
        let s = Array(text.unicodeScalars)
        // A bracketed character, or two that are not Chinese (`(+t)` for （七）).
        var items = 0
        for i in s.indices where "(（".unicodeScalars.contains(s[i]) {
            if i + 2 < s.count, ")）".unicodeScalars.contains(s[i + 2]) {
                items += 1
            } else if i + 3 < s.count, ")）".unicodeScalars.contains(s[i + 3]),
                      s[(i + 1)...(i + 2)].allSatisfy({ !ScalarClass.isHan($0) && !$0.properties.isWhitespace && !"()（）".unicodeScalars.contains($0) }) {
                items += 1
            }
        }
        return items >= 2 ? text : nil
    }

    /// Places a row's values; returns the run of a whole row of values left over after them (the
    /// values of a later row printed before its label), if any.
    @discardableResult
    func placeSingle(_ m: RowMatch, row r: Int, grids: ColumnGrids, anchors: [FieldAnchor: Int?],
                     counts: [FieldStart: [Int]], unnamedFollowing: [Int] = [], followingLabelledBelow: Bool = false,
                     into result: inout Result) -> [Int]? {
        let row = template.rows[r]
        guard !result.rowsFound.contains(r) else {
            result.warnings.append(ReportWarning(code: .rowRepeated,
                message: "row \(row.label) of the \(template.key) table appears again; the first occurrence is used",
                paths: [MatchKey.join(template.key, row.key)], ref: m.labelItems.first.map { stream[$0].ref }))
            return nil
        }
        result.rowsFound.insert(r)
        let label = m.labels[r]
        if m.printedBlank {
            for p in template.rowPaths[r] {
                result.cells[p] = CellRecord(path: p, value: nil, raw: "", status: .blank,
                                             ref: m.labelItems.last.map { stream[$0].ref }, rowLabel: label)
            }
            return nil
        }
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
            // Lines of several values each are one row only where the values after it, up to
            // the next label, are whole rows too (none, or the row of a label printed after its
            // values): a block of short lines running on past the row's count by less than a row
            // is another table's columns (the applications table's last columns, printed after
            // its rows before section 四's headers: five lines of three were taken for section 四's
            // fifteen values).
            let severalALine = m.runs[0..<k].contains { $0.count > 1 }
            let after = (k..<m.runs.count).prefix { !m.runAfterLabels[$0] }
                .reduce(0) { $0 + m.runs[$1].filter { stream[$0].kind != .empty }.count }
            if merged.count == n && proven && (!severalALine || after % n == 0) { run = merged; usedRuns = k }
        }
        // Two item numbers in the labels on the values' line (`(—) *UAH (=)部分公开…`: OCR misread
        // （一）'s label on the line of （二）'s wrapped one): the values may be either row's. Not
        // placed, and not offered to the identities (they would place them in this row).
        let sharedLine = labelsOfTwoItems(m, line: stream[run[0]].ref)
        // A label misread as a number, read as the row's value: not placed, nor offered to the
        // identities.
        let inLabels = valueInLabelColumn(m, run: run)
        let grid = grids.grid(columns: n, page: stream[run[0]].ref.page)
        let tab = tabFields(of: run, labelEnd: labelEnd(m))
        let fields = tab?.fields
        let extents = result.headerExtents[row.columns.count]
        var placement = sharedLine.map { .unplaced("its label's line (\"\($0)\") holds another row's item number before it, so its values may be that row's") }
            ?? inLabels.map { .unplaced("its first value lies in the column of labels, under \"\(stream[$0.label].raw)\" (a label misread as a number), so its values are not known") }
            ?? ValuePlacer.place(columns: row.columns.count, run: run, groupFields: fields, stream: stream,
                                 grid: grid, headerExtents: extents,
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
            if let grid = grid ?? extents.map({ $0.map { ($0.lowerBound + $0.upperBound) / 2 } }), fields == nil {
                for c in slots.indices where slots[c] == nil {
                    if let fragment = fragmentNear(line: stream[run[0]].ref, x: grid[c], grid: grid, ignoring: result.headerItems) {
                        slots[c] = -1
                        result.warnings.append(ReportWarning(code: .cellTextWrapped,
                            message: "row \(row.label) of the \(template.key) table: the cell of column \(row.columns[c].header) holds text on another line (\"\(stream[fragment].raw)\"); left null rather than guessed",
                            paths: [paths[c]], ref: stream[fragment].ref))
                    }
                }
            }
            // A number whose cell's text wrapped onto the line just above or below, where that
            // line holds no label (`2510` over `00元`: 251000元 in a narrow cell), is not that number.
            if fields == nil, slots.contains(where: { ($0 ?? -1) >= 0 && stream[$0!].x0 != nil }) {
                let others = result.claimedValues.subtracting(m.valueItems), own = Set(m.labelItems)
                for c in slots.indices {
                    guard let s = slots[c], s >= 0, let fragment = continuationNear(stream[s], claimed: others, ownLabels: own) else { continue }
                    slots[c] = -1
                    result.warnings.append(ReportWarning(code: .cellTextWrapped,
                        message: "row \(row.label) of the \(template.key) table: the cell of column \(row.columns[c].header) holds \(stream[s].raw) and text on another line (\"\(stream[fragment].raw)\"); left null rather than guessed",
                        paths: [paths[c]], ref: stream[fragment].ref))
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
            let warning = ReportWarning(code: .rowValuesUnplaced,
                message: "row \(row.label) of the \(template.key) table: \(why) (\(raws.joined(separator: " "))); left null rather than guessed",
                paths: paths, ref: stream[run[0]].ref)
            // Fewer values than columns: the table's identities may prove where they go.
            let values = (fields ?? run).filter { stream[$0].kind != .empty }
            if validator != nil, sharedLine == nil, inLabels == nil, !values.isEmpty, values.count < n {
                result.shortRows.append(ShortRow(row: r, values: values, label: label, ref: stream[run[0]].ref,
                                                 unplaced: warning, warningIndex: result.warnings.count))
            } else {
                result.warnings.append(warning)
            }
        }
        if m.runs.count > usedRuns {
            let extra = m.runs.dropFirst(usedRuns).flatMap { $0 }.filter { stream[$0].kind != .empty }
            if !extra.isEmpty, let placed = labelLessRows(extra, rows: unnamedFollowing) {
                placeLabelLess(placed, after: r, labelledBelow: followingLabelledBelow, grids: grids, anchors: anchors, counts: counts,
                               into: &result)
                return nil
            }
            if !extra.isEmpty {
                result.warnings.append(ReportWarning(code: .valueWithoutRow,
                    message: "values \(extra.map { stream[$0].raw }.joined(separator: " ")) after row \(row.label) of the \(template.key) table follow no row label; not used",
                    paths: [], ref: stream[extra[0]].ref))
            }
            // A whole row's worth of values, on one line or over several (a row printed over
            // lines of 4, 1 and 2 values), is the values of a row printed before its label.
            // Only lines right after each other, with no label among them.
            let rest = Array(m.runs.indices.dropFirst(usedRuns))
            if extra.count == n, rest.allSatisfy({ !m.runAfterLabels[$0] && m.runs[$0].allSatisfy { stream[$0].field == nil } }),
               zip(rest, rest.dropFirst()).allSatisfy({ Self.continues(stream[m.runs[$0].last!].ref, stream[m.runs[$1][0]].ref, step: cellLineStep) }) {
                return extra
            }
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
        result.warnings.append(ReportWarning(code: .rowValuesAmbiguous,
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
    func fragmentNear(line: SourceRef, x: Double, grid: [Double], ignoring header: Set<Int> = []) -> Int? {
        let halfGap = (zip(grid, grid.dropFirst()).map { $1 - $0 }.min() ?? 10) / 2
        for d in [-1, 1] {
            let neighbour = SourceRef(page: line.page, line: line.line + d)
            for i in itemsByLine[neighbour] ?? [] where stream[i].kind != .empty && !header.contains(i) {
                guard let x0 = stream[i].x0, let x1 = stream[i].x1 else { continue }
                if x0 - halfGap / 2 <= x && x <= x1 + halfGap / 2 { return i }
            }
        }
        return nil
    }

    /// A value no other row holds, overlapping `value`, on the line just above or below it (or two
    /// lines away, over a line with nothing there), on a line with no label but the row's own:
    /// the rest of `value`'s cell, wrapped. A line of another row's values is that row's, or has
    /// that row's label.
    func continuationNear(_ value: StreamItem, claimed: Set<Int>, ownLabels: Set<Int>) -> Int? {
        guard let x0 = value.x0, let x1 = value.x1 else { return nil }
        func overlapping(_ line: SourceRef) -> [Int] {
            (itemsByLine[line] ?? []).filter { i in
                guard stream[i].kind != .empty, let a = stream[i].x0, let b = stream[i].x1 else { return false }
                return min(b, x1) > max(a, x0)
            }
        }
        for d in [-1, 1, -2, 2] {
            if abs(d) == 2, !overlapping(SourceRef(page: value.ref.page, line: value.ref.line + d / 2)).isEmpty { continue }
            let neighbour = SourceRef(page: value.ref.page, line: value.ref.line + d)
            let items = itemsByLine[neighbour] ?? []
            guard !items.contains(where: { i in
                let k = stream[i].kind
                return (k == .label && !ownLabels.contains(i)) || k == .prose || k == .heading
            }) else { continue }
            if let i = overlapping(neighbour).first(where: { stream[$0].kind == .value && !claimed.contains($0) }) { return i }
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
        let number = NumberText.valueNumber(it.text)
        if let n = number, !NumberText.hasLeadingZero(n.number) {
            var c = CellRecord(path: path, value: NumberValue(text: n.number, value: n.value), raw: it.raw,
                               status: n.remainder.isEmpty ? .value : .note, ref: it.ref, rowLabel: label,
                               confidence: it.confidence)
            c.uncertain = false
            return c
        }
        // A printed blank (`—`, `/`, `无`) is blank; ink OCR could not read where a number is
        // printed is unread, in doubt; other text keeps its cell as text (`〇`, `5*`, `（3）`),
        // and so do two values run together (`03`): null, with what was printed.
        let status: CellStatus = it.unread ? .unread
            : number == nil && (it.kind == .blank || it.kind == .value || NumberText.isBlankMarker(it.text)) ? .blank : .text
        var c = CellRecord(path: path, value: nil, raw: it.raw, status: status, ref: it.ref, rowLabel: label,
                           confidence: it.confidence)
        if it.unread { c.uncertain = true }
        return c
    }
}
