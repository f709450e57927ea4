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

    /// Match keys that start the applications table.
    static let requestAnchors = ["本年新收", "本列数据", "申请人情况"]
    /// Match keys that start the review and litigation table.
    static let reviewAnchors = ["行政复议", "行政诉讼", "复议后起诉", "直接起诉", "维持", "纠正", "审结", "其他结果"]

    public func parse(_ document: CleanDocument) -> Report {
        parse(document, evidenceOverride: nil)
    }

    func parse(_ document: CleanDocument, evidenceOverride: String?) -> Report {
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
        let requestStart = firstIndex { $0.kind == .label && $0.key.contains("本年新收") }
            ?? firstIndex { $0.kind == .label && $0.key.contains("上年结转") }
        let disclosureStart = [firstIndex { $0.kind == .label && $0.key.contains("第二十条") }, headingIndex[2]]
            .compactMap { $0 }.min() ?? 0

        // Which template.
        let (template, evidence) = chooseTemplate(items: items, from: disclosureStart, to: requestStart ?? items.count,
                                                  titleYear: nil)

        // Section 二.
        var adReader = TableReader(template: template.activeDisclosure, fixedVariants: [:], stream: items,
                                   itemsByLine: stream.itemsByLine, stopAnchors: Self.requestAnchors)
        adReader.lineExtents = document.lineExtents
        let ad = adReader.read(from: disclosureStart, to: items.count)
        // Section 三.
        var rq = TableReader.Result()
        if let s = requestStart {
            var reader = TableReader(template: template.requests, fixedVariants: [:], stream: items, itemsByLine: stream.itemsByLine,
                                     stopAnchors: Self.reviewAnchors)
            reader.validator = Self.requestChecks(template)
            reader.lineExtents = document.lineExtents
            rq = reader.read(from: s, to: items.count)
        }
        // Section 四: after the applications table, at its first header word or at the heading.
        let reviewFrom = rq.stopIndex
            ?? firstIndex(from: requestStart ?? 0) { it in
                it.kind == .label && Self.reviewAnchors.contains(where: { it.key.contains($0) })
            }
            ?? headingIndex[4]
        var rv = TableReader.Result()
        if let s = reviewFrom {
            var reader = TableReader(template: template.reviewLitigation, fixedVariants: [:], stream: items,
                                     itemsByLine: stream.itemsByLine, stopAnchors: [])
            reader.lineExtents = document.lineExtents
            rv = reader.readSingleRow(from: s, to: items.count)
        }

        // Cells in template order, missing ones named.
        var variants = template.defaultVariants
        for (k, v) in rq.variantsSeen { variants[k] = v }
        var cells: [CellRecord] = []
        for (table, result) in [(template.activeDisclosure, ad), (template.requests, rq), (template.reviewLitigation, rv)] {
            warnings += result.warnings
            var missingRows: [RowTemplate] = []
            for (r, row) in table.rows.enumerated() {
                if let alt = row.alternative, variants[alt] != row.variant { continue }
                let paths = table.rowPaths[r]
                if paths.allSatisfy({ result.cells[$0] == nil }) { missingRows.append(row) }
                for p in paths {
                    cells.append(result.cells[p] ?? CellRecord(path: p, value: nil, raw: nil, status: .missing))
                }
            }
            if result.cells.isEmpty {
                warnings.append(ReportWarning(code: "table-missing",
                    message: "the \(table.key) table is not in the source; all its cells are null",
                    paths: [table.key]))
            } else {
                for row in missingRows {
                    let paths = table.rowPaths[table.rows.firstIndex(of: row)!]
                    warnings.append(ReportWarning(code: "row-missing",
                        message: "row \(row.label) of the \(table.key) table is not in the source; its cells are null",
                        paths: paths))
                }
            }
        }

        // Checks.
        var values: [String: NumberValue?] = [:]
        for c in cells { values[c.path] = c.value }
        let checks = CheckRunner.evaluate(Self.checkDefinitions(template.id, variants["other"] ?? "split"), values: values)
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
        var meta = ReportMetadata()
        // The printed title; else the one the file declares (web pages printed to PDF carry it
        // only in the document information), when it names a report.
        meta.title = MetadataExtractor.title(from: preamble)
            ?? MetadataExtractor.title(from: MetadataExtractor.leadingLines(document.blocks))
            ?? document.declaredTitle.flatMap { MetadataExtractor.title(from: [$0]) }
        meta.agency = MetadataExtractor.agency(fromTitle: meta.title)
        let allText = document.blocks.compactMap { b -> String? in
            if case .paragraph(let p) = b { return p.text }
            return nil
        }.joined(separator: "\n")
        let period = MetadataExtractor.period(in: allText)
        meta.periodStart = period?.0
        meta.periodEnd = period?.1
        meta.year = MetadataExtractor.year(fromTitle: meta.title) ?? period.flatMap { Int($0.1.prefix(4)) }
        meta.contact = MetadataExtractor.contact(in: allText)
        if evidence == "default", let y = meta.year {
            // No table evidence: the year decides.
            let byYear = y >= 2021 ? Template2021.template : Template2019.template
            meta.template = byYear.id
            meta.templateEvidence = "year"
            if byYear.id != template.id {
                var again = options
                again.template = byYear.id
                return ReportParser(options: again).parse(document, evidenceOverride: "year")
            }
        } else {
            meta.template = template.id
            meta.templateEvidence = evidenceOverride ?? evidence
        }
        if meta.title == nil {
            warnings.append(ReportWarning(code: "title-missing", message: "no report title found at the start of the document"))
        }
        return Report(metadata: meta, sections: sections, cells: cells, checks: checks, warnings: warnings,
                      tablesFound: tablesFound)
    }

    /// Builds the templates and their check definitions now (they are built on first use otherwise).
    public static func prepare() {
        _ = Templates.all
        _ = definitions2021Split
        _ = definitions2021Single
    }

    /// Check definitions per template and printed form of the `（六）` rows, each computed on first use.
    static let definitions2021Split = definitions(Template2021.template, "split")
    static let definitions2021Single = definitions(Template2021.template, "single")
    static let definitions2019Split = definitions(Template2019.template, "split")
    static let definitions2019Single = definitions(Template2019.template, "single")

    static func definitions(_ t: ReportTemplate, _ variant: String) -> [CheckDefinition] {
        let rows = t.requests.rows.filter { r in r.alternative == nil || r.variant == variant }.map(\.key)
        let results = rows.filter { !["new_received", "carried_over", "total", "carried_forward"].contains($0) }
        return CheckRunner.definitions(requestResultRows: results, requestRows: rows)
    }

    static func checkDefinitions(_ templateID: String, _ variant: String) -> [CheckDefinition] {
        switch (templateID, variant) {
        case ("2019", "single"): return definitions2019Single
        case ("2019", _): return definitions2019Split
        case (_, "single"): return definitions2021Single
        default: return definitions2021Split
        }
    }

    /// The applications table's identities over whatever rows a set of values holds.
    static func requestChecks(_ template: ReportTemplate) -> @Sendable ((String) -> NumberValue??) -> [Check] {
        let id = template.id
        return { lookup in
            let isSingle = lookup("requests.other.total") != nil
            return CheckRunner.evaluate(checkDefinitions(id, isSingle ? "single" : "split"), lookup: lookup)
        }
    }

    static let distinctive: [String: [[Unicode.Scalar]]] = Dictionary(uniqueKeysWithValues: Templates.all.map {
        ($0.id, $0.distinctiveHeaders.map { Array(MatchKey.make($0).unicodeScalars) })
    })

    /// The template: forced by the options, or the one whose distinctive headers and row labels the
    /// section 二 region prints; `default` evidence when the region shows neither.
    func chooseTemplate(items: [StreamItem], from: Int, to: Int, titleYear: Int?) -> (ReportTemplate, String) {
        if let id = options.template, let t = Templates.template(id: id) { return (t, "forced") }
        var score: [String: Int] = [:]
        var text: [Unicode.Scalar] = []
        for it in items[from..<max(from, min(to, items.count))] where it.kind == .label {
            text.append(contentsOf: it.key.unicodeScalars)
            text.append("|")
        }
        for t in Templates.all {
            score[t.id] = Self.distinctive[t.id]!.filter { PhraseSearch.contains(text, $0) }.count
        }
        // "本年处理决定数量" contains "处理决定数量": count the 2019 form only where 本年 is absent.
        let s21 = score["2021"] ?? 0, s19 = score["2019"] ?? 0
        if s21 > s19 { return (Template2021.template, "table-headers") }
        if s19 > s21 { return (Template2019.template, "table-headers") }
        return (Template2021.template, "default")
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
                    code: tableFound ? "section-heading-missing" : "section-missing",
                    message: tableFound
                        ? "section \(t.heading) has no heading in the source; its table was identified by its content"
                        : "section \(t.heading) was not found",
                    paths: [t.key]))
            }
        }
        return (sections, preamble, warnings)
    }
}

extension TableReader {
    /// Reads a table printed as one row of values (section 四): the values after `start`, up to the
    /// first prose or heading after them.
    func readSingleRow(from start: Int, to end: Int) -> Result {
        var m = RowMatch(rows: [0], labelItems: [])
        var result = Result()
        var sawLabelSinceValue = false
        var i = start
        while i < end {
            let item = stream[i]
            switch item.kind {
            case .prose, .heading:
                if !m.runs.isEmpty { i = end; continue }
            case .label:
                if m.runs.isEmpty { m.labelItems.append(i) } else { sawLabelSinceValue = true }
            case .empty:
                break
            case .value, .blank:
                let newRun = m.runs.isEmpty || sawLabelSinceValue || stream[m.runs.last!.last!].group != item.group
                if newRun {
                    m.runs.append([i])
                    m.runAfterLabels.append(sawLabelSinceValue)
                } else {
                    m.runs[m.runs.count - 1].append(i)
                }
                m.valueItems.append(i)
                sawLabelSinceValue = false
            }
            i += 1
        }
        guard !m.runs.isEmpty else { return result }
        m.labels[0] = template.rows[0].label
        place([m], into: &result)
        return result
    }
}
