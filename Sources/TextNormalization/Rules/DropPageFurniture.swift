import DocumentModel

/// Drops page furniture: page numbers (`-3-`, `— 3 —`, `第3页`, `第3页 共5页`, `3 / 5`, `Page 3`) on a
/// line of their own, and running headers and footers repeated at the top or bottom of several pages.
///
/// A bare number (`3`) is dropped only when, on at least two pages, the same edge line equals the
/// page number (plus a constant offset): a lone number at a page edge is otherwise a table value.
public struct DropPageFurniture: Sendable {
    public static let name = "drop-page-furniture"

    public var edgeLines: Int
    public var runningHeaderMinPages: Int

    public init(edgeLines: Int = 2, runningHeaderMinPages: Int = 2) {
        self.edgeLines = edgeLines
        self.runningHeaderMinPages = runningHeaderMinPages
    }

    /// Returns the pages without furniture and how many lines were dropped from each page.
    public func apply(_ pages: [Page]) -> (pages: [Page], dropped: [Int]) {
        var drop: [Set<Int>] = Array(repeating: [], count: pages.count)

        // Decorated page numbers: a whole line `-3-` or `第3页` is never content, wherever it is
        // (extracts without page breaks put them mid-text).
        for (p, page) in pages.enumerated() {
            for i in page.lines.indices where Self.isShortSingleSpan(page.lines[i])
                && Self.isDecoratedPageNumber(flat(page.lines[i])) {
                drop[p].insert(i)
            }
        }
        // Bare page numbers, when consistent across pages.
        if pages.count >= 2 {
            for edge in [Edge.top, .bottom] {
                var offsets: [Int: Int] = [:]
                var hits: [(Int, Int, Int)] = []
                for (p, page) in pages.enumerated() {
                    guard let i = firstNonBlank(page, edge), page.lines[i].spans.filter({ !$0.text.isEmpty }).count == 1,
                          let n = Int(flat(page.lines[i])), n >= 0, n < 10_000 else { continue }
                    offsets[n - page.number, default: 0] += 1
                    hits.append((p, i, n - page.number))
                }
                if let (offset, count) = offsets.max(by: { $0.value < $1.value }), count >= 2 {
                    for (p, i, o) in hits where o == offset { drop[p].insert(i) }
                }
            }
        }
        // Running headers and footers: the same single-span edge text on several pages.
        if pages.count >= 2 {
            var seen: [String: Set<Int>] = [:]
            for (p, page) in pages.enumerated() {
                for i in edgeIndices(page) {
                    let line = page.lines[i]
                    guard line.spans.filter({ !$0.text.isEmpty }).count == 1 else { continue }
                    let key = Self.shape(flat(line))
                    guard key.count >= 4, !key.allSatisfy({ $0 == "#" || $0 == "." || $0 == "-" }) else { continue }
                    seen[key, default: []].insert(p)
                }
            }
            let needed = max(runningHeaderMinPages, (pages.count + 1) / 2)
            for (p, page) in pages.enumerated() {
                var matches: [String: [Int]] = [:]
                for i in edgeIndices(page) {
                    let line = page.lines[i]
                    guard line.spans.filter({ !$0.text.isEmpty }).count == 1 else { continue }
                    let key = Self.shape(flat(line))
                    if let ps = seen[key], ps.count >= needed { matches[key, default: []].append(i) }
                }
                // A header is printed once at the edge: when its text is also the next line (the
                // report's title under a running header that repeats it), only the outer one goes.
                for (_, indices) in matches {
                    if indices.count == 1 { drop[p].insert(indices[0]); continue }
                    let top = indices.min()!, bottom = indices.max()!
                    drop[p].insert(top < page.lines.count - 1 - bottom ? top : bottom)
                }
            }
        }
        var out = pages
        var counts: [Int] = []
        for p in out.indices {
            counts.append(drop[p].count)
            if drop[p].isEmpty { continue }
            out[p].lines = out[p].lines.enumerated().filter { !drop[p].contains($0.offset) }.map(\.element)
        }
        return (out, counts)
    }

    enum Edge { case top, bottom }

    /// One non-empty span of at most 24 UTF-8 bytes: the only lines that can be page numbers.
    static func isShortSingleSpan(_ line: Line) -> Bool {
        var found = false
        for span in line.spans where !span.text.isEmpty {
            if found || span.text.utf8.count > 24 { return false }
            found = true
        }
        return found
    }

    func flat(_ line: Line) -> String {
        String(line.spans.map(\.text).joined().unicodeScalars.filter { !ScalarClass.isHorizontalSpace($0) })
    }

    func firstNonBlank(_ page: Page, _ edge: Edge) -> Int? {
        switch edge {
        case .top: return page.lines.firstIndex { !$0.isBlank }
        case .bottom: return page.lines.lastIndex { !$0.isBlank }
        }
    }

    func edgeIndices(_ page: Page) -> [Int] {
        let nonBlank = page.lines.indices.filter { !page.lines[$0].isBlank }
        return Array(Set(nonBlank.prefix(edgeLines) + nonBlank.suffix(edgeLines))).sorted()
    }

    /// Digits replaced by `#`, so "第3页" and "第4页" have the same shape.
    static func shape(_ s: String) -> String {
        String(s.map { $0.isASCII && $0.isNumber ? "#" : $0 })
    }

    /// Dashes and dots around a page number (built once: a set of `Character`s costs thousands of
    /// instructions to build).
    static let dashes: Set<Character> = ["-", "—", "–", "－", "~", "_", "·", "•", "─", "―"]

    /// `-3-`, `—3—`, `第3页`, `第3页共5页`, `共5页第3页`, `3/5`, `Page3`, `Page3of5`, `- 3 -`.
    static func isDecoratedPageNumber(_ s: String) -> Bool {
        let u = s.unicodeScalars
        guard u.count <= 16, u.contains(where: ScalarClass.isASCIIDigit) else { return false }
        var sh = ""
        for ch in shape(s) where !(ch == "#" && sh.last == "#") { sh.append(ch) }
        let dashes = Self.dashes
        if sh.contains("#") {
            let stripped = sh.drop(while: { dashes.contains($0) })
            let core = String(stripped.reversed().drop(while: { dashes.contains($0) }).reversed())
            if core == "#" && sh.count > 1 && dashes.contains(sh.first!) && dashes.contains(sh.last!) { return true }
        }
        switch sh.lowercased() {
        case "第#页", "第#页共#页", "共#页第#页", "第#页,共#页", "第#页，共#页", "#/#", "page#", "page#of#", "#of#":
            return true
        default:
            return false
        }
    }
}
