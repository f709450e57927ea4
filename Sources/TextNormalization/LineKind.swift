import DocumentModel

/// What a cleaned line looks like to the block builder.
public enum LineKind: Hashable, Sendable {
    case blank
    /// Several cells: a table row.
    case row
    /// One cell that reads as a value (a number, a blank marker).
    case value
    /// One short cell that does not end a sentence: a table label, a heading, a title fragment.
    case label
    /// One long cell or a cell ending a sentence: prose.
    case prose

    /// Classifies a line from its cells. `tabSeparated` lines are rows even when only one field
    /// holds text (the empty fields are cells of the table).
    public static func classify(_ cells: [Cell], tabSeparated: Bool, labelMaxLength: Int) -> LineKind {
        let nonEmpty = cells.filter { !$0.text.isEmpty }
        if nonEmpty.isEmpty { return .blank }
        if nonEmpty.count >= 2 || (tabSeparated && cells.count >= 2) { return .row }
        let text = nonEmpty[0].text
        if NumberText.isValueLike(text) { return .value }
        let n = text.unicodeScalars.count
        if n <= labelMaxLength, let last = text.unicodeScalars.last, !JoinBrokenParagraphs.sentenceEnds.contains(last) {
            return .label
        }
        return .prose
    }
}
