import DocumentModel

/// Reads the metadata the report prints: title, agency, year, statistics period, contact.
/// Nothing is inferred that the text does not state.
enum MetadataExtractor {
    /// The title: the leading short paragraphs (before the first long one or heading) that name a
    /// report, joined (titles wrap: `…工作年度` / `报告`).
    static func title(from paragraphs: [String]) -> String? {
        var parts: [String] = []
        let leading = Array(paragraphs.prefix(4))
        for (k, p) in leading.enumerated() {
            if let whole = completedReportName(parts.joined() + p, next: k + 1 < leading.count ? leading[k + 1] : nil) {
                return whole
            }
            if let whole = wholeTitleAfterCutShort(p) { return whole }
            if p.count > 60 || SectionFinder.sectionNumber(of: p) != nil { break }
            // A whole title after a title whose end was misread (平潭's heading `…工作年度报` over
            // a lone `告` that OCR read `人生`, then the title again in body type): the whole one.
            if !parts.isEmpty, p.hasSuffix("报告"), yearRange(in: p) != nil, p.contains("信息公开") || p.contains("政务公开"),
               titleCutShort(from: [parts.joined()]) != nil {
                return p
            }
            parts.append(p)
            let joined = parts.joined()
            if joined.hasSuffix("报告") || joined.hasSuffix("年报") { return whole(joined) }
        }
        let joined = parts.joined()
        return joined.contains("报告") && joined.count <= 80 ? whole(joined) : nil
    }

    /// Lines joined into a title, unless a report's name breaks off inside them: then they are a
    /// title cut short and more text (平潭's `…工作年度报` over the title again in body type, read
    /// on two lines as `…2020年政府人` `息公开工作年度报告`, gave the two run together), and the title
    /// is the whole one after the cut, if that reads as one.
    static func whole(_ joined: String) -> String? {
        reportNameCutShort(in: joined) == nil ? joined : wholeTitleAfterCutShort(joined)
    }

    /// The report's name is fixed (`…信息公开工作年度报告`), and OCR misreads the `年` of a large
    /// title (`工作和4pil度报告`, `工作和Tt度报告`, `工作4度报告`): a short run there holding a digit
    /// or a Latin letter, which no title prints, is that `年`; so is a lone character no report's
    /// period is named by (`工作和度报告`, a Chromium print's scan at 200 dpi). (`工作季度报告`,
    /// `工作月度报告` stay as printed, and so does a year there: `工作2020年度报告`.)
    static func repairingReportName(_ title: String) -> String {
        if let repaired = repairingOneCharacter(title) ?? repairingLatinForTheYear(title) { return repaired }
        guard title.hasSuffix("度报告"), let r = title.ranges(of: "公开工作").last else { return title }
        let middle = title[r.upperBound..<title.index(title.endIndex, offsetBy: -3)]
        guard (1...5).contains(middle.count), yearRange(in: String(middle) + "度") == nil else { return title }
        let junk = middle.contains(where: { $0.isASCII && ($0.isLetter || $0.isNumber) })
            || (middle.count == 1 && !periodCharacters.contains(middle.first!))
        return junk ? title[..<r.upperBound] + "年度报告" : title
    }

    /// The report's name after `政府信息` with one character dropped or misread before its `报告`
    /// (`…政府信息公工作年度报告`, 上海市科委's A5 print at 200 and 300 dpi: its `开` lost, and the
    /// agency, no marker found, was the whole title after the year): the name as it is fixed.
    /// Not a period's name (`工作季度报告`, `工作年终报告`) nor one with a character more
    /// (`工作半年度报告`).
    static func repairingOneCharacter(_ title: String) -> String? {
        guard title.hasSuffix("报告"), let r = title.ranges(of: "政府信息").last else { return nil }
        let name = Array(reportNameAfterGovernmentInformation)
        let tail = Array(title[r.upperBound...])
        guard tail != name else { return nil }
        let fixed = String(title[..<r.upperBound]) + reportNameAfterGovernmentInformation
        if tail.count == name.count - 1 {
            // One character dropped: the rest in order.
            return (0..<name.count - 2).contains { k in Array(name[..<k] + name[(k + 1)...]) == tail } ? fixed : nil
        }
        guard tail.count == name.count else { return nil }
        let differing = tail.indices.filter { tail[$0] != name[$0] }
        guard differing.count == 1, let k = differing.first, k < name.count - 2 else { return nil }
        if name[k] == "年", periodCharacters.contains(tail[k]) { return nil }
        if name[k] == "度", tail[k] == "终" { return nil }     // a year-end report, `年终报告`
        return fixed
    }

    static let reportNameAfterGovernmentInformation = "公开工作年度报告"

    /// The report's name with Latin junk for its `年度` or part of it, alone on lines between
    /// `…工作年` and `报告` (平潭's large heading in its fixed-layout print at 240 dpi, seed 29:
    /// `…公开工作年` / `ie` / `tl` / `报告`): between `公开工作` and the `报告` only ASCII letters
    /// (at least one) or digits, and `年` or `度`, at most seven characters, no year among them
    /// (`工作2020年度报告` names its year). The name is fixed.
    static func repairingLatinForTheYear(_ title: String) -> String? {
        guard title.hasSuffix("报告"), let r = title.ranges(of: "公开工作").last else { return nil }
        let middle = title[r.upperBound..<title.index(title.endIndex, offsetBy: -2)]
        guard (1...7).contains(middle.count), middle.contains(where: { $0.isASCII && $0.isLetter }), yearRange(in: String(middle)) == nil,
              middle.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) || $0 == "年" || $0 == "度" }) else { return nil }
        return title[..<r.upperBound] + "年度报告"
    }

    /// The characters before `度` in the names of reports' periods (`年度`, `季度`, `月度`, `周度`).
    static let periodCharacters: Set<Character> = ["年", "季", "月", "周"]

    /// A title whose report name breaks off at `…工作年度报` where its `告` was misread: OCR read the
    /// lone `告` of 平潭's wrapped heading as `全` or `人生` (a line of its own), or as `eS` run on
    /// into the title again in body type (`…年度报eS平潭…`). The report's name is fixed, so the
    /// heading with its `告` is the title, as the born-digital print gives it. Where nothing was
    /// read for the `告` (the next line is prose or the title again), nothing is completed.
    /// `next` is the line after `text`.
    static func completedReportName(_ text: String, next: String?, misreadLength: Int = 5) -> String? {
        guard let r = reportNameCutShort(in: text) else { return nil }
        let heading = String(text[..<r.upperBound])
        guard heading.count <= 60, yearRange(in: heading) != nil else { return nil }
        let rest = text[r.upperBound...]
        if let first = rest.unicodeScalars.first {
            // Latin junk run on where the `告` stood (no title prints a Latin letter after `报`).
            return ScalarClass.isASCIILetter(first) ? heading + "告" : nil
        }
        guard let next, (1...misreadLength).contains(next.count), !next.contains("。"),
              SectionFinder.sectionNumber(of: next) == nil, yearRange(in: next) == nil else { return nil }
        return heading + "告"
    }

    /// A line where the title breaks off at `…年度报` (its last character misread) and OCR ran on,
    /// on the same line, into the title printed again in body type: `平潭…工作年度报eS平潭综合实验区
    /// 2020年政府信息公开工作年度报告4人` gives the whole one, from where the title's first characters
    /// come again to its `报告`.
    static func wholeTitleAfterCutShort(_ p: String) -> String? {
        guard let r = reportNameCutShort(in: p), p.count >= 12, let again = p[r.upperBound...].firstRange(of: String(p.prefix(4))),
              let end = p[again.lowerBound...].firstRange(of: "报告") else { return nil }
        let whole = String(p[again.lowerBound..<end.upperBound])
        guard whole.count <= 60, yearRange(in: whole) != nil, whole.contains("信息公开") || whole.contains("政务公开") else { return nil }
        return whole
    }

    /// Where a report's name breaks off in `p`: its `年度报` with no `告` after it, an information
    /// disclosure's name before it.
    static func reportNameCutShort(in p: String) -> Range<String.Index>? {
        guard let r = p.firstRange(of: "年度报"), !p[r.upperBound...].hasPrefix("告"),
              p[..<r.lowerBound].contains("信息公开") || p[..<r.lowerBound].contains("政务公开") else { return nil }
        return r
    }

    /// A title whose last line was not read: a leading short line where a report's name
    /// (`…信息公开工作年度报`) breaks off (over a lone `告` that OCR read as `Tass` and `号`), cut there.
    /// Not a title (its end is missing), but it names the agency and year as printed.
    static func titleCutShort(from lines: [String]) -> String? {
        for p in lines.prefix(4) {
            if p.count > 60 || SectionFinder.sectionNumber(of: p) != nil { break }
            if let r = reportNameCutShort(in: p) { return String(p[..<r.upperBound]) }
        }
        return nil
    }

    /// The document's first lines as text, a table row's few cells joined without a break: OCR
    /// splits a large title where its letters stand apart (`铜陵市郊区财政局2020年政府信息公开
    /// 工作年度⇥报告`), and the row is then a table's, not a paragraph. Rows with a number other
    /// than a year, or more than `maximumCells` cells, end the lines; four lines at most, from a
    /// table's rows as from paragraphs (a heading over four rows: `…工作年`, `ie`, `tl`, `报告`).
    static func leadingLines(_ blocks: [Block], maximumCells: Int = 3) -> [String] {
        var out: [String] = []
        for block in blocks.prefix(3) {
            switch block {
            case .paragraph(let p):
                out.append(p.text)
            case .table(let t):
                for row in t.rows.prefix(max(0, 4 - out.count)) {
                    let texts = row.cells.map(\.text).filter { !$0.isEmpty }
                    guard texts.count <= maximumCells, !texts.contains(where: { $0.allSatisfy(\.isNumber) }) else { return out }
                    out.append(texts.joined())
                }
            }
            if out.count >= 4 { break }
        }
        return out
    }

    /// A four-digit year followed by 年: its value and range.
    static func yearRange(in text: String) -> (Int, Range<String.Index>)? {
        var idx = text.startIndex
        while idx < text.endIndex {
            if let r = text[idx...].firstRange(of: "年") {
                let start = text.index(r.lowerBound, offsetBy: -4, limitedBy: text.startIndex) ?? text.startIndex
                let digits = text[start..<r.lowerBound]
                if digits.count == 4, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let y = Int(digits), (1990...2100).contains(y),
                   start == text.startIndex || !(text[text.index(before: start)].isNumber) {
                    var upper = r.upperBound
                    if upper < text.endIndex, text[upper] == "度" { upper = text.index(after: upper) }
                    return (y, start..<upper)
                }
                idx = r.upperBound
            } else {
                break
            }
        }
        return nil
    }

    static func year(fromTitle title: String?) -> Int? {
        guard let title else { return nil }
        return yearRange(in: title)?.0
    }

    /// The agency named in the title: the title without its year and the report's name.
    static func agency(fromTitle title: String?) -> String? {
        guard var t = title else { return nil }
        if let (_, r) = yearRange(in: t) {
            let before = String(t[..<r.lowerBound])
            let after = String(t[r.upperBound...])
            t = before.isEmpty ? after : before
        }
        for marker in ["政府信息公开", "信息公开", "政务公开"] {
            if let r = t.firstRange(of: marker) { t = String(t[..<r.lowerBound]); break }
        }
        // No report's name found in it (misread): what is left is no agency's name.
        if t.contains("报告") { return nil }
        for junk in ["关于", "的"] where t.hasSuffix(junk) { t.removeLast(junk.count) }
        if t.hasPrefix("关于") { t.removeFirst(2) }
        t = t.trimmingSpaces()
        return t.count >= 2 ? t : nil
    }

    /// The statistics period, from `统计期限为2022年1月1日至2022年12月31日` (the year of the end may be
    /// omitted) and similar wordings (`统计周期为…`).
    static func period(in text: String) -> (String, String)? {
        let scanner = TextScanner(text)
        let s = scanner.s
        var starts: [Int] = []
        for k in ["统计期限", "统计期", "统计周期", "统计时限", "统计时间", "统计区间"] {
            starts += scanner.occurrences(of: k).map { $0 + k.unicodeScalars.count }
        }
        let separators: Set<Unicode.Scalar> = ["起", "至", "到", "—", "－", "-", "~", "～", " "]
        for start in Set(starts).sorted() {
            var i = start
            let limit = min(s.count, start + 12)
            while i < limit {
                if let (y1, m1, d1, e1) = scanner.date(at: i) ?? startWithMisreadDayMark(scanner, at: i, separators: separators) {
                    var j = e1
                    while j < s.count, j < e1 + 4, separators.contains(s[j]) { j += 1 }
                    if let (y2, m2, d2, _) = scanner.date(at: j) { return (iso(y1, m1, d1), iso(y2, m2, d2)) }
                    if let (m2, d2, _) = scanner.monthDay(at: j) { return (iso(y1, m1, d1), iso(y1, m2, d2)) }
                    if let (y2, m2, d2) = endWithMisreadDayMark(scanner, at: j) { return (iso(y1, m1, d1), iso(y2 ?? y1, m2, d2)) }
                    break
                }
                i += 1
            }
        }
        return nil
    }

    /// A period's first date whose `日` OCR misread (`2020年1月1息起至…`, a narrow print's scan at
    /// 200 dpi): year, month and day, then one character other than a digit, then the word that
    /// leads to the second date. Taken only as the start of a period, whose second date must
    /// then read whole.
    static func startWithMisreadDayMark(_ scanner: TextScanner, at index: Int, separators: Set<Unicode.Scalar>) -> (Int, Int, Int, Int)? {
        let s = scanner.s
        var i = index
        guard let y = scanner.number(at: &i, maxDigits: 4), (1990...2100).contains(y), i < s.count, s[i] == "年" else { return nil }
        i += 1
        guard let m = scanner.number(at: &i, maxDigits: 2), (1...12).contains(m), i < s.count, s[i] == "月" else { return nil }
        i += 1
        guard let d = scanner.number(at: &i, maxDigits: 2), (1...31).contains(d), i + 1 < s.count,
              !ScalarClass.isASCIIDigit(s[i]), !separators.contains(s[i]), separators.contains(s[i + 1]) else { return nil }
        return (y, m, d, i + 1)
    }

    /// A period's second date whose `日` OCR misread (`至12月31目止`, `至2020年12月31月止`, the
    /// 2019 tight print and 平潭's no-rules print at 240 and 300 dpi; `12月31有日`, a character
    /// read where none is printed, 上海市科委's A5 print): its month and day (and year, if
    /// printed), then one character other than a digit, then the word that ends the period
    /// (`止`), the `日` itself, or the sentence's end. Taken only after a period's first date.
    static func endWithMisreadDayMark(_ scanner: TextScanner, at index: Int) -> (Int?, Int, Int)? {
        let s = scanner.s
        var i = index, year: Int? = nil
        var k = index
        if let y = scanner.number(at: &k, maxDigits: 4), (1990...2100).contains(y), k < s.count, s[k] == "年" { year = y; i = k + 1 }
        guard let m = scanner.number(at: &i, maxDigits: 2), (1...12).contains(m), i < s.count, s[i] == "月" else { return nil }
        i += 1
        guard let d = scanner.number(at: &i, maxDigits: 2), (1...31).contains(d), i < s.count, !ScalarClass.isASCIIDigit(s[i]) else { return nil }
        let enders: Set<Unicode.Scalar> = ["止", "日", "。", "，", ",", "；", ";", "）", ")"]
        guard i + 1 == s.count || enders.contains(s[i + 1]) else { return nil }
        return (year, m, d)
    }

    static func iso(_ y: Int, _ m: Int, _ d: Int) -> String {
        func pad(_ v: Int, _ n: Int) -> String { let t = String(v); return String(repeating: "0", count: max(0, n - t.count)) + t }
        return "\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2))"
    }

    /// A phone number without the bracket that closes the sentence around it (`（联系电话：
    /// 0595-9374008)`, its full-width bracket printed or read as ASCII): a `)` with no `(` before
    /// it, or a `(` never closed, is not the number's (`(0595)9374008` keeps its area code's).
    static func withoutUnpairedParentheses(_ phone: String) -> String {
        var kept: [Unicode.Scalar] = [], open: [Int] = []
        for ch in phone.unicodeScalars {
            if ch == "(" { open.append(kept.count) } else if ch == ")" {
                guard open.popLast() != nil else { continue }
            }
            kept.append(ch)
        }
        for i in open.reversed() { kept.remove(at: i) }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: kept)
        return String(out).trimmingSpaces()
    }

    static func contact(in text: String) -> Contact {
        let scanner = TextScanner(text)
        var c = Contact()
        let phoneScalars: (Unicode.Scalar) -> Bool = { ch in
            ScalarClass.isASCIIDigit(ch) || ch == "-" || ch == " " || ch == "－" || ch == "—" || ch == "(" || ch == ")"
        }
        c.phone = scanner.value(after: ["联系电话", "咨询电话", "办公电话", "电话/传真", "电话／传真", "电话"], stops: ["，", ",", "；", ";", "。", "）", "\n", "、"],
                                allowed: phoneScalars, maxLength: 30)
            .map(withoutUnpairedParentheses)
            .flatMap { p in p.unicodeScalars.filter(ScalarClass.isASCIIDigit).count >= 7 ? p : nil }
        c.postcode = scanner.value(after: ["邮政编码", "邮编"], allowed: ScalarClass.isASCIIDigit, maxLength: 6)
            .flatMap { $0.count == 6 ? $0 : nil }
        c.address = scanner.value(after: ["联系地址", "通讯地址", "办公地址", "地址"],
                                  stops: ["，", ",", "；", ";", "。", "）", ")", "\n"], maxLength: 60)
        c.person = scanner.value(after: ["负责人", "联系人"],
                                 stops: ["，", ",", "；", ";", "。", "）", ")", "\n", "、", " ", "（", "("], maxLength: 12)
        c.email = scanner.email()
        c.url = scanner.url()
        return c
    }
}
