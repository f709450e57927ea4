import DocumentModel

/// Groups classified lines into prose and table regions, then paragraphs and rows.
///
/// A table region opens at a row or a value line, or at a label that is a known table term or is
/// followed by a value; it stays open across blank lines and page breaks (tables continue on the
/// next page), and closes at prose or at a section heading (`三、…`) not followed by a value.
struct BlockBuilder {
    let options: NormalizationOptions
    let lines: [BuiltLine]
    var repairs: [String: Int] = [:]

    init(options: NormalizationOptions, lines: [BuiltLine]) {
        self.options = options
        self.lines = lines
    }

    mutating func build() -> [Block] {
        var blocks: [Block] = []
        var prose: [ProseLine] = []
        var table: [RebuildRowsFromCellLines.Item] = []
        var tableOpen = false
        var gap = false
        let typical = JoinBrokenParagraphs.typicalLength(
            of: lines.filter { $0.kind == .prose || $0.kind == .label }.map(\.text))
        let joiner = JoinBrokenParagraphs(fullLineRatio: options.fullLineRatio, longLineLength: options.longLineLength)

        func flushProse() {
            guard !prose.isEmpty else { return }
            let (paragraphs, joins) = joiner.apply(prose, typicalLength: typical)
            if joins > 0 { repairs[JoinBrokenParagraphs.name, default: 0] += joins }
            blocks += paragraphs.map(Block.paragraph)
            prose = []
        }
        func flushTable() {
            guard tableOpen else { return }
            let (rows, rebuilt) = RebuildRowsFromCellLines().apply(table)
            if rebuilt > 0 { repairs[RebuildRowsFromCellLines.name, default: 0] += rebuilt }
            if !rows.isEmpty { blocks.append(.table(Table(rows: rows))) }
            table = []
            tableOpen = false
        }
        func openTable() {
            if !tableOpen {
                flushProse()
                tableOpen = true
            }
        }

        for (i, line) in lines.enumerated() {
            if line.pageBreak || line.kind == .blank {
                if tableOpen { table.append(.gap) } else { gap = true }
                continue
            }
            let single = line.cells.filter { !$0.text.isEmpty }
            switch line.kind {
            case .row:
                openTable()
                table.append(.cells(line.cells, multiCell: true))
            case .value:
                openTable()
                table.append(.cells(single, multiCell: false))
            case .label:
                let text = line.text
                let heading = ItemNumber.startsWithChineseHeadingNumber(text)
                let nextIsValue = nextKind(after: i) == .value
                if tableOpen {
                    if heading && !nextIsValue {
                        flushTable()
                        prose.append(ProseLine(text: text, ref: line.ref, gapBefore: gap))
                    } else {
                        table.append(.cells(single, multiCell: false))
                    }
                } else if nextIsValue || (!heading && text.unicodeScalars.count >= 2 && options.lexicon.isPrefix(text)) {
                    openTable()
                    table.append(.cells(single, multiCell: false))
                } else {
                    prose.append(ProseLine(text: text, ref: line.ref, gapBefore: gap))
                }
            case .prose:
                flushTable()
                prose.append(ProseLine(text: line.text, ref: line.ref, gapBefore: gap))
            case .blank:
                break
            }
            gap = false
        }
        flushTable()
        flushProse()
        return blocks
    }

    func nextKind(after i: Int) -> LineKind? {
        var j = i + 1
        while j < lines.count {
            if !lines[j].pageBreak && lines[j].kind != .blank { return lines[j].kind }
            j += 1
        }
        return nil
    }
}
