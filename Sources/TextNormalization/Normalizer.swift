import Foundation
import DocumentModel

/// The normalization stage: repairs what extraction broke and groups lines into paragraphs and
/// tables. Pure: a `Document` in, a `CleanDocument` out, every threshold in the options.
///
/// Order (``ruleNames``): text rules on every span (compatibility ideographs, widths, CJK
/// spaces); page furniture; values glued to their labels split off (extracts); lines classified
/// and grouped into prose and table regions, prose lines joined into paragraphs and one-cell
/// lines rebuilt into rows (``BlockBuilder``); tables continued across pages rejoined; then the
/// table rules (``tableRules(matcher:)``) on each table.
public struct Normalizer: Sendable {
    public var options: NormalizationOptions

    public init(options: NormalizationOptions = .init()) {
        self.options = options
    }

    /// Normalizes `document`. Taking it by `consuming` lets the span texts be cleaned in place
    /// instead of copied (peak memory on long documents).
    public func normalize(_ document: consuming Document) -> CleanDocument {
        var repairs: [String: Int] = [:]
        func count(_ name: String, _ n: Int) { if n > 0 { repairs[name, default: 0] += n } }

        // 1. Text rules on every span.
        let ideographs = UnifyCompatibilityIdeographs()
        let widths = UnifyCharacterWidths()
        let spaces = RemoveCJKSpaces()
        let source = document.source
        let declaredTitle = document.declaredTitle
        let originalPages = document.pages.map { page in
            let confidences = page.lines.flatMap { $0.spans.compactMap(\.confidence) }
            return (number: page.number, origin: page.origin, problem: page.problem, ocrReason: page.ocrReason,
                    confidence: confidences.isEmpty ? nil : confidences.reduce(0, +) / Double(confidences.count),
                    width: page.width, height: page.height, turns: page.quarterTurns)
        }
        var raws: [SourceRef: [String]] = [:]
        var extents: [SourceRef: LineExtent] = [:]
        var blankAfterText: Set<SourceRef> = []
        let inPoints = document.source.layout == .geometry
        for page in document.pages {
            for line in page.lines where raws[line.ref] == nil {
                raws[line.ref] = line.spans.map(\.text)
                if inPoints, let y0 = line.y0, let y1 = line.y1 { extents[line.ref] = LineExtent(y0: y0, y1: y1) }
                if line.blankAfterText { blankAfterText.insert(line.ref) }
            }
        }
        var pages = (consume document).pages
        for p in pages.indices {
            for l in pages[p].lines.indices {
                for s in pages[p].lines[l].spans.indices {
                    let original = pages[p].lines[l].spans[s].text
                    let ideo = ideographs.apply(original)
                    if ideo != original { count(UnifyCompatibilityIdeographs.name, 1) }
                    let w = widths.apply(ideo)
                    if w != ideo { count(UnifyCharacterWidths.name, 1) }
                    let c = spaces.apply(w)
                    if c != w.trimmingSpaces() { count(RemoveCJKSpaces.name, 1) }
                    pages[p].lines[l].spans[s].text = c
                }
            }
        }

        // 2. Page furniture.
        let furniture = DropPageFurniture(edgeLines: options.furnitureEdgeLines,
                                          runningHeaderMinPages: options.runningHeaderMinPages)
        var (cleanPages, dropped) = furniture.apply(pages)
        pages = []
        count(DropPageFurniture.name, dropped.reduce(0, +))

        // 3. Lines → cells, kinds.
        let tabbed = source.layout == .tabSeparated
        // Glued labels and values are split in extracts and on OCR pages (a rule between a label
        // and its value that was not found); a PDF's text layer splits them by its glyphs' gaps,
        // and a value nearer its label than a cell gap as in `applyOnTextLayer`.
        let glued = SplitValueFromLabel(lexicon: options.lexicon)
        var lines: [BuiltLine] = []
        for p in cleanPages.indices {
            // Each page's lines are released once its cells are built, so the spans and the cells
            // of the whole document are never held at once (the peak memory of long documents).
            let page = cleanPages[p]
            cleanPages[p].lines = []
            lines.append(BuiltLine(cells: [], ref: SourceRef(page: page.number, line: 0), kind: .blank, pageBreak: true))
            for line in page.lines {
                let rawTexts = raws[line.ref] ?? line.spans.map(\.text)
                var cells: [Cell] = []
                cells.reserveCapacity(line.spans.count)
                for (i, span) in line.spans.enumerated() {
                    let raw = i < rawTexts.count ? rawTexts[i] : span.text
                    var cell = Cell(text: span.text, raw: raw, ref: line.ref, x0: span.x0, x1: span.x1,
                                    field: span.field, confidence: span.confidence)
                    cell.unreadableNumber = span.unreadableNumber
                    cell.ruledAbove = span.ruledAbove
                    cells.append(cell)
                }
                let unglued = source.layout != .geometry || page.origin == .ocr
                    ? glued.apply(cells, beforeValues: page.origin == .ocr) : glued.applyOnTextLayer(cells)
                cells = unglued.cells
                count(SplitValueFromLabel.name, unglued.splits)
                // Rows of fields: a tab-separated extract's lines, and the bands of a ruled grid.
                let fielded = line.spans.count >= 2 && (tabbed || line.spans.allSatisfy { $0.field != nil })
                let kind = LineKind.classify(cells, tabSeparated: fielded,
                                             labelMaxLength: options.labelMaxLength)
                lines.append(BuiltLine(cells: cells, ref: line.ref, kind: kind, pageBreak: false))
            }
        }

        cleanPages = []
        raws = [:]

        // 4. Regions, paragraphs, rows.
        var blocks: [Block]
        do {
            var builder = BlockBuilder(options: options, lines: lines)
            lines = []
            blocks = builder.build()
            for (k, v) in builder.repairs { count(k, v) }
        }

        // 5. Table repairs.
        let tolerance = source.layout == .geometry ? options.columnTolerancePoints : options.columnToleranceCharacters
        let matcher = ColumnMatcher(tolerance: tolerance)
        let rejoined = RejoinTablesAcrossPages().apply(blocks)
        blocks = rejoined.blocks
        count(RejoinTablesAcrossPages.name, rejoined.joins)
        let rules = tableRules(matcher: matcher, extents: extents)
        for b in blocks.indices {
            guard case .table(var table) = blocks[b] else { continue }
            for rule in rules {
                let repair = rule.apply(table)
                table = repair.table
                count(type(of: rule).name, repair.repairs)
            }
            blocks[b] = .table(table)
        }

        let infos = originalPages.enumerated().map { i, page in
            var info = PageInfo(number: page.number, origin: page.origin, furnitureDropped: i < dropped.count ? dropped[i] : 0,
                                problem: page.problem, ocrConfidence: page.confidence, ocrReason: page.ocrReason,
                                width: page.width, height: page.height)
            info.quarterTurns = page.turns
            return info
        }
        var clean = CleanDocument(source: source, pages: infos, blocks: blocks, repairs: repairs)
        clean.declaredTitle = declaredTitle
        clean.lineExtents = extents
        clean.blankAfterText = blankAfterText
        return clean
    }
}

extension Normalizer {
    /// Every rule's name, in the order the rules run (Docs/architecture.md lists them so).
    public static let ruleNames: [String] = [
        UnifyCompatibilityIdeographs.name, UnifyCharacterWidths.name, RemoveCJKSpaces.name,
        DropPageFurniture.name, SplitValueFromLabel.name,
        JoinBrokenParagraphs.name, RebuildRowsFromCellLines.name, RejoinTablesAcrossPages.name,
    ] + Normalizer().tableRules(matcher: ColumnMatcher(tolerance: 0)).map { type(of: $0).name }

    /// The table rules in the order they run: pieces of group labels split off the row labels they
    /// were read with; rows and cells put together (rows split by a page, header cells split across lines, wrapped note cells, vertical group labels, wrapped
    /// row labels), then the header rows a page break repeated are dropped. `extents`: the vertical
    /// extent of each source line, where the source gives them (a row's values read before its label).
    public func tableRules(matcher: ColumnMatcher, extents: [SourceRef: LineExtent] = [:]) -> [any TableRule] {
        [
            SplitGroupLabelPieces(lexicon: options.lexicon),
            JoinRowsSplitAcrossPages(),
            JoinSplitHeaderCells(lexicon: options.lexicon, matcher: matcher),
            JoinWrappedNoteCells(matcher: matcher),
            JoinVerticalLabels(matcher: matcher),
            JoinValuesBesideTheirLabel(extents: extents, besideShare: options.besideShare, matcher: matcher),
            JoinWrappedRowLabels(matcher: matcher, lexicon: options.lexicon),
            DropRepeatedHeaderRows(),
        ]
    }
}

/// A cleaned line with its kind, as the block builder walks them.
struct BuiltLine {
    var cells: [Cell]
    var ref: SourceRef
    var kind: LineKind
    /// A synthetic marker for the start of a page.
    var pageBreak: Bool

    var text: String { cells.filter { !$0.text.isEmpty }.map(\.text).joined() }
}
