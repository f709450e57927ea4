import CPoppler

/// One character of a page's text layer with its box (points, top-left origin) and font size.
struct PageGlyph {
    var scalar: Unicode.Scalar
    var x0: Double, y0: Double, x1: Double, y1: Double
    var fontSize: Double
}

/// Owns one `PopplerPage`.
final class PopplerPageHandle {
    let raw: OpaquePointer

    init(raw: OpaquePointer) {
        self.raw = raw
    }

    deinit { nb_object_unref(UnsafeMutableRawPointer(raw)) }

    /// `poppler_page_get_size`, in points.
    var size: (width: Double, height: Double) {
        var w = 0.0, h = 0.0
        poppler_page_get_size(raw, &w, &h)
        return (w, h)
    }

    /// The boxes of the pictures drawn on the page (`poppler_page_get_image_mapping`), in points
    /// from the page's top left.
    func pictures() -> [PictureBox] {
        guard let list = poppler_page_get_image_mapping(raw) else { return [] }
        defer { poppler_page_free_image_mapping(list) }
        var boxes: [PictureBox] = []
        var node: UnsafeMutablePointer<GList>? = list
        while let n = node {
            if let data = n.pointee.data {
                let area = data.assumingMemoryBound(to: PopplerImageMapping.self).pointee.area
                boxes.append(PictureBox(x0: min(area.x1, area.x2), y0: min(area.y1, area.y2), x1: max(area.x1, area.x2), y1: max(area.y1, area.y2)))
            }
            node = n.pointee.next
        }
        return boxes
    }

    /// The text layer as glyphs with boxes: `poppler_page_get_text` gives one Unicode scalar per
    /// rectangle of `poppler_page_get_text_layout` (spaces and line breaks included), and
    /// `poppler_page_get_text_attributes` the font size of each run. Line breaks are dropped; the
    /// glyphs are grouped again from their boxes. With `fontSizes` (the attributes read), also
    /// whether a run is set in a font OCR programs use for the invisible text they lay over a
    /// scan (``OCRTextLayer/fontNames``).
    func text(fontSizes: Bool) -> (glyphs: [PageGlyph], ocrFont: Bool) {
        guard let textPointer = poppler_page_get_text(raw) else { return ([], false) }
        let text = String(cString: textPointer)
        g_free(textPointer)
        var rects: UnsafeMutablePointer<PopplerRectangle>? = nil
        var count: guint = 0
        guard poppler_page_get_text_layout(raw, &rects, &count) != 0, let rects else { return ([], false) }
        defer { g_free(rects) }

        // Font sizes by character range.
        var sizes: [(start: Int, end: Int, size: Double)] = []
        var ocrFont = false
        if fontSizes, let list = poppler_page_get_text_attributes(raw) {
            var node: UnsafeMutablePointer<GList>? = list
            while let n = node {
                if let data = n.pointee.data {
                    let a = data.assumingMemoryBound(to: PopplerTextAttributes.self).pointee
                    sizes.append((Int(a.start_index), Int(a.end_index), a.font_size))
                    if !ocrFont, let name = a.font_name { ocrFont = OCRTextLayer.isOCRFont(name) }
                }
                node = n.pointee.next
            }
            poppler_page_free_text_attributes(list)
        }

        var out: [PageGlyph] = []
        out.reserveCapacity(Int(count))
        var sizeIndex = 0
        for (i, scalar) in text.unicodeScalars.enumerated() {
            guard i < Int(count) else { break }
            if scalar == "\n" || scalar == "\r" { continue }
            while sizeIndex < sizes.count && sizes[sizeIndex].end < i { sizeIndex += 1 }
            let size = sizeIndex < sizes.count && sizes[sizeIndex].start <= i ? sizes[sizeIndex].size : 0
            let r = rects[i]
            out.append(PageGlyph(scalar: scalar, x0: r.x1, y0: r.y1, x1: r.x2, y1: r.y2, fontSize: size))
        }
        return (out, ocrFont)
    }

    /// Renders how much ink each pixel holds, in 8 bits, dark where there is ink as in
    /// `renderGray`: where something is drawn over part of the pixel, its coverage (255 - alpha:
    /// a rule in light gray half a pixel wide is as dark as its share of the pixel); where the
    /// pixel is covered, its gray on white (a cell's fill in white or a light colour is light,
    /// where as coverage it was ink and swallowed the table's rules). Only the horizontal `bands`
    /// (in points, top-left origin) when any are given; with a `direction` other than upright,
    /// the page is rendered turned into that reading frame, and the bands are in it.
    func renderInk(dpi: Double, bands: [(Double, Double)] = [], direction: ReadingDirection = .upright) -> (pixels: [UInt8], width: Int, height: Int)? {
        render(CAIRO_FORMAT_ARGB32, dpi: dpi, direction: direction, prepare: { cr, w in
            // Only the bands asked for: cairo skips the glyphs outside the clip, which are most of
            // the cost of rendering a page of text.
            for (y0, y1) in bands where y1 > y0 { cairo_rectangle(cr, 0, y0, w, y1 - y0) }
            if !bands.isEmpty { cairo_clip(cr) }
        }, pixel: { p in
            // ARGB32: premultiplied, stored as 32-bit ARGB in native (little-endian) order: B, G, R, A.
            let a = Int(p[3])
            guard a >= 250 else { return UInt8(255 - a) }
            let b = Int(p[0]), g = Int(p[1]), r = Int(p[2])
            return UInt8(min(255, (r * 299 + g * 587 + b * 114) / 1000 + 255 - a))
        }, bytesPerPixel: 4)
    }

    /// Renders the page in 8-bit gray at `dpi` (into a cairo image surface painted white first).
    /// With `redAsGray` the red channel is the gray value: red seals and stamps over a table come
    /// out nearly white, black text stays black.
    func renderGray(dpi: Double, antialias: Bool = true, redAsGray: Bool = false) -> (pixels: [UInt8], width: Int, height: Int)? {
        render(CAIRO_FORMAT_RGB24, dpi: dpi, direction: .upright, prepare: { cr, _ in
            cairo_set_source_rgb(cr, 1, 1, 1)
            cairo_paint(cr)
            if !antialias { cairo_set_antialias(cr, CAIRO_ANTIALIAS_NONE) }
        }, pixel: { p in
            // RGB24 is stored as 32-bit xRGB in native (little-endian) order: B, G, R, x.
            let b = Int(p[0]), g = Int(p[1]), r = Int(p[2])
            return redAsGray ? UInt8(r) : UInt8((r * 299 + g * 587 + b * 114) / 1000)
        }, bytesPerPixel: 4)
    }

    /// Renders the page at `dpi` into a cairo image surface of `format` (`poppler_page_render`,
    /// poppler's messages on fonts it cannot load silenced: `QuietStandardError`): `prepare` sets up
    /// the context (before the page's scale), `pixel` makes one 8-bit value of each pixel's bytes.
    /// Returns the values row by row, `width` a row. The page is drawn turned into the reading
    /// frame of `direction` (`prepare` works in that frame).
    private func render(_ format: cairo_format_t, dpi: Double, direction: ReadingDirection, prepare: (OpaquePointer, Double) -> Void,
                        pixel: (UnsafeMutablePointer<UInt8>) -> UInt8, bytesPerPixel: Int) -> (pixels: [UInt8], width: Int, height: Int)? {
        let (w, h) = direction.readingSize(size)
        let width = Int((w * dpi / 72).rounded(.up)), height = Int((h * dpi / 72).rounded(.up))
        guard width > 0, height > 0, width < 32_767, height < 32_767 else { return nil }
        guard let surface = cairo_image_surface_create(format, Int32(width), Int32(height)) else { return nil }
        defer { cairo_surface_destroy(surface) }
        guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS, let cr = cairo_create(surface) else { return nil }
        defer { cairo_destroy(cr) }
        cairo_scale(cr, dpi / 72, dpi / 72)
        prepare(cr, w)
        if direction != .upright {
            var turn = direction.cairoMatrix(size: size)
            cairo_transform(cr, &turn)
        }
        QuietStandardError.run { poppler_page_render(raw, cr) }
        cairo_surface_flush(surface)
        guard cairo_status(cr) == CAIRO_STATUS_SUCCESS, let data = cairo_image_surface_get_data(surface) else { return nil }
        let stride = Int(cairo_image_surface_get_stride(surface))
        var out = [UInt8](repeating: 255, count: width * height)
        out.withUnsafeMutableBufferPointer { o in
            for y in 0..<height {
                let row = data + y * stride
                for x in 0..<width { o[y * width + x] = pixel(row + x * bytesPerPixel) }
            }
        }
        return (out, width, height)
    }
}
