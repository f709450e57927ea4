import DocumentModel
import CLibXML2

/// Reading libxml2 nodes: names, attributes, children, text. Pure reads of the tree that an
/// ``HTMLDocumentHandle`` owns; nothing here allocates in C or frees.
enum HTMLNode {
    static func name(_ node: xmlNodePtr) -> String {
        guard let n = node.pointee.name else { return "" }
        return String(cString: n).lowercased()
    }

    static func children(_ node: xmlNodePtr) -> [xmlNodePtr] {
        var out: [xmlNodePtr] = []
        var child = node.pointee.children
        while let c = child {
            if c.pointee.type == XML_ELEMENT_NODE { out.append(c) }
            child = c.pointee.next
        }
        return out
    }

    /// The table's rows, in order: its own `tr`, and those of its `thead`, `tbody` and `tfoot`;
    /// not those of tables nested in its cells.
    static func rows(of table: xmlNodePtr) -> [xmlNodePtr] {
        var out: [xmlNodePtr] = []
        for c in children(table) {
            switch name(c) {
            case "tr": out.append(c)
            case "thead", "tbody", "tfoot": out += children(c).filter { name($0) == "tr" }
            default: continue
            }
        }
        return out
    }

    /// The first element called `name` below `node`, depth first.
    static func find(_ target: String, in node: xmlNodePtr, depth: Int = 0) -> xmlNodePtr? {
        guard depth < 64 else { return nil }
        for c in children(node) {
            if name(c) == target { return c }
            if let f = find(target, in: c, depth: depth + 1) { return f }
        }
        return nil
    }

    /// A cell's (or title's) text: white space collapsed, line breaks (`<br>`, blocks) joined
    /// without a space between Chinese characters and with one elsewhere.
    static func text(_ node: xmlNodePtr, options: HTMLReaderOptions) -> String {
        var parts: [String] = []
        var buffer = TextBuffer()
        func collect(_ n: xmlNodePtr, depth: Int) {
            guard depth < options.maximumDepth else { return }
            var child = n.pointee.children
            while let c = child {
                switch c.pointee.type {
                case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                    if let content = c.pointee.content { buffer.append(String(cString: content)) }
                case XML_ELEMENT_NODE:
                    let nm = name(c)
                    if HTMLReader.Walker.skipped.contains(nm) { break }
                    if nm == "br" || HTMLReader.Walker.blocks.contains(nm) || nm == "table" {
                        parts.append(buffer.take())
                        collect(c, depth: depth + 1)
                        parts.append(buffer.take())
                    } else {
                        collect(c, depth: depth + 1)
                    }
                default:
                    break
                }
                child = c.pointee.next
            }
        }
        collect(node, depth: 0)
        parts.append(buffer.take())
        return TextBuffer.join(parts.filter { !$0.isEmpty })
    }
}

/// Inline text as HTML shows it: runs of white space (spaces, tabs, line breaks, no-break and
/// ideographic spaces) are one space; a line's leading and trailing spaces are dropped.
struct TextBuffer {
    private var scalars = String.UnicodeScalarView()
    private var pendingSpace = false

    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        s == " " || s == "\t" || s == "\n" || s == "\r" || s == "\u{0C}" || s == "\u{A0}" || s == "\u{3000}" || s == "\u{200B}"
    }

    mutating func append(_ text: String) {
        for s in text.unicodeScalars {
            if Self.isSpace(s) {
                pendingSpace = !scalars.isEmpty
            } else {
                if pendingSpace { scalars.append(" ") }
                pendingSpace = false
                scalars.append(s)
            }
        }
    }

    mutating func take() -> String {
        defer { scalars = String.UnicodeScalarView(); pendingSpace = false }
        return String(scalars)
    }

    /// Pieces of one cell joined: nothing between two Chinese characters, a space elsewhere.
    static func join(_ parts: [String]) -> String {
        var out = ""
        for p in parts {
            if let last = out.unicodeScalars.last, let first = p.unicodeScalars.first,
               !(ScalarClass.isCJK(last) && ScalarClass.isCJK(first)) {
                out += " "
            }
            out += p
        }
        return out
    }
}
