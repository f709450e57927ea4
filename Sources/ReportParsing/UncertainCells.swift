import DocumentModel

/// Marks the cells whose value may be wrong: OCR cells read with low confidence, and the single
/// unknown of a failed identity, which gets the value the identity implies as a suggestion and is
/// left null (`contradicted`: the reading stays in `raw`). The value read is never replaced by
/// another; a failed check stays failed.
///
/// The unknown of a failed identity is, in order: its only uncertain OCR cell, unless a passing
/// identity confirms it; else the only one another failed identity also involves; else the only
/// one whose digits, with one of them read as a look-alike (`3`/`8`, `9`/`8`, `6`/`5`, …), give
/// the value the identity implies. Where none is singled out, every OCR cell of the failed
/// identity that no passing identity confirms is marked uncertain (no suggestion): a cell marked
/// certain should be right.
enum UncertainCells {
    /// True when `text` becomes `target` with one digit read as its look-alike (`DigitLookAlikes`).
    static func oneLookAlikeAway(_ text: String, _ target: Double) -> Bool {
        guard target >= 0, target == target.rounded(), target < 1e15 else { return false }
        return DigitLookAlikes.oneApart(text, String(Int(target)))
    }

    /// A check whose sides each hold one value other than zero, the same one.
    static func echoes(_ check: Check) -> Bool {
        let lhs = check.values.prefix(check.lhsCount).compactMap { $0.value?.value }.filter { $0 != 0 }
        let rhs = check.values.dropFirst(check.lhsCount).compactMap { $0.value?.value }.filter { $0 != 0 }
        return lhs.count == 1 && rhs.count == 1 && lhs[0] == rhs[0]
    }

    /// `check` judged with its null operands as zero, when each is a cell printed empty in a
    /// column where nothing was read as a number in any row of its table (the 2019 template's
    /// requests table often leaves whole applicant columns empty: none of them), or a cell
    /// printed empty in a column of parts (not a `total` column): the 2019 template's reports
    /// leave a row's zero counts empty (`258 12 · · 1 1`) and its results' column sums hold
    /// only with them as zero. An empty total is not zero: a real report printed its
    /// carried-forward total empty beside a natural-person count of 1, and the 2019 report
    /// leaves every result row's total empty. A cell whose ink OCR could not read (`unread`)
    /// counts as zero too, in any column: its value is the unknown, and a failed identity then
    /// implies it. Used only to judge OCR readings; the report's checks are not changed.
    static func blanksAsZero(_ check: Check, emptyColumns: Set<String>, isBlank: (String) -> Bool,
                             isUnread: (String) -> Bool = { _ in false }) -> Check {
        func zero(_ path: String) -> Bool {
            isUnread(path) || (isBlank(path) && (emptyColumns.contains(column(path)) || !isTotal(path)))
        }
        guard check.status == .notAssessable, check.values.allSatisfy({ $0.value != nil || zero($0.path) }) else { return check }
        var zeros: [String: NumberValue?] = [:]
        for operand in check.values where operand.value == nil { zeros[operand.path] = NumberValue(text: "0", value: 0) }
        return check.judged(with: zeros)
    }

    /// A cell of a `total` column (`requests.granted.total`, `review_litigation.review.total`):
    /// the column that sums its row's parts.
    static func isTotal(_ path: String) -> Bool {
        path.split(separator: ".").last == "total"
    }

    /// A cell path's table and column (`requests.denied.state_secret.research` → `requests.research`).
    static func column(_ path: String) -> String {
        let parts = path.split(separator: ".")
        return parts.count >= 3 ? "\(parts[0]).\(parts[parts.count - 1])" : path
    }

    /// The columns where no cell holds a reading (a number, a note, text, a contradicted reading
    /// or ink unread): printed empty, or not placed.
    static func emptyColumns(_ cells: [CellRecord]) -> Set<String> {
        var all: Set<String> = [], read: Set<String> = []
        for c in cells {
            all.insert(column(c.path))
            if c.status == .value || c.status == .note || c.status == .text || c.status == .contradicted || c.status == .unread { read.insert(column(c.path)) }
        }
        return all.subtracting(read)
    }

    /// Marks `cells` in place and returns a warning per suggestion.
    static func mark(_ cells: inout [CellRecord], checks: [Check], uncertainBelow: Double) -> [ReportWarning] {
        let confident = max(uncertainBelow, 90)
        var index: [String: Int] = [:]
        for (i, c) in cells.enumerated() {
            index[c.path] = i
            if let conf = c.confidence, conf < uncertainBelow { cells[i].uncertain = true }
        }
        let emptyColumns = Self.emptyColumns(cells)
        let checks = checks.map { blanksAsZero($0, emptyColumns: emptyColumns, isBlank: { index[$0].map { cells[$0].status == .blank } ?? false },
                                               isUnread: { index[$0].map { cells[$0].status == .unread } ?? false }) }
        let failed = checks.filter { $0.status == .fail && $0.difference != nil }
        // Cells a passing identity confirms: not one that reads `x = x` (a row with one value and
        // its total, where the same glyph misread the same way in both cells still passes).
        let confirmed = Set(checks.filter { $0.status == .pass && !echoes($0) }.flatMap { $0.values.map(\.path) })
        // Cells read by OCR in each failed check, and the failed checks each such cell is in.
        var checksOf: [String: [Int]] = [:]
        for (k, check) in failed.enumerated() {
            for operand in check.values where index[operand.path].map({ cells[$0].confidence != nil }) ?? false {
                checksOf[operand.path, default: []].append(k)
            }
        }
        // The value an operand must have for `check` to hold.
        func impliedValue(_ check: Check, _ path: String) -> Double? {
            guard let position = check.values.firstIndex(where: { $0.path == path }),
                  let value = check.values[position].value?.value, let difference = check.difference else { return nil }
            // difference = lhs - rhs: an operand on the left is `difference` too large.
            return position < check.lhsCount ? value - difference : value + difference
        }
        var implied: [String: [Double]] = [:]
        for check in failed {
            let ocr = check.values.map(\.path).filter { checksOf[$0] != nil }
            guard !ocr.isEmpty else { continue }
            let uncertain = ocr.filter { cells[index[$0]!].uncertain }
            let crossing = ocr.filter { checksOf[$0]!.count >= 2 }
            let lookAlike = ocr.filter { p in
                impliedValue(check, p).map { oneLookAlikeAway(cells[index[p]!].raw ?? "", $0) } ?? false
            }
            let unknown: String
            // A reading in doubt that a passing identity confirms (its row's sum holds with it)
            // is not the unknown: the identity that fails then shows another misreading, or the
            // report's own inconsistency (平潭's 2020 results fail their sum by 6 in print).
            if uncertain.count == 1, !confirmed.contains(uncertain[0]) {
                unknown = uncertain[0]
            } else if uncertain.isEmpty, crossing.count == 1 {
                unknown = crossing[0]
            } else if uncertain.isEmpty, lookAlike.count == 1 {
                unknown = lookAlike[0]
                cells[index[unknown]!].uncertain = true
            } else {
                for p in ocr where !confirmed.contains(p) { cells[index[p]!].uncertain = true }
                continue
            }
            // Alone, an identity points at its unknown only when every other cell was read
            // with high confidence; otherwise a second failed identity must point at it too.
            let sure = ocr.allSatisfy { $0 == unknown || (cells[index[$0]!].confidence ?? 0) >= confident }
            if !sure && checksOf[unknown]!.count < 2 && !lookAlike.contains(unknown) {
                for p in ocr where !confirmed.contains(p) { cells[index[p]!].uncertain = true }
                continue
            }
            // The unknown taken for being the one reading in doubt, while another cell was read
            // with less than high confidence: that cell may be the misread one instead (the 2019
            // LibreOffice print upside down at 300 dpi, seed 31: `25` in doubt, implied `75`, a 2
            // for a 7; the misread cell was `252` read `202`, confidence 87, left certain). Such
            // cells are not certain either.
            // The same where the unknown is taken for the one cell a look-alike digit explains,
            // for cells read with less confidence than it (the same print at 300 dpi, seed 32:
            // `25`, confidence 90, taken for a 2 read for a 7; `252` read `202`, confidence 77).
            let doubtedBelow: Double? = uncertain == [unknown] ? confident
                : uncertain.isEmpty && lookAlike == [unknown] ? cells[index[unknown]!].confidence.map { min($0, confident) } : nil
            if !sure, let ceiling = doubtedBelow {
                for p in ocr where p != unknown && !confirmed.contains(p) && (cells[index[p]!].confidence ?? 0) < ceiling {
                    cells[index[p]!].uncertain = true
                }
            }
            guard let value = impliedValue(check, unknown) else { continue }
            implied[unknown, default: []].append(value)
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
            // A reading in doubt that the identities contradict is probably misread: null (a
            // wrong number is worse than a null), with the reading kept in `raw`. Ink unread
            // stays `unread`, now with the value the identities imply.
            cells[i].value = nil
            if cells[i].status != .unread { cells[i].status = .contradicted }
            warnings.append(ReportWarning(code: .ocrSuggestion,
                message: "cell \(path) was read as \(cells[i].raw ?? "?") with doubt; the identities imply \(text): left null (the reading is in raw, the implied value in suggestion, never substituted)",
                paths: [path], ref: cells[i].ref))
        }
        return warnings
    }
}
