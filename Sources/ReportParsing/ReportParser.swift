import DocumentModel

/// The shared parser: one cleaned document in, one report out, whatever the input was.
///
/// Tables are found by their row labels, not by position in the document, because extracts move
/// them (pdfplumber prints a page's prose before its tables) and lose headings (the seed lost
/// section 四's). Sections are found by the meaning of their headings.
public struct ReportParser: Sendable {
    public var options: ParserOptions

    public init(options: ParserOptions = .init()) {
        self.options = options
    }

    public func parse(_ document: CleanDocument) -> Report {
        let stream = CellStream(document, sectionOf: SectionFinder.sectionNumber(of:))
        let items = stream.items
        var warnings: [ReportWarning] = []

        // Where the tables start.
        func firstIndex(from: Int = 0, _ predicate: (StreamItem) -> Bool) -> Int? {
            guard from < items.count else { return nil }
            return (from..<items.count).first { predicate(items[$0]) }
        }
        let headingIndex: [Int: Int] = {
            var out: [Int: Int] = [:]
            for (i, it) in items.enumerated() where it.kind == .heading {
                if let n = stream.headingOfBlock[stream.blockOfItem[i]], out[n] == nil { out[n] = i }
            }
            return out
        }()
        // Where each set of anchors puts the tables, found once per set (the templates share one).
        var regionsFound: [TableAnchors: (disclosure: Int, requests: Int?)] = [:]
        func regions(_ anchors: TableAnchors) -> (disclosure: Int, requests: Int?) {
            if let found = regionsFound[anchors] { return found }
            let starts = anchors.requestsStart.map { word in firstIndex { $0.kind == .label && $0.key.contains(word) } }
            var requests = starts.lazy.compactMap { $0 }.first
            // The first row's label misread (a scan's `本年狐收`): the table starts at its header,
            // where one is found before the row that names it, not at its second row.
            // Both rows that start it misread (`本年曾收`, `上年络转`): at its header, when found.
            let header = anchors.requestsWords.compactMap { word in firstIndex { $0.kind == .label && $0.key.contains(word) } }
            if starts.first == .some(nil), let later = requests {
                requests = header.filter { $0 < later }.min() ?? later
            } else if requests == nil {
                requests = header.min()
            }
            let labelled = firstIndex { it in it.kind == .label && anchors.activeDisclosureStart.contains(where: { it.key.contains($0) }) }
            let found = ([labelled, headingIndex[2]].compactMap { $0 }.min() ?? 0, requests)
            regionsFound[anchors] = found
            return found
        }

        // Which template, once, before any table is read.
        let (template, evidence) = chooseTemplate(items: items, regions: regions) {
            Self.metadata(document, preamble: Self.preamble(document, stream: stream, consumed: [])).year
        }
        let anchors = template.anchors
        let (disclosureStart, requestStart) = regions(anchors)

        // Section 二.
        var adReader = TableReader(template: template.activeDisclosure, stream: items,
                                   itemsByLine: stream.itemsByLine, stopAnchors: anchors.requestsWords, options: options.tableReading)
        adReader.lineExtents = document.lineExtents
        let ad = adReader.read(from: disclosureStart, to: items.count)
        // Section 三.
        var rq = TableReader.Result()
        if let s = requestStart {
            var reader = TableReader(template: template.requests, stream: items, itemsByLine: stream.itemsByLine,
                                     stopAnchors: anchors.reviewWords, options: options.tableReading)
            reader.validator = Self.requestChecks(template)
            reader.lineExtents = document.lineExtents
            reader.positionsInPoints = document.source.layout == .geometry
            reader.textLayerPages = Set(document.pages.filter { $0.origin == .textLayer }.map(\.number))
            reader.blankAfterText = document.blankAfterText
            rq = reader.read(from: s, to: items.count)
        }
        // Section 四: after the applications table, at its first header word or at the heading.
        let reviewFrom = rq.stopIndex
            ?? firstIndex(from: requestStart ?? 0) { it in
                it.kind == .label && anchors.reviewWords.contains(where: { it.key.contains($0) })
            }
            ?? headingIndex[4]
        var rv = TableReader.Result()
        if let s = reviewFrom {
            var reader = TableReader(template: template.reviewLitigation, stream: items,
                                     itemsByLine: stream.itemsByLine, stopAnchors: [], options: options.tableReading)
            reader.lineExtents = document.lineExtents
            // A row of values with blanks is placed under its headers (`HeaderColumns`).
            reader.positionsInPoints = document.source.layout == .geometry
            rv = reader.readSingleRow(from: s, to: items.count)
        }

        // Cells in template order, missing ones named.
        var variants = template.defaultVariants
        for (k, v) in rq.variantsSeen { variants[k] = v }
        var cells: [CellRecord] = []
        for (table, var result) in [(template.activeDisclosure, ad), (template.requests, rq), (template.reviewLitigation, rv)] {
            warnings += result.warnings
            var missingRows: [RowTemplate] = []
            for (r, row) in table.rows.enumerated() {
                if let alt = row.alternative, variants[alt] != row.variant {
                    // The group label of the printed variant's rows, read with values and taken
                    // for the other variant's row (`RowPlacement.see`): its values are no row's.
                    let read = table.rowPaths[r].compactMap { result.cells[$0] }.filter { $0.value != nil }
                    if table.groupLabels[alt] == row.label, !read.isEmpty {
                        warnings.append(ReportWarning(code: .valueWithoutRow,
                            message: "values \(read.map { $0.value!.text }.joined(separator: " ")) in the \(table.key) table follow \(row.label), here the group label of the rows under it and no row of its own; not used",
                            ref: read.first?.ref))
                    }
                    continue
                }
                let paths = table.rowPaths[r]
                if let w = RowsRunTogether.apply(&result.cells, paths: paths, label: row.label, table: table.key) { warnings.append(w) }
                if paths.allSatisfy({ result.cells[$0] == nil }) { missingRows.append(row) }
                for p in paths {
                    cells.append(result.cells[p] ?? CellRecord(path: p, value: nil, raw: nil, status: .missing))
                }
            }
            if result.cells.isEmpty {
                warnings.append(ReportWarning(code: .tableMissing,
                    message: "the \(table.key) table is not in the source; all its cells are null",
                    paths: [table.key]))
            } else {
                for row in missingRows {
                    let paths = table.rowPaths[table.rows.firstIndex(of: row)!]
                    warnings.append(ReportWarning(code: .rowMissing,
                        message: "row \(row.label) of the \(table.key) table is not in the source; its cells are null",
                        paths: paths))
                }
            }
        }

        // Checks.
        var values: [String: NumberValue?] = [:]
        for c in cells { values[c.path] = c.value }
        let checks = CheckRunner.evaluate(template.checks(variants: variants), values: values)
        warnings += UncertainCells.mark(&cells, checks: checks, uncertainBelow: options.uncertainBelowConfidence)

        // Sections and metadata.
        var consumed = ad.consumed.union(rq.consumed).union(rv.consumed)
        for (i, it) in items.enumerated() where it.kind == .label && it.inTable { consumed.insert(i) }
        let tablesFound = [
            "active_disclosure": !ad.cells.isEmpty, "requests": !rq.cells.isEmpty, "review_litigation": !rv.cells.isEmpty,
        ]
        let (sections, preamble, sectionWarnings) = buildSections(document, stream: stream, consumed: consumed,
                                                                  tablesFound: tablesFound)
        warnings += sectionWarnings
        var meta = Self.metadata(document, preamble: preamble)
        meta.template = template.id
        meta.templateEvidence = evidence
        if meta.title == nil {
            warnings.append(ReportWarning(code: .titleMissing, message: "no report title found at the start of the document"))
        }
        return Report(metadata: meta, sections: sections, cells: cells, checks: checks, warnings: warnings,
                      tablesFound: tablesFound)
    }

    /// Builds the templates and their check definitions now (they are built on first use otherwise).
    public static func prepare() {
        _ = Templates.all
        _ = distinctive
    }

    /// The applications table's identities over whatever rows a set of values holds (the single
    /// `（六）其他处理` row or its three sub-rows).
    static func requestChecks(_ template: ReportTemplate) -> @Sendable ((String) -> NumberValue??) -> [Check] {
        { lookup in
            let isSingle = lookup("requests.other.total") != nil
            return CheckRunner.evaluate(template.checks(variants: ["other": isSingle ? "single" : "split"]), lookup: lookup)
        }
    }

    static let distinctive: [String: [[Unicode.Scalar]]] = Dictionary(uniqueKeysWithValues: Templates.all.map {
        ($0.id, $0.distinctiveHeaders.map { Array(MatchKey.make($0).unicodeScalars) })
    })

    /// The template: forced by the options; else the one whose distinctive headers and row labels
    /// its section 二 region prints the most of; else the one of the report's year; else the
    /// fallback.
    func chooseTemplate(items: [StreamItem], regions: (TableAnchors) -> (disclosure: Int, requests: Int?),
                        year: () -> Int?) -> (ReportTemplate, TemplateEvidence) {
        if let id = options.template, let t = Templates.template(id: id) { return (t, .forced) }
        var scores: [(template: ReportTemplate, score: Int)] = []
        for t in Templates.all {
            let (from, requests) = regions(t.anchors)
            let to = requests ?? items.count
            var text: [Unicode.Scalar] = []
            for it in items[from..<max(from, min(to, items.count))] where it.kind == .label {
                text.append(contentsOf: it.key.unicodeScalars)
                text.append("|")
            }
            scores.append((t, Self.distinctive[t.id]!.filter { PhraseSearch.contains(text, $0) }.count))
        }
        let best = scores.map(\.score).max() ?? 0
        let leaders = scores.filter { $0.score == best }
        if best > 0 && leaders.count == 1 { return (leaders[0].template, .tableHeaders) }
        if let y = year(), let t = Templates.template(forYear: y) { return (t, .year) }
        return (Templates.fallback, .default)
    }

    /// The metadata the text prints: the title from the preamble, the first lines or the file's
    /// declared title; agency, period, year and contact.
    static func metadata(_ document: CleanDocument, preamble: [String]) -> ReportMetadata {
        var meta = ReportMetadata()
        // The printed title; else the one the file declares (web pages printed to PDF carry it
        // only in the document information), when it names a report.
        let leading = MetadataExtractor.leadingLines(document.blocks)
        meta.title = (MetadataExtractor.title(from: preamble)
            ?? MetadataExtractor.title(from: leading)
            ?? document.declaredTitle.flatMap { MetadataExtractor.title(from: [$0]) })
            .map(MetadataExtractor.repairingReportName)
        // A title whose last line OCR lost still names the agency and year; it is not given as
        // the title.
        let named = meta.title ?? MetadataExtractor.titleCutShort(from: preamble)
            ?? MetadataExtractor.titleCutShort(from: leading)
        meta.agency = MetadataExtractor.agency(fromTitle: named)
        let allText = document.blocks.compactMap { b -> String? in
            if case .paragraph(let p) = b { return p.text }
            return nil
        }.joined(separator: "\n")
        let period = MetadataExtractor.period(in: allText)
        meta.periodStart = period?.0
        meta.periodEnd = period?.1
        meta.year = MetadataExtractor.year(fromTitle: named) ?? period.flatMap { Int($0.1.prefix(4)) }
        meta.contact = MetadataExtractor.contact(in: allText)
        return meta
    }

    /// The paragraphs before the first section heading that no table used.
    static func preamble(_ document: CleanDocument, stream: CellStream, consumed: Set<Int>) -> [String] {
        var out: [String] = []
        for (b, block) in document.blocks.enumerated() {
            guard case .paragraph(let p) = block else { continue }
            if stream.headingOfBlock[b] != nil { break }
            if !consumed.contains(b) { out.append(p.text) }
        }
        return out
    }

    /// Sections by their headings; text is the prose between headings that tables did not use.
    func buildSections(_ document: CleanDocument, stream: CellStream, consumed: Set<Int>,
                       tablesFound: [String: Bool]) -> ([Section], [String], [ReportWarning]) {
        var headings: [Int: (String, SourceRef)] = [:]
        var texts: [Int: [String]] = [:]
        var preamble: [String] = []
        var current = 0
        var consumedBlocks = Set<Int>()
        for i in consumed where !stream.items[i].inTable { consumedBlocks.insert(stream.blockOfItem[i]) }
        for (b, block) in document.blocks.enumerated() {
            guard case .paragraph(let p) = block else { continue }
            if let n = stream.headingOfBlock[b], headings[n] == nil, n >= current {
                headings[n] = (p.text, p.ref)
                current = n
                continue
            }
            if consumedBlocks.contains(b) { continue }
            if current == 0 { preamble.append(p.text) } else { texts[current, default: []].append(p.text) }
        }
        var warnings: [ReportWarning] = []
        var sections: [Section] = []
        for t in SectionTemplate.all {
            let h = headings[t.number]
            let tableFound = tablesFound[t.key] ?? false
            let found = h != nil || tableFound
            sections.append(Section(number: t.number, key: t.key, heading: h?.0, headingFound: h != nil, found: found,
                                    text: (texts[t.number] ?? []).joined(separator: "\n"), ref: h?.1))
            if h == nil {
                warnings.append(ReportWarning(
                    code: tableFound ? .sectionHeadingMissing : .sectionMissing,
                    message: tableFound
                        ? "section \(t.heading) has no heading in the source; its table was identified by its content"
                        : "section \(t.heading) was not found",
                    paths: [t.key]))
            }
        }
        return (sections, preamble, warnings)
    }
}
