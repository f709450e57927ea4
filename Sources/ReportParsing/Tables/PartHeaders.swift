import DocumentModel

/// The headers and titles of a table's parts (the active-disclosure table's `第二十条第（五）项` over
/// `信息内容 本年处理决定数量`): printed between rows, never part of a row's label.
extension TableReader {
    /// Match keys of the printed words that head a part of `template`: its columns' headers of
    /// four characters or more (shorter ones, `总计`, end row labels too), its parts' titles
    /// (`第二十条第（五）项`) and the label column's header (`信息内容`).
    static func partHeaders(of template: TableTemplate) -> [[Unicode.Scalar]] {
        let columns = template.rows.flatMap(\.columns).flatMap { [$0.header] + $0.aliases }
            .filter { $0.unicodeScalars.count >= 4 }
        let titles = template.terms.filter { $0.hasPrefix("第二十条") || $0 == "信息内容" }
        return Set(columns + titles).sorted().map { Array(MatchKey.make($0).unicodeScalars) }.filter { !$0.isEmpty }
    }

    /// The pending labels that the values on line `valueLine` may belong to, where a part's
    /// header lies between: a row's values belong to the labels after it, never to a row named
    /// above it. Nil (all of them) unless the values' own line holds a label and a header or
    /// title stands on a line before it. A scan of 上海市科委's page printed without rules read
    /// `行政许可`'s `97` as `司计`; the next part's title and header, then `行政处训 0`, followed,
    /// and the `0` of 行政处罚 was taken for 行政许可's, a wrong number marked certain.
    func labelsAfterPartHeader(_ pending: [Int], valueLine: SourceRef) -> [Int]? {
        guard !partHeaders.isEmpty, let own = pending.firstIndex(where: { stream[$0].ref == valueLine }), own > 0,
              let header = pending[..<own].lastIndex(where: { i in
                  stream[i].ref != valueLine && partHeaders.contains { PhraseSearch.contains(Array(stream[i].key.unicodeScalars), $0) }
              }) else { return nil }
        return Array(pending[(header + 1)...])
    }
}
