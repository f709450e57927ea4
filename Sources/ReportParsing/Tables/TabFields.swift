import DocumentModel

/// Tab fields of a row (tab-separated extracts and ruled grids): where a row's values start,
/// and how many fields the rows of one layout have.
extension TableReader {
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
    ///
    /// A label cell on the same table row right after it that is a piece of that row's label
    /// (`一、上年结转政府信息公玫` `-申请数量`: a scan's cell cut by a stray mark) is the label's
    /// too, not a cell of the row.
    func labelEnd(_ m: RowMatch) -> Int? {
        guard var end = m.labelItems.filter({ !m.header.contains($0) }).max() else { return nil }
        guard m.rows.count == 1 else { return end }
        // Chinese characters only: OCR reads a stray mark at the cut as `-` or `|`.
        let own = template.rows[m.rows[0]].core.filter(ScalarClass.isCJK)
        while end + 1 < stream.count, stream[end + 1].kind == .label, stream[end + 1].inTable,
              stream[end + 1].group == stream[end].group {
            let piece = Array(stream[end + 1].key.unicodeScalars.filter(ScalarClass.isCJK))
            guard piece.count >= options.minimumLabelPiece, PhraseSearch.contains(own, piece) else { break }
            end += 1
        }
        return end
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
}
