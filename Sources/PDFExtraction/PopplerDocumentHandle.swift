import CPoppler
#if canImport(Glibc)
import Glibc
#endif

/// Owns one `PopplerDocument`. Not thread-safe: poppler renders and text extraction mutate
/// per-document state, so a handle stays with one thread (one handle per worker).
final class PopplerDocumentHandle {
    let raw: OpaquePointer

    /// Opens a file (`poppler_document_new_from_file`, which wants an absolute `file://` URI).
    init(path: String, password: String?) throws(PDFProblem) {
        let absolute = Self.absolute(path)
        var error: UnsafeMutablePointer<GError>? = nil
        guard let uri = g_filename_to_uri(absolute, nil, &error) else {
            throw GLibError.take(error, passwordGiven: password != nil)
        }
        defer { g_free(uri) }
        guard let doc = poppler_document_new_from_file(uri, password, &error) else {
            throw GLibError.take(error, passwordGiven: password != nil)
        }
        raw = doc
    }

    /// Opens a PDF in memory (`poppler_document_new_from_bytes`, which keeps a reference to the
    /// bytes for as long as the document lives).
    ///
    /// With a password the bytes are read through a memory `GInputStream` instead: in poppler-glib
    /// 22.12 (Debian 12) `poppler_document_new_from_bytes` and `_from_data` crash on a wrong password
    /// (their retry with the password as given copies the stream as the wrong type and dereferences
    /// null); `poppler_document_new_from_stream` reports it as an encrypted document.
    init(bytes: PDFBytes, password: String?) throws(PDFProblem) {
        var error: UnsafeMutablePointer<GError>? = nil
        let opened: OpaquePointer?
        if let password {
            let stream = g_memory_input_stream_new_from_bytes(bytes.raw)
            defer { nb_object_unref(UnsafeMutableRawPointer(stream)) }
            opened = poppler_document_new_from_stream(stream, goffset(g_bytes_get_size(bytes.raw)), password, nil, &error)
        } else {
            opened = poppler_document_new_from_bytes(bytes.raw, nil, &error)
        }
        guard let doc = opened else { throw GLibError.take(error, passwordGiven: password != nil) }
        raw = doc
    }

    deinit { nb_object_unref(UnsafeMutableRawPointer(raw)) }

    /// `path` made absolute against the working directory (`g_filename_to_uri` needs one).
    static func absolute(_ path: String) -> String {
        if path.hasPrefix("/") { return path }
        guard let cwd = getcwd(nil, 0) else { return path }
        defer { free(cwd) }
        return String(cString: cwd) + "/" + path
    }

    /// `poppler_document_get_n_pages`.
    var pageCount: Int { Int(poppler_document_get_n_pages(raw)) }

    /// The document information's `Title` (`poppler_document_get_title`), trimmed; nil when empty.
    var title: String? {
        guard let t = poppler_document_get_title(raw) else { return nil }
        defer { g_free(t) }
        let s = String(cString: t).unicodeScalars
        let trimmed = s.drop { $0.properties.isWhitespace }.reversed().drop { $0.properties.isWhitespace }.reversed()
        return trimmed.isEmpty ? nil : String(String.UnicodeScalarView(trimmed))
    }

    /// The document information's `Producer` and `Creator`, joined by a line break ("" when neither).
    var producerAndCreator: String {
        var parts: [String] = []
        for get in [poppler_document_get_producer, poppler_document_get_creator] {
            if let t = get(raw) {
                parts.append(String(cString: t))
                g_free(t)
            }
        }
        return parts.joined(separator: "\n")
    }

    /// `poppler_document_get_page` (0-based); the page handle owns the new reference.
    func page(_ index: Int) -> PopplerPageHandle? {
        guard let p = poppler_document_get_page(raw, Int32(index)) else { return nil }
        return PopplerPageHandle(raw: p)
    }
}
