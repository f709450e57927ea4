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
            spans = spans.flatMap(splitNumericRun)
        }
        return (Line(spans: spans, ref: ref), spans.count > 1 ? .spaceAligned : .oneCellPerLine)
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
