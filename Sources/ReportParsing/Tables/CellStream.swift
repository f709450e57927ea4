import DocumentModel

/// Flattens the cleaned document into stream items in reading order. Paragraphs are kept: text
/// extracts often print table labels as lines of their own, and some tools move table parts
/// after prose.
struct CellStream {
    var items: [StreamItem] = []
    /// For each item, the index of its block (to tell which paragraphs tables used).
    var blockOfItem: [Int] = []
    /// Section number of each paragraph block that is a heading.
    var headingOfBlock: [Int: Int] = [:]
    /// Stream indices of table items by source line.
    var itemsByLine: [SourceRef: [Int]] = [:]

    /// Paragraphs up to this many characters may be labels; longer ones are prose.
    static let labelMaxLength = 40

    init(_ document: CleanDocument, sectionOf: (String) -> Int?) {
        var group = 0
        var count = 0
        for block in document.blocks {
            switch block {
            case .paragraph: count += 1
            case .table(let t): for row in t.rows { count += row.cells.count }
            }
        }
        items.reserveCapacity(count)
        blockOfItem.reserveCapacity(count)
        for (b, block) in document.blocks.enumerated() {
            switch block {
            case .paragraph(let p):
                let kind: StreamItem.Kind
                if let n = sectionOf(p.text) {
                    kind = .heading
                    headingOfBlock[b] = n
                } else if NumberText.isValueLike(p.text) {
                    kind = NumberText.valueNumber(p.text) != nil ? .value : .blank
                } else if p.text.unicodeScalars.count <= Self.labelMaxLength {
                    kind = .label
                } else {
                    kind = .prose
                }
                items.append(StreamItem(kind: kind, text: p.text, raw: p.text, key: MatchKey.make(p.text), ref: p.ref,
                                        group: group, inTable: false))
                blockOfItem.append(b)
                group += 1
            case .table(let t):
                for row in t.rows {
                    for cell in row.cells {
                        let kind: StreamItem.Kind
                        if cell.text.isEmpty {
                            // Ink a scan's OCR read as nothing where a number is printed: a cell.
                            kind = cell.unreadableNumber ? .blank : .empty
                        } else if NumberText.valueNumber(cell.text) != nil {
                            kind = .value
                        } else if NumberText.isBlankMarker(cell.text) || cell.unreadableNumber {
                            kind = .blank
                        } else {
                            kind = .label
                        }
                        // Only labels are matched: values and blanks need no key.
                        let key = kind == .label ? MatchKey.make(cell.text) : ""
                        var item = StreamItem(kind: kind, text: cell.text, raw: cell.raw, key: key,
                                              ref: cell.ref, x0: cell.x0, x1: cell.x1, field: cell.field,
                                              confidence: cell.confidence, group: group, inTable: true)
                        item.unread = kind == .blank && cell.unreadableNumber && (cell.text.isEmpty || !NumberText.isBlankMarker(cell.text))
                        items.append(item)
                        blockOfItem.append(b)
                        itemsByLine[cell.ref, default: []].append(items.count - 1)
                    }
                    group += 1
                }
            }
        }
    }
}
