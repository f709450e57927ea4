import DocumentModel

/// Places a row's values in its columns, using whatever positions the input has.
///
/// - Tab fields: the fields after the row's last label, empty ones included (a blank cell stays a
///   cell); words of two Chinese characters or more in the first may be the label's end, and the
///   row is not placed, unless there is one field more than columns and the last is filled (as a
///   cell the words would leave it over): then they end the label. Surplus fields (a label cell spanning two columns, merged cells) must be empty; when
///   empty fields at both ends allow more than one window of n fields, the window starting at the
///   table's known first value field for rows of this width is taken (`firstValueField`), and
///   without one the row is not placed and the warning names the readings. Fewer fields than
///   columns (a table read without rules, its columns from its numbers, leaves out those no row
///   fills): placed only by positions under the header, as below.
/// - x positions: in order when the count matches; otherwise each value goes to the nearest column
///   of a grid measured on the table's complete rows, and columns left over are blank; without
///   complete rows, to the one column whose header it overlaps (``TableReader/headerExtents(_:)``).
/// - No positions: in order only when the count matches.
///
/// Anything else is not placed: a wrong column is worse than a null.
enum ValuePlacer {
    enum Placement: Equatable {
        /// Per column: a stream index, or nil for a cell printed empty.
        case placed([Int?])
        case unplaced(String)
    }

    static func place(columns n: Int, run: [Int], groupFields: [Int]?, stream: [StreamItem], grid: [Double]?,
                      headerExtents: [ClosedRange<Double>]? = nil, firstValueField: Int? = nil) -> Placement {
        if let f = groupFields, !f.isEmpty {
            // Words right after the label (`-甲请数量`: a piece of the label that a stray mark cut
            // off, misread) may be the label's end, the values then starting a field later, or a
            // cell of the row: two readings, a column apart.
            if stream[f[0]].kind == .label, stream[f[0]].text.unicodeScalars.filter(ScalarClass.isHan).count >= 2 {
                // One field more than columns, the last one filled: as a cell, the words would
                // leave a filled field over, so they end the label (`四、结转下年，|昌继续办理|72…72`:
                // a stroke of `度` taken for a rule).
                if f.count == n + 1, stream[f[n]].kind != .empty {
                    return place(columns: n, run: run, groupFields: Array(f.dropFirst()), stream: stream, grid: grid,
                                 headerExtents: headerExtents, firstValueField: firstValueField)
                }
                return .unplaced("the text \"\(stream[f[0]].raw)\" right after the label may end the label or be the row's first cell")
            }
            if f.count < n {
                // Fewer fields than columns (a column no row fills, left out of the fields): each
                // value under the one column whose header it overlaps.
                let values = f.filter { stream[$0].kind != .empty }
                if let headers = headerExtents, case .placed(let slots)? = underHeaders(values, headers: headers, columns: n, stream: stream) {
                    return .placed(slots)
                }
                return .unplaced("\(values.count) values in \(f.count) fields for \(n) columns")
            }
            // Windows of n fields whose surplus fields, before and after, are all empty.
            let surplus = f.count - n
            let windows = (0...surplus).filter { k in
                f[..<k].allSatisfy { stream[$0].kind == .empty } && f[(k + n)...].allSatisfy { stream[$0].kind == .empty }
            }
            // Windows that read the same (a row of empty fields) are one reading.
            let readings = Set(windows.map { k in f[k..<(k + n)].map { stream[$0].kind == .empty ? -1 : $0 } })
            var chosen: Int? = readings.count == 1 ? windows.first : nil
            if windows.count > 1, let start = firstValueField {
                chosen = windows.first { stream[f[$0]].field == start }
            }
            if let k = chosen {
                return .placed(f[k..<(k + n)].map { stream[$0].kind == .empty ? nil : $0 })
            }
            let shown = f.map { stream[$0].kind == .empty ? "_" : stream[$0].raw }
            if windows.count > 1 {
                let readings = windows.map { k in shown[k..<(k + n)].joined(separator: " ") }
                return .unplaced("\(f.count) fields for \(n) columns (\(shown.joined(separator: " "))) could be read as \(readings.joined(separator: " or as "))")
            }
            return .unplaced("\(f.filter { stream[$0].kind != .empty }.count) values in \(f.count) fields for \(n) columns")
        }
        let values = run.filter { stream[$0].kind != .empty }
        if values.count == n { return .placed(values.map { Optional($0) }) }
        if values.count < n, let grid, grid.count == n, values.allSatisfy({ stream[$0].centerX != nil }) {
            var slots: [Int?] = Array(repeating: nil, count: n)
            for v in values {
                let x = stream[v].centerX!
                let distances = grid.map { abs($0 - x) }
                let best = distances.indices.min { distances[$0] < distances[$1] }!
                let gaps = zip(grid, grid.dropFirst()).map { $1 - $0 }
                let halfGap = (gaps.min() ?? 10) / 2
                guard distances[best] < halfGap, slots[best] == nil else {
                    return .unplaced("\(values.count) values for \(n) columns; positions ambiguous")
                }
                slots[best] = v
            }
            return .placed(slots)
        }
        if values.count < n, grid == nil, let headers = headerExtents, let placement = underHeaders(values, headers: headers, columns: n, stream: stream) {
            return placement
        }
        return .unplaced("\(values.count) values for \(n) columns")
    }

    /// Each value in the one column whose header it overlaps; nil without positions or headers
    /// for every column.
    static func underHeaders(_ values: [Int], headers: [ClosedRange<Double>], columns n: Int, stream: [StreamItem]) -> Placement? {
        guard values.count < n, headers.count == n, values.allSatisfy({ stream[$0].x0 != nil && stream[$0].x1 != nil }) else { return nil }
        var slots: [Int?] = Array(repeating: nil, count: n)
        for v in values {
            let (a, b) = (stream[v].x0!, stream[v].x1!)
            let under = headers.indices.filter { min(headers[$0].upperBound, b) > max(headers[$0].lowerBound, a) }
            guard under.count == 1, slots[under[0]] == nil else {
                return .unplaced("\(values.count) values for \(n) columns; not each under one column's header")
            }
            slots[under[0]] = v
        }
        return .placed(slots)
    }
}
