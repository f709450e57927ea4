import DocumentModel

/// Small scanners for the preamble: a value after a keyword, dates, e-mail addresses, URLs.
/// Hand-written instead of regular expressions, over an array of scalars made once per text.
struct TextScanner {
    let s: [Unicode.Scalar]

    init(_ text: String) {
        s = Array(text.unicodeScalars)
    }

    /// Offsets where `word` occurs.
    func occurrences(of word: String) -> [Int] {
        let w = Array(word.unicodeScalars)
        guard !w.isEmpty, w.count <= s.count else { return [] }
        var out: [Int] = []
        var i = 0
        while i + w.count <= s.count {
            if s[i] == w[0] {
                var j = 1
                while j < w.count && s[i + j] == w[j] { j += 1 }
                if j == w.count { out.append(i) }
            }
            i += 1
        }
        return out
    }

    static let defaultStops: Set<Unicode.Scalar> = ["，", ",", "；", ";", "。", "）", ")", "\n", "、"]

    /// The text after the first of `keywords` (and an optional colon), up to a stop character.
    /// Spaces around the colon are skipped (OCR reads `邮编：350400` as `邮编: 350400`).
    func value(after keywords: [String], stops: Set<Unicode.Scalar> = defaultStops,
               allowed: ((Unicode.Scalar) -> Bool)? = nil, maxLength: Int = 60) -> String? {
        for k in keywords {
            for start in occurrences(of: k) {
                var i = start + k.unicodeScalars.count
                skipSpaces(&i)
                if i < s.count, s[i] == "：" || s[i] == ":" { i += 1 } else if i < s.count, s[i] == "为" { i += 1 }
                skipSpaces(&i)
                var value = String.UnicodeScalarView()
                var n = 0
                while i < s.count, !stops.contains(s[i]) {
                    if let allowed, !allowed(s[i]) { break }
                    value.append(s[i])
                    n += 1
                    if n > maxLength { break }
                    i += 1
                }
                let trimmed = String(value).trimmingSpaces()
                // A keyword in prose (`办公地址、联系方式等信息`) is followed by punctuation, not a value.
                if let first = trimmed.unicodeScalars.first, ScalarClass.isCJKPunctuation(first) { continue }
                if !trimmed.isEmpty && n <= maxLength { return trimmed }
            }
        }
        return nil
    }

    func skipSpaces(_ i: inout Int) {
        while i < s.count, s[i] == " " || s[i] == "\u{3000}" { i += 1 }
    }

    func number(at i: inout Int, maxDigits: Int) -> Int? {
        var v = 0, n = 0
        while i < s.count, ScalarClass.isASCIIDigit(s[i]), n < maxDigits {
            v = v * 10 + Int(s[i].value - 48)
            n += 1
            i += 1
        }
        return n > 0 ? v : nil
    }

    /// A date `2022年1月1日` at `index`: (year, month, day, end).
    func date(at index: Int) -> (Int, Int, Int, Int)? {
        var i = index
        guard let y = number(at: &i, maxDigits: 4), (1990...2100).contains(y), i < s.count, s[i] == "年" else { return nil }
        i += 1
        guard let (m, d, end) = monthDay(at: i) else { return nil }
        return (y, m, d, end)
    }

    /// A month and day without a year, `12月31日`, at `index`.
    func monthDay(at index: Int) -> (Int, Int, Int)? {
        var i = index
        guard let m = number(at: &i, maxDigits: 2), (1...12).contains(m), i < s.count, s[i] == "月" else { return nil }
        i += 1
        guard let d = number(at: &i, maxDigits: 2), (1...31).contains(d), i < s.count, s[i] == "日" || s[i] == "号" else { return nil }
        return (m, d, i + 1)
    }

    static func isEmailScalar(_ c: Unicode.Scalar) -> Bool {
        ScalarClass.isASCIILetter(c) || ScalarClass.isASCIIDigit(c) || c == "." || c == "_" || c == "-" || c == "+"
    }

    /// The first e-mail address.
    func email() -> String? {
        for (i, c) in s.enumerated() where c == "@" || c == "＠" {
            var a = i
            while a > 0, Self.isEmailScalar(s[a - 1]) { a -= 1 }
            var b = i + 1
            while b < s.count, Self.isEmailScalar(s[b]) { b += 1 }
            while b > i + 1, s[b - 1] == "." { b -= 1 }
            let local = String(String.UnicodeScalarView(s[a..<i])), domain = String(String.UnicodeScalarView(s[(i + 1)..<max(i + 1, b)]))
            if !local.isEmpty, domain.contains("."), !domain.hasPrefix(".") { return local + "@" + domain }
        }
        return nil
    }

    static func isURLScalar(_ c: Unicode.Scalar) -> Bool {
        c.value > 0x20 && c.value < 0x7F && !"<>\"'()".unicodeScalars.contains(c)
    }

    /// A URL whose host ends `.govcn`, the dot of `.gov.cn` lost (平潭's `www.pingtan.gov.cn` read
    /// `www.pingtan.govcn` on scans at 200 and 300 dpi): no such domain exists, the dot is put
    /// back. Anything else as read.
    static func withGovernmentDomainsDot(_ url: String) -> String {
        let schemeEnd = url.firstRange(of: "://")?.upperBound ?? url.startIndex
        let hostEnd = url[schemeEnd...].firstIndex(of: "/") ?? url.endIndex
        let host = url[schemeEnd..<hostEnd]
        guard host.lowercased().hasSuffix(".govcn") else { return url }
        let cut = url.index(hostEnd, offsetBy: -2)
        return String(url[..<cut]) + "." + String(url[cut...])
    }

    /// The first URL (`http://…`, `https://…` or `www.…`). A scheme whose second slash OCR lost
    /// (`https:/stcsm.sh.gov.cn`) is given with both: a URL has no other form; a host's lost dot
    /// of `.gov.cn` is put back (``withGovernmentDomainsDot(_:)``).
    func url() -> String? {
        var candidates = occurrences(of: "http://") + occurrences(of: "https://") + occurrences(of: "www.")
            + occurrences(of: "HTTP://") + occurrences(of: "HTTPS://")
        let oneSlash = (occurrences(of: "http:/") + occurrences(of: "https:/") + occurrences(of: "HTTP:/") + occurrences(of: "HTTPS:/"))
            .filter { i in
                let slash = i + (s[i + 4] == ":" ? 5 : 6)
                return slash + 1 < s.count && ScalarClass.isASCIILetter(s[slash + 1])
            }
        candidates += oneSlash
        candidates.sort()
        for i in candidates {
            if i >= 7, String(String.UnicodeScalarView(s[(i - 7)..<i])).lowercased().hasSuffix("http://") { continue }
            if i >= 8, String(String.UnicodeScalarView(s[(i - 8)..<i])).lowercased().hasSuffix("https://") { continue }
            if i >= 6, String(String.UnicodeScalarView(s[(i - 6)..<i])).lowercased().hasSuffix("http:/") { continue }
            if i >= 7, String(String.UnicodeScalarView(s[(i - 7)..<i])).lowercased().hasSuffix("https:/") { continue }
            var b = i
            while b < s.count, Self.isURLScalar(s[b]) { b += 1 }
            while b > i, ".,;:".unicodeScalars.contains(s[b - 1]) { b -= 1 }
            if b - i > 8 {
                let url = Self.withGovernmentDomainsDot(String(String.UnicodeScalarView(s[i..<b])))
                guard oneSlash.contains(i), let colon = url.firstIndex(of: ":") else { return url }
                return String(url[...colon]) + "//" + String(url[url.index(colon, offsetBy: 2)...])
            }
        }
        return nil
    }
}
