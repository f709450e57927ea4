import DocumentModel

/// Reads a decoded text extract into pages of lines of spans.
///
/// Pages are separated by form feeds. Each line is split into spans by the layout it shows:
/// tab-separated fields (kept even when empty, so a blank cell stays a cell), cells separated by runs
/// of spaces with their character columns as x positions, or the whole line as one span.
public enum ExtractReader {
    public static func read(_ text: String, path: String, encoding: TextEncoding?,
                            options: ExtractReaderOptions = .init()) throws(TextInputProblem) -> Document {
        var pages: [Page] = []
        var lines: [Line] = []
        var pageNumber = 1
        var lineNumber = 0
        var tabLines = 0, alignedLines = 0, singleLines = 0

        func flushPage() {
            pages.append(Page(number: pageNumber, lines: lines, origin: .extract))
            lines = []
            pageNumber += 1
        }

        var current: [Unicode.Scalar] = []
        current.reserveCapacity(256)
        let scalars = text.unicodeScalars
        var index = scalars.startIndex

        func endLine() throws(TextInputProblem) {
            lineNumber += 1
            if current.count > options.maxLineLength {
                throw .lineTooLong(line: lineNumber, limit: options.maxLineLength)
            }
            // A form feed starts a new page; text before it belongs to the old page.
            var segments: [[Unicode.Scalar]] = [[]]
            for s in current {
                if s.value == 0x0C { segments.append([]) } else { segments[segments.count - 1].append(s) }
            }
            for (i, seg) in segments.enumerated() {
                if i > 0 { flushPage() }
                if seg.isEmpty && i > 0 { continue }
                let line = makeLine(seg, ref: SourceRef(page: pageNumber, line: lineNumber), options: options)
                switch line.style {
                case .tabSeparated: tabLines += 1
                case .spaceAligned: alignedLines += 1
                default: if !line.line.spans.isEmpty { singleLines += 1 }
                }
                lines.append(line.line)
            }
            current.removeAll(keepingCapacity: true)
        }

        while index != scalars.endIndex {
            let s = scalars[index]
            if s == "\n" {
                try endLine()
            } else if s == "\r" {
                try endLine()
                let next = scalars.index(after: index)
                if next != scalars.endIndex && scalars[next] == "\n" { index = next }
            } else {
                current.append(s)
            }
            index = scalars.index(after: index)
        }
        if !current.isEmpty { try endLine() }
        if !lines.isEmpty || pages.isEmpty { flushPage() }
        // A trailing form feed leaves an empty last page: drop it.
        while pages.count > 1, let last = pages.last, last.lines.allSatisfy(\.isBlank) { pages.removeLast() }

        let style: LayoutStyle
        if tabLines > 0 && tabLines >= alignedLines {
            style = .tabSeparated
        } else if alignedLines >= 3 {
            style = .spaceAligned
        } else {
            style = .oneCellPerLine
        }
        if style == .oneCellPerLine {
            // Character columns mean nothing when every line is one cell: drop them, so no rule
            // mistakes "all at column 0" for "all in one column".
            for p in pages.indices {
                for l in pages[p].lines.indices {
                    for s in pages[p].lines[l].spans.indices {
                        pages[p].lines[l].spans[s].x0 = nil
                        pages[p].lines[l].spans[s].x1 = nil
                    }
                }
            }
        }
        return Document(source: DocumentSource(path: path, kind: .text, encoding: encoding?.rawValue, layout: style),
                        pages: pages)
    }

    static func makeLine(_ scalars: [Unicode.Scalar], ref: SourceRef,
                         options: ExtractReaderOptions) -> (line: Line, style: LayoutStyle?) {
        if scalars.allSatisfy({ ScalarClass.isHorizontalSpace($0) }) {
            return (Line(spans: [], ref: ref), nil)
        }
        if scalars.contains("\t") {
            var spans: [Span] = []
            var field: [Unicode.Scalar] = []
            for s in scalars {
                if s == "\t" {
                    spans.append(Span(text: String(String.UnicodeScalarView(field)), field: spans.count))
                    field.removeAll(keepingCapacity: true)
                } else {
                    field.append(s)
                }
            }
            spans.append(Span(text: String(String.UnicodeScalarView(field)), field: spans.count))
            return (Line(spans: spans, ref: ref), .tabSeparated)
        }
        // Split at runs of `columnGap` or more spaces; keep character columns as positions.
        var spans: [Span] = []
        var start: Int? = nil
        var spaceRun = 0
        var lastNonSpace = -1
        for (i, s) in scalars.enumerated() {
            let isSpace = s == " " || s == "\u{3000}" || s == "\u{A0}"
            if isSpace {
                spaceRun += 1
                continue
            }
            if let st = start, spaceRun >= options.columnGap {
                spans.append(span(scalars, st, lastNonSpace + 1))
                start = i
            } else if start == nil {
                start = i
            }
            spaceRun = 0
            lastNonSpace = i
        }
        if let st = start { spans.append(span(scalars, st, lastNonSpace + 1)) }
        // In aligned layouts narrow numeric columns can be one space apart: split such spans.
        if spans.count > 1 {
            spans = spans.flatMap(splitNumericRun).flatMap(splitCJKWords).flatMap(splitTrailingNumbers)
            return (Line(spans: spans, ref: ref), .spaceAligned)
        }
        // One span in an aligned layout whose narrow cells sit one space apart: a space before an
        // item number (`年度办 （二）部分公开`) is a cell boundary.
        if spans.count == 1, let only = spans.first, only.x0 != nil {
            let split = splitBeforeItems(only).flatMap(splitTrailingNumbers)
            // Not evidence of an aligned layout by itself: one-cell-per-line extracts have such
            // lines too (their positions are dropped with the others').
            if split.count > 1 { return (Line(spans: split, ref: ref), .oneCellPerLine) }
        }
        // One span: words separated by single spaces (pdfplumber's extract_text, copy-paste).
        // A run of numbers at its end are cells: `规章 15 19 6` → 规章 | 15 | 19 | 6.
        if let only = spans.first {
            let split = splitTrailingNumbers(only)
            if split.count > 1 { return (Line(spans: split, ref: ref), .oneCellPerLine) }
        }
        return (Line(spans: spans, ref: ref), .oneCellPerLine)
    }

    static func span(_ scalars: [Unicode.Scalar], _ from: Int, _ to: Int) -> Span {
        Span(text: String(String.UnicodeScalarView(scalars[from..<to])), x0: Double(from), x1: Double(to))
    }

    /// "0 1 1" in an aligned layout is three cells: split a span whose space-separated tokens are all
    /// numbers or blank markers.
    static func splitNumericRun(_ span: Span) -> [Span] {
        let parts = span.text.split(separator: " ", omittingEmptySubsequences: true)
        guard parts.count > 1, let x0 = span.x0,
              parts.allSatisfy({ isNumericToken(Substring($0)) }) else { return [span] }
        var out: [Span] = []
        var offset = 0
        let scalars = Array(span.text.unicodeScalars)
        for p in parts {
            let ps = Array(p.unicodeScalars)
            // Find the token's offset in the span.
            while offset < scalars.count, scalars[offset] == " " { offset += 1 }
            out.append(Span(text: String(p), x0: x0 + Double(offset), x1: x0 + Double(offset + ps.count)))
            offset += ps.count
        }
        return out
    }

    /// Splits the numbers that end a single-spaced line off as cells: all of them when the line is
    /// only numbers (two or more), two or more after a label, or one after a short label ending in
    /// a Chinese character (`行政许可 79`), unless it looks like a year (a wrapped title).
    /// Positions are dropped: single spaces do not align columns.
    static func splitTrailingNumbers(_ span: Span) -> [Span] {
        let tokens = tokensWithOffsets(span.text)
        guard tokens.count > 1 else { return [span] }
        // Once: taking the scalars for each piece made a line of n tokens cost n² (a line of
        // 100,000 numbers took minutes).
        let scalars = Array(span.text.unicodeScalars)
        func piece(_ from: Int, _ to: Int) -> Span {
            let text = String(String.UnicodeScalarView(scalars[tokens[from].start..<tokens[to - 1].end]))
            guard let x0 = span.x0 else { return Span(text: text) }
            return Span(text: text, x0: x0 + Double(tokens[from].start), x1: x0 + Double(tokens[to - 1].end))
        }
        var k = tokens.count
        while k > 0 && isNumericToken(tokens[k - 1].text) { k -= 1 }
        let numbers = tokens.count - k
        guard numbers >= 1 else { return [span] }
        if k > 0 {
            let labelScalars = tokens[..<k].map(\.text).joined(separator: " ").unicodeScalars
            // `54（其中修订 2` is one cell whose bracket the next line closes: the 2 is inside it.
            // A run of numbers is not (`（二）部分公开（区分处理的，只计这一 6 0 0 0`: a label that
            // wraps before its bracket closes, with the row's values after it).
            let open = labelScalars.filter { $0 == "（" || $0 == "(" }.count
            let close = labelScalars.filter { $0 == "）" || $0 == ")" }.count
            if open > close && numbers < 2 { return [span] }
            if numbers == 1 {
                let n = tokens[tokens.count - 1].text
                let looksLikeYear = n.count == 4 && (Int(n).map { (1990...2100).contains($0) } ?? false)
                guard labelScalars.count <= 16, let last = labelScalars.last, ScalarClass.isHan(last), !looksLikeYear else {
                    return [span]
                }
            }
            if labelScalars.contains(where: { "。；，：".unicodeScalars.contains($0) }) && numbers < 2 { return [span] }
            return [piece(0, k)] + (k..<tokens.count).map { piece($0, $0 + 1) }
        }
        // Only numbers: at least two of them with digits (`- 3 -` is a page number, not cells).
        guard tokens.filter({ $0.text.contains(where: \.isNumber) }).count >= 2 else { return [span] }
        return (0..<tokens.count).map { piece($0, $0 + 1) }
    }

    /// Tokens separated by spaces, with their scalar offsets in the text.
    static func tokensWithOffsets(_ text: String) -> [(text: Substring, start: Int, end: Int)] {
        var out: [(Substring, Int, Int)] = []
        var start: Int? = nil
        var startIndex = text.startIndex
        var offset = 0
        var index = text.unicodeScalars.startIndex
        for s in text.unicodeScalars {
            if s == " " {
                if let st = start { out.append((Substring(text.unicodeScalars[startIndex..<index]), st, offset)); start = nil }
            } else if start == nil {
                start = offset
                startIndex = index
            }
            offset += 1
            index = text.unicodeScalars.index(after: index)
        }
        if let st = start { out.append((Substring(text.unicodeScalars[startIndex..<index]), st, offset)) }
        return out
    }

    /// In an aligned table line a single space between two Chinese words separates narrow cells
    /// (`结果 结果`, `商业企业 科研`): split them, keeping positions.
    static func splitCJKWords(_ span: Span) -> [Span] {
        guard let x0 = span.x0, span.text.contains(" ") else { return [span] }
        let s = Array(span.text.unicodeScalars)
        var out: [Span] = []
        var start = 0
        for i in 1..<max(1, s.count - 1) where s[i] == " " && ScalarClass.isCJK(s[i - 1]) && ScalarClass.isCJK(s[i + 1]) {
            out.append(Span(text: String(String.UnicodeScalarView(s[start..<i])), x0: x0 + Double(start), x1: x0 + Double(i)))
            start = i + 1
        }
        guard !out.isEmpty else { return [span] }
        out.append(Span(text: String(String.UnicodeScalarView(s[start...])), x0: x0 + Double(start), x1: x0 + Double(s.count)))
        return out
    }

    /// Splits a positioned span at single spaces followed by an item number: `（二）`, `(2)`, `2.`.
    static func splitBeforeItems(_ span: Span) -> [Span] {
        guard let x0 = span.x0, span.text.contains(" ") else { return [span] }
        let s = Array(span.text.unicodeScalars)
        var cuts: [Int] = []
        for i in 1..<max(1, s.count - 2) where s[i] == " " && s[i - 1] != " " && startsItem(s, at: i + 1) {
            cuts.append(i)
        }
        guard !cuts.isEmpty else { return [span] }
        var out: [Span] = []
        var start = 0
        for c in cuts + [s.count] {
            let text = String(String.UnicodeScalarView(s[start..<c]))
            if !text.isEmpty { out.append(Span(text: text, x0: x0 + Double(start), x1: x0 + Double(c))) }
            start = c + 1
        }
        return out
    }

    /// `（二）` / `(二)` / `(2)` / `2.` + Chinese at `i`.
    static func startsItem(_ s: [Unicode.Scalar], at i: Int) -> Bool {
        guard i < s.count else { return false }
        if s[i] == "（" || s[i] == "(" { return ItemNumber.bracketedEnd(s, at: i) != nil }
        if ScalarClass.isASCIIDigit(s[i]) {
            let j = ItemNumber.digitRunEnd(s, from: i)
            return j - i <= 2 && j + 1 < s.count && (s[j] == "." || s[j] == "、") && ScalarClass.isHan(s[j + 1])
        }
        return false
    }

    static func isNumericToken(_ t: Substring) -> Bool {
        if t == "—" || t == "/" || t == "-" || t == "－" { return true }
        var digits = 0
        for (i, s) in t.unicodeScalars.enumerated() {
            if ScalarClass.isASCIIDigit(s) || (0xFF10...0xFF19).contains(s.value) { digits += 1; continue }
            if (s == "-" || s == "－") && i == 0 { continue }
            if s == "." || s == "," { continue }
            return false
        }
        return digits > 0
    }
}
