extension Report {
    /// Takes back the numbers of the cells at `paths`: each becomes null and `unplaced` (its raw
    /// text kept, no longer uncertain), and every identity it takes part in becomes not assessable,
    /// as when the cell was never placed. For numbers two readings of one source place
    /// differently: neither may be printed.
    public mutating func withdraw(_ paths: Set<String>) {
        guard !paths.isEmpty else { return }
        for i in cells.indices where paths.contains(cells[i].path) {
            cells[i].value = nil
            cells[i].status = .unplaced
            cells[i].uncertain = false
            cells[i].suggestion = nil
        }
        for i in checks.indices where checks[i].values.contains(where: { paths.contains($0.path) }) {
            for k in checks[i].values.indices where paths.contains(checks[i].values[k].path) {
                checks[i].values[k].value = nil
            }
            checks[i].difference = nil
            checks[i].status = .notAssessable
        }
    }
}
