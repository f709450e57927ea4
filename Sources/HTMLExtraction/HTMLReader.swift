import CLibXML2
import DocumentModel

/// Reads a web page (the form most reports are published in) into the document model: its
/// paragraphs as lines of text, each table row as a line of tab fields (one per cell), in
/// document order, on one page. Parsed by
/// libxml2's HTML parser (`HTMLDocumentHandle`), which recovers from broken markup as browsers do;
/// scripts, styles and the head are skipped.
public enum HTMLReader {
    /// Reads `bytes` as HTML; `path` names the document in its source.
    public static func read(bytes: [UInt8], path: String, sha256: String? = nil,
                            options: HTMLReaderOptions = .init()) throws(HTMLProblem) -> Document {
        let (iconv, reported) = try HTMLCharset.choose(bytes)
        let handle = try HTMLDocumentHandle(bytes: bytes, encoding: iconv)
        var walker = Walker(options: options)
        if let root = handle.root { walker.walk(root) }
        walker.flush()
        var lines: [Line] = []
        for (k, l) in walker.lines.enumerated() {
            let ref = SourceRef(page: 1, line: k + 1)
            switch l {
            case .text(let t): lines.append(Line(spans: [Span(text: t)], ref: ref))
            case .row(let fields): lines.append(Line(spans: fields.enumerated().map { Span(text: $1, field: $0) }, ref: ref))
            }
        }
        let source = DocumentSource(path: path, kind: .html, encoding: reported, layout: .tabSeparated, sha256: sha256)
        return Document(source: source, pages: [Page(number: 1, lines: lines, origin: .markup)], title: walker.title)
    }

    /// True when the first kilobyte looks like a web page (a doctype, `<html`, `<head`, `<body`,
    /// `<meta`, `<table` or `<title` tag near the start), whatever the file is called.
    public static func looksLikeHTML<C: Collection>(_ bytes: C) -> Bool where C.Element == UInt8 {
        var head = Array(bytes.prefix(1024))
        if head.starts(with: [0xEF, 0xBB, 0xBF]) { head.removeFirst(3) }
        let lower = head.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
        guard let first = lower.firstIndex(where: { !($0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D) }),
              lower[first] == UInt8(ascii: "<") else { return false }
        let text = String(decoding: lower, as: UTF8.self)
        return ["<!doctype html", "<html", "<head", "<body", "<meta", "<table", "<title"].contains { text.contains($0) }
    }

    enum Output {
        case text(String)
        case row([String])
    }

    /// Walks the tree, keeping the inline text of the current line.
    struct Walker {
        let options: HTMLReaderOptions
        var lines: [Output] = []
        var buffer = TextBuffer()
        var title: String?
        var depth = 0

        init(options: HTMLReaderOptions) { self.options = options }

        static let skipped: Set<String> = ["script", "style", "noscript", "template", "head", "svg", "object", "iframe", "select", "button"]
        static let blocks: Set<String> = ["p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
                                           "section", "article", "header", "footer", "nav", "main", "aside", "blockquote", "pre",
                                           "address", "center", "form", "fieldset", "figure", "figcaption", "caption", "hr",
                                           "tr", "td", "th", "body", "html", "tbody", "thead", "tfoot"]

        mutating func flush() {
            let t = buffer.take()
            if !t.isEmpty { lines.append(.text(t)) }
        }

        mutating func walk(_ node: xmlNodePtr) {
            depth += 1
            defer { depth -= 1 }
            guard depth < options.maximumDepth else { return }
            var child = node.pointee.children
            while let c = child {
                visit(c)
                child = c.pointee.next
            }
        }

        mutating func visit(_ node: xmlNodePtr) {
            switch node.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = node.pointee.content { buffer.append(String(cString: content)) }
            case XML_ELEMENT_NODE:
                let name = HTMLNode.name(node)
                if name == "head" {
                    if title == nil, let t = HTMLNode.find("title", in: node) { title = HTMLNode.text(t, options: options) }
                    return
                }
                if Self.skipped.contains(name) { return }
                if name == "br" { flush(); return }
                if name == "table" {
                    flush()
                    readTable(node)
                    return
                }
                if name == "title" { return }
                let block = Self.blocks.contains(name)
                if block { flush() }
                walk(node)
                if block { flush() }
            default:
                return
            }
        }

        /// Each row of the table as a line of fields, one per cell that starts in the row (`td`,
        /// `th`), in order; a nested table's text stays in its cell.
        ///
        /// Cells are not laid on the grid their spans make: published pages span value cells
        /// inconsistently (`<td colspan="2">13</td>` under a header that spans other columns), and
        /// a row's cells in order after its label are its values in the template's order, however
        /// the page spans them. A cell a row span carries down from an earlier row is not repeated.
        mutating func readTable(_ table: xmlNodePtr) {
            var count = 0
            for tr in HTMLNode.rows(of: table) {
                count += 1
                if count > options.maximumTableRows { break }
                let cells = HTMLNode.children(tr).filter { ["td", "th"].contains(HTMLNode.name($0)) }
                    .map { HTMLNode.text($0, options: options) }
                guard cells.contains(where: { !$0.isEmpty }) else { continue }
                lines.append(cells.count == 1 ? .text(cells[0]) : .row(cells))
            }
        }
    }
}

/// Options of ``HTMLReader``.
public struct HTMLReaderOptions: Hashable, Sendable {
    /// Elements nested deeper than this are not read (hostile pages nest thousands deep).
    public var maximumDepth = 256
    /// Rows of one table beyond this are not read.
    public var maximumTableRows = 10_000

    public init() {}
}
