import DocumentModel

extension TableReader {
    /// Reads a table printed as one row of values (section 四): the values after `start`, up to the
    /// first prose or heading after them.
    func readSingleRow(from start: Int, to end: Int) -> Result {
        var m = RowMatch(rows: [0], labelItems: [])
        var result = Result()
        var sawLabelSinceValue = false
        var i = start
        while i < end {
            let item = stream[i]
            switch item.kind {
            case .prose, .heading:
                if !m.runs.isEmpty { i = end; continue }
            case .label:
                if m.runs.isEmpty { m.labelItems.append(i) } else { sawLabelSinceValue = true }
            case .empty:
                break
            case .value, .blank:
                let newRun = m.runs.isEmpty || sawLabelSinceValue || stream[m.runs.last!.last!].group != item.group
                if newRun {
                    m.runs.append([i])
                    m.runAfterLabels.append(sawLabelSinceValue)
                } else {
                    m.runs[m.runs.count - 1].append(i)
                }
                m.valueItems.append(i)
                sawLabelSinceValue = false
            }
            i += 1
        }
        guard !m.runs.isEmpty else { return result }
        m.labels[0] = template.rows[0].label
        place([m], into: &result)
        return result
    }
}
