import DocumentModel

/// Numbers of neighbouring columns read as one word on a page that continues a table without
/// rules from the page before, parted under that page's header. 上海市政府办公厅's 2019 page
/// printed without rules, values set right, puts its last two rows (（七）总计 and
/// 四、结转下年度继续办理) on a page of their own: too few rows there to find the table, they are
/// read as prose, and the total row's `1 805` (the other organisations' `1`, the total's `805`)
/// came back `1805`: four values for seven columns, not each under one column's header, and
/// the row was lost (5 cells) in scans at 200 and 240 dpi.
///
/// Such a word is parted as on a page with its header (``OCRPageReader/parted(_:under:image:threshold:)``):
/// only where its ink parts it (``Span/inkParts``) and each part lies under exactly one of the
/// header's columns, a different one each. So is a number read last with a label's words
/// (`(+) Sit 767`: the label, under none of the columns, and the `767` of 自然人). The header is the
/// last one read on the page before (``Line/tableHeader``), the pages read by OCR one after the
/// other, turned alike and as wide; the lines parted are those above the page's own first
/// header, if any. The parts are then cleared from every span: they served this only.
enum NumbersUnderThePageBefore {
    static func parting(_ pages: inout [Page]) {
        for k in pages.indices {
            defer {
                for l in pages[k].lines.indices where pages[k].lines[l].spans.contains(where: { !$0.inkParts.isEmpty }) {
                    for s in pages[k].lines[l].spans.indices { pages[k].lines[l].spans[s].inkParts = [] }
                }
            }
            guard k > 0, case let before = pages[k - 1], pages[k].origin == .ocr, before.origin == .ocr,
                  before.number == pages[k].number - 1, before.quarterTurns == pages[k].quarterTurns, before.width == pages[k].width,
                  let header = before.lines.last(where: \.tableHeader) else { continue }
            let columns = header.spans.compactMap { s -> ClosedRange<Double>? in
                guard let a = s.x0, let b = s.x1, b > a else { return nil }
                return a...b
            }
            guard columns.count >= 2 else { continue }
            let end = pages[k].lines.firstIndex(where: \.tableHeader) ?? pages[k].lines.count
            for l in 0..<end where pages[k].lines[l].spans.contains(where: { !$0.inkParts.isEmpty }) {
                pages[k].lines[l].spans = pages[k].lines[l].spans.flatMap { parted($0, under: columns) ?? [$0] }
            }
        }
    }

    /// `span`'s parts, where each part of digits lies under exactly one of `columns`, a different
    /// one each, and any other part (a label's words) under none; nil otherwise.
    static func parted(_ span: Span, under columns: [ClosedRange<Double>]) -> [Span]? {
        func under(_ s: Span) -> [Int]? {
            guard let a = s.x0, let b = s.x1 else { return nil }
            return columns.indices.filter { columns[$0].overlaps(a...b) }
        }
        guard span.inkParts.count >= 2 else { return nil }
        var taken = Set<Int>()
        for part in span.inkParts {
            guard let cols = under(part) else { return nil }
            if !part.text.isEmpty, part.text.unicodeScalars.allSatisfy(ScalarClass.isASCIIDigit) {
                guard cols.count == 1, taken.insert(cols[0]).inserted else { return nil }
            } else if !cols.isEmpty {
                return nil
            }
        }
        return taken.isEmpty ? nil : span.inkParts
    }
}
