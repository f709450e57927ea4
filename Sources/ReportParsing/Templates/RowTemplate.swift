import DocumentModel

/// A row of a template table: its key, how it is printed, and the phrases that identify it.
public struct RowTemplate: Hashable, Sendable {
    /// Key path of the row inside its table (`denied.state_secret`); empty for a table of one row.
    public let key: String
    /// The label as the national template prints it.
    public let label: String
    /// Match keys (see ``MatchKey``) any of which identifies the row in printed text.
    public let phrases: [String]
    /// The row's value columns.
    public let columns: [ColumnTemplate]
    /// Rows with the same `alternative` are printed one way or the other (the single 2019
    /// `（六）其他处理` row or the three 2021 sub-rows); `variant` names this way.
    public let alternative: String?
    public let variant: String?
    /// A bare phrase (such as `总计`) that identifies the row only right after the rows listed here.
    public let looseAfter: [String]
    /// The label's match key without its number, as scalars (for matching a label cut short).
    public let core: [Unicode.Scalar]

    /// The match key of a label without its enumerator (`1.`, `（一）`, `一、`).
    public static func core(of label: String) -> String {
        var k = Array(MatchKey.make(label).unicodeScalars)
        if k.first == "(" , let close = k.firstIndex(of: ")"), close <= 4 {
            k.removeFirst(close + 1)
        } else if let f = k.first, ItemNumber.isNumeral(f) || ScalarClass.isASCIIDigit(f) {
            while let f = k.first, ItemNumber.isNumeral(f) || ScalarClass.isASCIIDigit(f) { k.removeFirst() }
        }
        return String(String.UnicodeScalarView(k))
    }

    public init(_ key: String, label: String, phrases: [String], columns: [ColumnTemplate],
                alternative: String? = nil, variant: String? = nil, looseAfter: [String] = []) {
        self.key = key
        self.label = label
        // The start of the label, without its number, identifies the row too: a wrapped label
        // often loses the distinctive words to the next line (`2.申请人逾期未按收费通` / `知要求…`).
        var all = phrases
        let core = RowTemplate.core(of: label)
        let prefix = String(String.UnicodeScalarView(core.unicodeScalars.prefix(6)))
        if prefix.unicodeScalars.count >= 4 && !all.contains(prefix) { all.append(prefix) }
        self.phrases = all
        self.core = Array(core.unicodeScalars)
        self.columns = columns
        self.alternative = alternative
        self.variant = variant
        self.looseAfter = looseAfter
    }
}
