import Foundation

/// Reads the metadata the report prints: title, agency, year, statistics period, contact.
/// Nothing is inferred that the text does not state.
enum MetadataExtractor {
    /// The title: the leading short paragraphs (before the first long one or heading) that name a
    /// report, joined (titles wrap: `…工作年度` / `报告`).
    static func title(from paragraphs: [String]) -> String? {
        var parts: [String] = []
        for p in paragraphs.prefix(4) {
            if p.count > 60 || SectionFinder.sectionNumber(of: p) != nil { break }
            parts.append(p)
            let joined = parts.joined()
            if joined.hasSuffix("报告") || joined.hasSuffix("年报") { return joined }
        }
        let joined = parts.joined()
        return joined.contains("报告") && joined.count <= 80 ? joined : nil
    }

    /// A four-digit year followed by 年: its value and range.
    static func yearRange(in text: String) -> (Int, Range<String.Index>)? {
        var idx = text.startIndex
        while idx < text.endIndex {
            if let r = text[idx...].range(of: "年") {
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
            if let r = t.range(of: marker) { t = String(t[..<r.lowerBound]); break }
        }
        for junk in ["关于", "的"] where t.hasSuffix(junk) { t.removeLast(junk.count) }
        if t.hasPrefix("关于") { t.removeFirst(2) }
        t = t.trimmingCharacters(in: " ")
        return t.count >= 2 ? t : nil
    }

    /// The statistics period, from `统计期限为2022年1月1日至2022年12月31日` (the year of the end may be
    /// omitted) and similar wordings.
    static func period(in text: String) -> (String, String)? {
        let chars = Array(text)
        let keys = ["统计期限", "统计期", "统计时限", "统计时间", "统计区间"]
        var starts: [Int] = []
        for k in keys {
            var search = text[...]
            while let r = search.range(of: k) {
                starts.append(text.distance(from: text.startIndex, to: r.upperBound))
                search = search[r.upperBound...]
            }
        }
        for s in starts.sorted() {
            var i = s
            let limit = min(chars.count, s + 12)
            while i < limit {
                if let (y1, m1, d1, e1) = TextScanner.date(in: chars, at: i) {
                    var j = e1
                    while j < chars.count, j < e1 + 4, "起至到—－-~～ ".contains(chars[j]) { j += 1 }
                    if let (y2, m2, d2, _) = TextScanner.date(in: chars, at: j) {
                        return (iso(y1, m1, d1), iso(y2, m2, d2))
                    }
                    if let (m2, d2, _) = TextScanner.monthDay(in: chars, at: j) {
                        return (iso(y1, m1, d1), iso(y1, m2, d2))
                    }
                    break
                }
                i += 1
            }
        }
        return nil
    }

    static func iso(_ y: Int, _ m: Int, _ d: Int) -> String {
        String(format: "%04d-%02d-%02d", y, m, d)
    }

    static func contact(in text: String) -> Contact {
        var c = Contact()
        let digitsAndDashes: (Character) -> Bool = { ch in
            (ch.isASCII && (ch.isNumber || ch == "-" || ch == " ")) || ch == "－" || ch == "—" || ch == "(" || ch == ")"
        }
        c.phone = TextScanner.value(after: ["联系电话", "咨询电话", "办公电话", "电话"], in: text, stops: ["，", ",", "；", ";", "。", "）", "\n", "、"],
                                    allowed: digitsAndDashes, maxLength: 30)
            .flatMap { p in p.filter { $0.isNumber }.count >= 7 ? p : nil }
        c.postcode = TextScanner.value(after: ["邮政编码", "邮编"], in: text,
                                       allowed: { $0.isASCII && $0.isNumber }, maxLength: 6)
            .flatMap { $0.count == 6 ? $0 : nil }
        c.address = TextScanner.value(after: ["联系地址", "通讯地址", "办公地址", "地址"], in: text,
                                      stops: ["，", ",", "；", ";", "。", "）", ")", "\n"], maxLength: 60)
        c.person = TextScanner.value(after: ["负责人", "联系人"], in: text,
                                     stops: ["，", ",", "；", ";", "。", "）", ")", "\n", "、", " ", "（", "("], maxLength: 12)
        c.email = TextScanner.email(in: text)
        c.url = TextScanner.url(in: text)
        return c
    }
}
