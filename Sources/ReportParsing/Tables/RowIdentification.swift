import DocumentModel

/// Which template rows the labels before a run of values name: exact phrases, then phrases
/// read with a few wrong characters (OCR), then labels cut short.
extension TableReader {
    /// Which template rows the pending labels name.
    /// An earlier row, not yet found, that the pending labels name by one of its exact phrases
    /// (the last one in them when several do).
    func identifyEarlier(_ pending: [Int], before next: Int, excluding found: Set<Int>) -> Int? {
        let text = Array(pending.map { stream[$0].key }.joined().unicodeScalars)
        var best: (row: Int, position: Int)? = nil
        for r in 0..<min(next, template.rows.count) where !found.contains(r) {
            let row = template.rows[r]
            for phrase in row.phrases {
                if let p = PhraseSearch.lastOffset(of: Array(phrase.unicodeScalars), in: text), p >= (best?.position ?? -1) {
                    best = (r, p)
                }
            }
        }
        return best?.row
    }

    func identify(_ pending: [Int], from next: Int, lastRowKey: String?) -> (rows: [Int], labels: [Int: String], header: [Int], last: Int?) {
        var text: [Unicode.Scalar] = []
        var owner: [Int] = []       // pending index owning each scalar
        for (k, idx) in pending.enumerated() {
            for s in stream[idx].key.unicodeScalars {
                text.append(s)
                owner.append(k)
            }
        }
        // Past a row split under a group label (`1.申请人无正当理由…` of （六）其他处理), the group's
        // single row is no more: a label read with the group's label beside it (`…Be他处理”用、
        // 行政机关不再处理…`, 2.申请人逾期未按收费…'s lines run into the group's `其` / `他处理`,
        // a scan) names a split row or none, and is then named by its place (``nameByPosition``).
        let past = Set((next..<template.rows.count).filter { r in
            let row = template.rows[r]
            return row.variant == "single" && template.rows[..<min(next, template.rows.count)].contains {
                $0.alternative == row.alternative && $0.variant != nil && $0.variant != "single"
            }
        })
        var hits: [(row: Int, position: Int)] = []
        for r in next..<template.rows.count where !past.contains(r) {
            let row = template.rows[r]
            var best: Int? = nil
            for phrase in row.phrases {
                if let p = PhraseSearch.lastOffset(of: Array(phrase.unicodeScalars), in: text) { best = max(best ?? p, p) }
            }
            if best == nil && text.count <= options.gappedMatchMaxLabelLength {
                // Long phrases also match with a few foreign characters inside (interleaved fragments).
                for phrase in row.phrases where phrase.unicodeScalars.count >= options.gappedPhraseMinimumLength {
                    if let p = PhraseSearch.lastGappedOffset(of: Array(phrase.unicodeScalars), in: text) { best = max(best ?? p, p) }
                }
            }
            if best == nil, let last = lastRowKey, row.looseAfter.contains(last),
               let p = PhraseSearch.lastOffset(of: Array("总计".unicodeScalars), in: text) {
                best = p
            }
            if let best { hits.append((r, best)) }
        }
        // A label read by OCR with a character or two wrong (`了政强制`): the one row whose phrase
        // it nearly spells, one wrong character in four. Looked for in all the labels when they are
        // short, else in the labels on the values' own table row (a misread header above the
        // first row made the labels too long: `一、本年狐收政府信息公玫` was not read).
        if hits.isEmpty, pending.contains(where: { stream[$0].confidence != nil }), let window = approximateWindow(pending, scalars: text.count) {
            let part = Array(text[window...])
            var near: [(row: Int, position: Int)] = []
            for r in next..<template.rows.count where !past.contains(r) {
                let row = template.rows[r]
                var best: Int? = nil
                for phrase in row.phrases where phrase.unicodeScalars.count >= options.approximatePhraseMinimumLength {
                    let p = Array(phrase.unicodeScalars)
                    if let o = PhraseSearch.lastApproximateOffset(of: p, in: part, maxSubstitutions: p.count / options.charactersPerWrongCharacter) { best = max(best ?? o, o) }
                }
                if let best { near.append((r, window + best)) }
            }
            if near.count == 1 { hits.append(near[0]) }
        }
        // A label cut short by a page break or a wrap (`1.属于国家秘` / `密`): the longest start of a
        // row's label, at least five characters, that only one row has.
        if hits.isEmpty && text.count <= options.gappedMatchMaxLabelLength {
            var best: [(row: Int, length: Int, position: Int)] = []
            for r in next..<template.rows.count where !past.contains(r) {
                let core = template.rows[r].core
                guard core.count >= options.minimumLabelStart else { continue }
                var k = core.count
                while k >= options.minimumLabelStart {
                    if let p = PhraseSearch.lastOffset(of: Array(core[0..<k]), in: text) {
                        best.append((r, k, p))
                        break
                    }
                    k -= 1
                }
            }
            if let top = best.map(\.length).max() {
                let winners = best.filter { $0.length == top }
                let starts = Set(winners.map { Array(template.rows[$0.row].core[0..<top]) })
                if winners.count == 1 || starts.count == winners.count && winners.count == 1 {
                    hits.append((winners[0].row, winners[0].position))
                }
            }
        }
        // Labels on the values' own table row that start another row, misread (`as of AF年结转政府
        // 信息公开申请数量 2 0 0 0 0 0 2` under `一、本年新收政府信息公开申请数量32 … 企业2 机构0`, a
        // scan whose header's last line was read into row 一's line): the values are that row's,
        // not those of a row named only on the lines before.
        if let started = rowStartedOnValuesRow(pending, text: text, from: next, excluding: past),
           hits.allSatisfy({ $0.position < started.labelsStart }) {
            hits = [(started.row, started.position)]
        }
        // The printed group label of split rows also names the single row: prefer the split rows.
        let alternativesWithSplit = Set(hits.compactMap { h -> String? in
            let row = template.rows[h.row]
            return row.variant != nil && row.variant != "single" ? row.alternative : nil
        })
        hits.removeAll { h in
            let row = template.rows[h.row]
            return row.variant == "single" && alternativesWithSplit.contains(row.alternative ?? "")
        }
        var labels: [Int: String] = [:]
        for h in hits {
            let k = owner[h.position]
            labels[h.row] = pending[k...].prefix(3).map { stream[$0].text }.joined()
        }
        // Labels after the last row's label: column headers of the first block, in column-ordered extracts.
        var header: [Int] = []
        if let lastHit = hits.max(by: { $0.position < $1.position }) {
            let row = template.rows[lastHit.row]
            let phraseEnd = row.phrases.compactMap { p -> Int? in
                PhraseSearch.lastOffset(of: Array(p.unicodeScalars), in: text).map { $0 + p.unicodeScalars.count - 1 }
            }.max() ?? lastHit.position
            let k = owner[min(phraseEnd, owner.count - 1)]
            header = Array(pending[(k + 1)...])
        }
        return (hits.map(\.row).sorted(), labels, header, hits.max(by: { $0.position < $1.position })?.row)
    }

    /// The one row whose label's start (its first `rowStartMinimumLength` characters, without its
    /// number) the labels on the last pending label's table row nearly spell (one wrong character
    /// in `charactersPerWrongCharacter`), with where it starts in `text` (the pending labels'
    /// text) and where those labels start; nil unless labels on earlier lines come before them
    /// and OCR read them, or when none or several rows are so named.
    func rowStartedOnValuesRow(_ pending: [Int], text: [Unicode.Scalar], from next: Int,
                               excluding past: Set<Int>) -> (row: Int, position: Int, labelsStart: Int)? {
        guard let last = pending.last, stream[last].inTable else { return nil }
        let own = pending.reversed().prefix { stream[$0].inTable && stream[$0].group == stream[last].group }
        // (Wrong characters are OCR's, not a text's.)
        guard own.count < pending.count, own.contains(where: { stream[$0].confidence != nil }) else { return nil }
        let length = own.reduce(0) { $0 + stream[$1].key.unicodeScalars.count }
        let start = text.count - length
        let part = Array(text[start...])
        var named: [(row: Int, position: Int)] = []
        for r in next..<template.rows.count where !past.contains(r) {
            let core = template.rows[r].core
            guard core.count >= options.rowStartMinimumLength else { continue }
            let phrase = Array(core.prefix(options.rowStartMinimumLength))
            if let o = PhraseSearch.lastApproximateOffset(of: phrase, in: part, maxSubstitutions: phrase.count / options.charactersPerWrongCharacter) {
                named.append((r, start + o))
            }
        }
        return named.count == 1 ? (named[0].row, named[0].position, start) : nil
    }

    /// Where in the pending labels' text (of `scalars` scalars) a misread label is looked for: all
    /// of it when it is short, else from the first label on the table row of the last one, when
    /// that row's labels are short (nil otherwise).
    func approximateWindow(_ pending: [Int], scalars: Int) -> Int? {
        if scalars <= options.gappedMatchMaxLabelLength { return 0 }
        guard let last = pending.last, stream[last].inTable else { return nil }
        let own = pending.reversed().prefix { stream[$0].inTable && stream[$0].group == stream[last].group }
        let length = own.reduce(0) { $0 + stream[$1].key.unicodeScalars.count }
        guard length > 0, length <= options.gappedMatchMaxLabelLength else { return nil }
        return scalars - length
    }
}
