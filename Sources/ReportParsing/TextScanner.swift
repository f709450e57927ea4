import Foundation

/// Small scanners for the preamble: a value after a keyword, dates, e-mail addresses, URLs.
/// Hand-written instead of regular expressions: a few passes over a few kilobytes.
enum TextScanner {
    /// The text after the first of `keywords` followed by an optional colon, up to a stop character.
    static func value(after keywords: [String], in text: String, stops: Set<Character> = ["，", ",", "；", ";", "。", "）", ")", "\n", "、"],
                      allowed: ((Character) -> Bool)? = nil, maxLength: Int = 60) -> String? {
        for k in keywords {
            var search = text[...]
            while let r = search.range(of: k) {
                var rest = search[r.upperBound...]
                if let f = rest.first, f == "：" || f == ":" { rest = rest.dropFirst() }
                else if k.hasSuffix("为") == false, let f = rest.first, f == "为" { rest = rest.dropFirst() }
                var value = ""
                for ch in rest {
                    if stops.contains(ch) { break }
                    if let allowed, !allowed(ch) { break }
                    value.append(ch)
                    if value.count > maxLength { break }
                }
                let trimmed = value.trimmingCharacters(in: " ")
                if !trimmed.isEmpty && trimmed.count <= maxLength { return trimmed }
                search = search[r.upperBound...]
            }
        }
        return nil
    }

    /// A date `2022年1月1日` at `index`: (year, month, day, end).
    static func date(in s: [Character], at index: Int) -> (Int, Int, Int, Int)? {
        var i = index
        func number(_ maxDigits: Int) -> Int? {
            var v = 0, n = 0
            while i < s.count, let d = s[i].wholeNumberValue, s[i].isASCII, n < maxDigits { v = v * 10 + d; n += 1; i += 1 }
            return n > 0 ? v : nil
        }
        guard let y = number(4), y >= 1990, y <= 2100, i < s.count, s[i] == "年" else { return nil }
        i += 1
        guard let m = number(2), (1...12).contains(m), i < s.count, s[i] == "月" else { return nil }
        i += 1
        guard let d = number(2), (1...31).contains(d), i < s.count, s[i] == "日" || s[i] == "号" else { return nil }
        return (y, m, d, i + 1)
    }

    /// A month and day without a year, `12月31日`, at `index`.
    static func monthDay(in s: [Character], at index: Int) -> (Int, Int, Int)? {
        var i = index
        func number() -> Int? {
            var v = 0, n = 0
            while i < s.count, s[i].isASCII, let d = s[i].wholeNumberValue, n < 2 { v = v * 10 + d; n += 1; i += 1 }
            return n > 0 ? v : nil
        }
        guard let m = number(), (1...12).contains(m), i < s.count, s[i] == "月" else { return nil }
        i += 1
        guard let d = number(), (1...31).contains(d), i < s.count, s[i] == "日" || s[i] == "号" else { return nil }
        return (m, d, i + 1)
    }

    static func isEmailChar(_ c: Character) -> Bool {
        c.isASCII && (c.isLetter || c.isNumber || c == "." || c == "_" || c == "-" || c == "+")
    }

    /// The first e-mail address.
    static func email(in text: String) -> String? {
        let s = Array(text)
        for (i, c) in s.enumerated() where c == "@" || c == "＠" {
            var a = i
            while a > 0, isEmailChar(s[a - 1]) { a -= 1 }
            var b = i + 1
            while b < s.count, isEmailChar(s[b]) { b += 1 }
            while b > i + 1, s[b - 1] == "." { b -= 1 }
            let local = String(s[a..<i]), domain = String(s[(i + 1)..<b])
            if !local.isEmpty, domain.contains("."), !domain.hasPrefix(".") { return local + "@" + domain }
        }
        return nil
    }

    static func isURLChar(_ c: Character) -> Bool {
        c.isASCII && !c.isWhitespace && !"<>\"'()（）".contains(c)
    }

    /// The first URL (`http://…`, `https://…` or `www.…`).
    static func url(in text: String) -> String? {
        let s = Array(text)
        var i = 0
        while i < s.count {
            let rest = String(s[i..<min(s.count, i + 8)]).lowercased()
            if rest.hasPrefix("http://") || rest.hasPrefix("https://") || rest.hasPrefix("www.") {
                var b = i
                while b < s.count, isURLChar(s[b]) { b += 1 }
                while b > i, ".,;:。".contains(s[b - 1]) { b -= 1 }
                let u = String(s[i..<b])
                if u.count > 8 { return u }
                i = b
            }
            i += 1
        }
        return nil
    }
}

extension String {
    func trimmingCharacters(in set: Character) -> String {
        var s = self[...]
        while s.first == set || s.first == "\u{3000}" { s = s.dropFirst() }
        while s.last == set || s.last == "\u{3000}" { s = s.dropLast() }
        return String(s)
    }
}
