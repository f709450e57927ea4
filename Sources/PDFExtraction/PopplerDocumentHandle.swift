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

    /// Opens bytes in memory (`poppler_document_new_from_bytes`; the GBytes copy stays referenced
    /// by the document).
    init(bytes: [UInt8], password: String?) throws(PDFProblem) {
        var error: UnsafeMutablePointer<GError>? = nil
        let gbytes = bytes.withUnsafeBytes { g_bytes_new($0.baseAddress, gsize($0.count)) }
        defer { g_bytes_unref(gbytes) }
        guard let doc = poppler_document_new_from_bytes(gbytes, password, &error) else {
            throw GLibError.take(error, passwordGiven: password != nil)
        }
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

    /// `poppler_document_get_page` (0-based); the page handle owns the new reference.
    func page(_ index: Int) -> PopplerPageHandle? {
        guard let p = poppler_document_get_page(raw, Int32(index)) else { return nil }
        return PopplerPageHandle(raw: p)
    }
}
