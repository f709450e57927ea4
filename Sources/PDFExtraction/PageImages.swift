import CPoppler
import DocumentModel

/// Pages of a PDF drawn as PNG images, for the review page: each page rendered by poppler into a
/// cairo surface and written by cairo's PNG encoder. Pages are drawn as the PDF stores them (a
/// page turned by `/Rotate` is drawn unturned).
public enum PageImages {
    /// PNG bytes of each page (by number) of the PDF in `bytes`, at `dpi`; `pages` limits which.
    public static func render(bytes: [UInt8], password: String?, dpi: Double, pages: Set<Int>? = nil) throws(PDFProblem) -> [Int: [UInt8]] {
        let doc = try PopplerDocumentHandle(bytes: PDFBytes(bytes), password: password)
        var out: [Int: [UInt8]] = [:]
        for index in 0..<doc.pageCount where pages?.contains(index + 1) ?? true {
            guard let page = doc.page(index), let png = page.renderPNG(dpi: dpi) else { continue }
            out[index + 1] = png
        }
        return out
    }
}

extension PopplerPageHandle {
    /// The page drawn on white at `dpi`, encoded as PNG; nil when cairo cannot draw or encode it.
    func renderPNG(dpi: Double) -> [UInt8]? {
        let width = Int((size.width * dpi / 72).rounded(.up)), height = Int((size.height * dpi / 72).rounded(.up))
        guard width > 0, height > 0, width < 32_767, height < 32_767,
              let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(width), Int32(height)) else { return nil }
        defer { cairo_surface_destroy(surface) }
        guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS, let cr = cairo_create(surface) else { return nil }
        cairo_scale(cr, dpi / 72, dpi / 72)
        cairo_set_source_rgb(cr, 1, 1, 1)
        cairo_paint(cr)
        QuietStandardError.run { poppler_page_render(raw, cr) }
        let drawn = cairo_status(cr) == CAIRO_STATUS_SUCCESS
        cairo_destroy(cr)
        cairo_surface_flush(surface)
        guard drawn else { return nil }
        let sink = PNGSink()
        let status = cairo_surface_write_to_png_stream(surface, { closure, data, length in
            guard let closure, let data else { return CAIRO_STATUS_WRITE_ERROR }
            Unmanaged<PNGSink>.fromOpaque(closure).takeUnretainedValue().bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
            return CAIRO_STATUS_SUCCESS
        }, Unmanaged.passUnretained(sink).toOpaque())
        return status == CAIRO_STATUS_SUCCESS ? sink.bytes : nil
    }
}

/// Collects the bytes cairo's PNG writer hands over (one writer, one thread).
private final class PNGSink {
    var bytes: [UInt8] = []
}
