/// Marks the cells whose value may be wrong: OCR cells read with low confidence, and the single
/// unknown of a failed identity, which gets the value the identity implies as a suggestion. The
/// value read is never replaced; a failed check stays failed.
enum UncertainCells {
    /// Marks `cells` in place and returns a warning per suggestion.
    static func mark(_ cells: inout [CellRecord], checks: [Check], uncertainBelow: Double) -> [ReportWarning] {
        let confident = max(uncertainBelow, 90)
        var index: [String: Int] = [:]
        for (i, c) in cells.enumerated() {
            index[c.path] = i
            if let conf = c.confidence, conf < uncertainBelow { cells[i].uncertain = true }
        }
        let failed = checks.filter { $0.status == .fail && $0.difference != nil }
        // Cells read by OCR in each failed check, and the failed checks each such cell is in.
        var checksOf: [String: [Int]] = [:]
        for (k, check) in failed.enumerated() {
            for operand in check.values where index[operand.path].map({ cells[$0].confidence != nil }) ?? false {
                checksOf[operand.path, default: []].append(k)
            }
        }
        // The one unknown of each failed check: its only uncertain cell; else, among its OCR
        // cells, the only one another failed check also involves.
        var implied: [String: [Double]] = [:]
        for (k, check) in failed.enumerated() {
            let ocr = check.values.map(\.path).filter { checksOf[$0] != nil }
            guard !ocr.isEmpty else { continue }
            let uncertain = ocr.filter { cells[index[$0]!].uncertain }
            let crossing = ocr.filter { checksOf[$0]!.count >= 2 }
            let unknown: String
            if uncertain.count == 1 {
                unknown = uncertain[0]
            } else if uncertain.isEmpty, crossing.count == 1 {
                unknown = crossing[0]
            } else {
                continue
            }
            // Alone, an identity points at its unknown only when every other cell was read
            // with high confidence; otherwise a second failed identity must point at it too.
            let sure = ocr.allSatisfy { $0 == unknown || (cells[index[$0]!].confidence ?? 0) >= confident }
            if !sure && checksOf[unknown]!.count < 2 { continue }
            guard let position = check.values.firstIndex(where: { $0.path == unknown }),
                  let value = check.values[position].value?.value, let difference = check.difference else { continue }
            // difference = lhs - rhs: an operand on the left is `difference` too large.
            implied[unknown, default: []].append(position < check.lhsCount ? value - difference : value + difference)
        }
        var warnings: [ReportWarning] = []
        for (path, values) in implied.sorted(by: { $0.key < $1.key }) {
            let i = index[path]!
            cells[i].uncertain = true
            // Every identity that names this cell must agree, on a count that can be printed;
            // a cell in two failed identities needs both to.
            guard let v = values.first, values.allSatisfy({ $0 == v }), v >= 0, v == v.rounded(),
                  values.count >= min(2, checksOf[path]!.count) else { continue }
            let text = String(Int(v))
            cells[i].suggestion = NumberValue(text: text, value: v)
            warnings.append(ReportWarning(code: "ocr-suggestion",
                message: "cell \(path) was read as \(cells[i].raw ?? "?"); the identities imply \(text) (a suggestion: the value read is kept)",
                paths: [path], ref: cells[i].ref))
        }
        return warnings
    }
}
