import CLibXML2

/// Owns one libxml2 HTML document (`htmlDocPtr`): parsed by `nb_htmlReadMemory`, freed by
/// `nb_xmlFreeDoc` in `deinit`. Nodes read through it are valid while it lives.
final class HTMLDocumentHandle {
    let pointer: htmlDocPtr

    /// Parses `bytes` in `encoding` (an iconv name), recovering from errors as browsers do,
    /// without network access and without printing.
    init(bytes: [UInt8], encoding: String) throws(HTMLProblem) {
        if let problem = nb_libxml2_load() { throw .libraryUnavailable(String(cString: problem)) }
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOBLANKS.rawValue) | Int32(XML_PARSE_HUGE.rawValue)
        let doc = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                nb_htmlReadMemory(chars.baseAddress, Int32(clamping: chars.count), nil, encoding, options)
            }
        }
        guard let doc else { throw .unparsable }
        pointer = doc
    }

    deinit { nb_xmlFreeDoc(pointer) }

    /// The root element (`<html>`), if any (`nb_xmlDocGetRootElement`).
    var root: xmlNodePtr? { nb_xmlDocGetRootElement(pointer) }
}
