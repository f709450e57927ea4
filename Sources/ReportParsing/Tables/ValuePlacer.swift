/// Places a row's values in its columns, using whatever positions the input has.
///
/// - Tab fields: the fields after the row's last label, empty ones included (a blank cell stays a
///   cell); surplus empty fields at the end (merged cells) and at the start (a label cell spanning
///   two columns) are dropped.
/// - x positions: in order when the count matches; otherwise each value goes to the nearest column
///   of a grid measured on the table's complete rows, and columns left over are blank.
/// - No positions: in order only when the count matches.
///
/// Anything else is not placed: a wrong column is worse than a null.
enum ValuePlacer {
    enum Placement: Equatable {
        /// Per column: a stream index, or nil for a cell printed empty.
        case placed([Int?])
        case unplaced(String)
    }

    static func place(columns n: Int, run: [Int], groupFields: [Int]?, stream: [StreamItem], grid: [Double]?) -> Placement {
        if let fields = groupFields, !fields.isEmpty {
            var f = fields
            while f.count > n, let last = f.last, stream[last].kind == .empty { f.removeLast() }
            while f.count > n, let first = f.first, stream[first].kind == .empty { f.removeFirst() }
            if f.count == n {
                return .placed(f.map { stream[$0].kind == .empty ? nil : $0 })
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
        return .unplaced("\(values.count) values for \(n) columns")
    }
}
