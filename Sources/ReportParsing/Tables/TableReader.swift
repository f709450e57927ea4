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
    /// Items' x positions are in points on a page (a PDF's text layer), not character columns:
    /// wide Chinese characters shift an extract's character columns, a page's points they do not.
    var positionsInPoints = false
    /// Pages read from a PDF's text layer, where a cell with nothing read printed nothing (on a
    /// scan, a cell may hold ink OCR did not read).
    var textLayerPages: Set<Int> = []
    /// Lines read by OCR with blank paper after their text (``Line/blankAfterText``).
    var blankAfterText: Set<SourceRef> = []
    /// Lines from one value to the next value of the same row: 1, or 2 in extracts that print a
    /// blank line after every cell (some `pdftotext` outputs), where a blank line separates nothing.
    let cellLineStep: Int
    let options: TableReaderOptions
    /// Match keys of the headers and titles of the table's parts (``partHeaders(of:)``).
    let partHeaders: [[Unicode.Scalar]]

    init(template: TableTemplate, stream: [StreamItem],
         itemsByLine: [SourceRef: [Int]], stopAnchors: [String], options: TableReaderOptions = .init()) {
        self.options = options
        self.template = template
        self.stream = stream
        self.itemsByLine = itemsByLine
        self.stopAnchors = stopAnchors
        self.cellLineStep = Self.cellLineStep(stream, blankSeparatedMinimum: options.blankSeparatedMinimum)
        self.partHeaders = Self.partHeaders(of: template)
    }

    /// Values on lines right after each other never, and a blank line apart at least
    /// `blankSeparatedMinimum` times: every cell is followed by a blank line.
    static func cellLineStep(_ stream: [StreamItem], blankSeparatedMinimum: Int) -> Int {
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
        /// Rows with fewer values than columns, for ``placeByIdentities(_:into:)``.
        var shortRows: [ShortRow] = []
        /// Value items some matched row holds (set when the rows are placed).
        var claimedValues: Set<Int> = []
        /// The horizontal extents of the column headers printed above the rows, by column count
        /// (``TableReader/headerExtents(_:)``), where no complete row gives the columns.
        var headerExtents: [Int: [ClosedRange<Double>]] = [:]
        /// The labels of the header those extents come from: not a cell's wrapped text.
        var headerItems: Set<Int> = []
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
                // no row; unless it names a later row by itself (``identify``: a scan's first
                // field of a row read `2`, a character of the group's upright label, before
                // `3.危及“三安全一稳定”`).
                if item.field != nil, let c = current, let last = c.runs.last?.last, stream[last].group == item.group,
                   identify([i], from: next, lastRowKey: lastRowKey).rows.isEmpty {
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
                if !pending.isEmpty, let rows = blankRowsBefore(item, pending: pending, next: next, lastRowKey: lastRowKey) {
                    closeCurrent()
                    for b in rows.blank {
                        var m = RowMatch(rows: [b.row], labelItems: b.labels)
                        m.labels = [b.row: b.text]
                        m.lastPhraseRow = b.row
                        m.printedBlank = true
                        matches.append(m)
                        matched.insert(b.row)
                        next = b.row + 1
                        lastRowKey = template.rows[b.row].key
                    }
                    pending = rows.own
                }
                // (Not before the table's first row: the labels before it are its own title and
                // header, and stay the table's, out of the section's text.)
                if !pending.isEmpty, item.field != nil || item.centerX != nil, current != nil || !matches.isEmpty,
                   let after = labelsAfterPartHeader(pending, valueLine: item.ref) {
                    pending = after
                }
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
                        code: .valueWithoutRow,
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
}
