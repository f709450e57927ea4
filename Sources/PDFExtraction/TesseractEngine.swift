import CTesseract
#if canImport(Glibc)
import Glibc
#endif

/// One recognised word: its text, box in image pixels, and confidence (0–100).
struct OCRWord {
    var text: String
    var left: Int, top: Int, right: Int, bottom: Int
    var confidence: Double
    /// The word starts a new text line (tesseract's layout).
    var startsLine: Bool
}

/// Owns one `TessBaseAPI`, initialised for Chinese and English. Not thread-safe: one engine per
/// worker thread (tesseract keeps every global in the instance, so engines in different threads
/// run in parallel).
final class TesseractEngine {
    private let handle: OpaquePointer

    /// `TessBaseAPICreate` + `TessBaseAPIInit3(handle, datapath, languages)`; tesseract's own
    /// messages go to /dev/null (`debug_file`), the library stays silent.
    init(languages: String, dataPath: String?) throws(OCRProblem) {
        guard let h = TessBaseAPICreate() else { throw .engine("TessBaseAPICreate failed") }
        _ = TessBaseAPISetVariable(h, "debug_file", "/dev/null")
        guard TessBaseAPIInit3(h, dataPath, languages) == 0 else {
            TessBaseAPIDelete(h)
            throw .engine("tesseract could not load \(languages)")
        }
        _ = TessBaseAPISetVariable(h, "preserve_interword_spaces", "1")
        _ = TessBaseAPISetVariable(h, "tessedit_do_invert", "0")
        handle = h
    }

    deinit {
        TessBaseAPIEnd(handle)
        TessBaseAPIDelete(handle)
    }

    /// Sets the image later calls recognise parts of (`TessBaseAPISetImage`: 8-bit gray, copied;
    /// `SetSourceResolution`). The image stays until the next `setImage` or `clear`.
    func setImage(_ image: GrayImage, dpi: Int) {
        omp_set_max_active_levels(0)
        image.pixels.withUnsafeBufferPointer { p in
            TessBaseAPISetImage(handle, p.baseAddress, Int32(image.width), Int32(image.height), 1, Int32(image.width))
        }
        TessBaseAPISetSourceResolution(handle, Int32(dpi))
    }

    /// The orientation of the current image (`TessBaseAPIDetectOrientationScript`, for an engine
    /// started with the `osd` data): the quarter turns clockwise that make it upright, and
    /// tesseract's confidence in that.
    func detectOrientation() -> (turns: Int, confidence: Double)? {
        TessBaseAPISetPageSegMode(handle, PSM_OSD_ONLY)
        var degrees: Int32 = 0
        var confidence: Float = 0
        var script: UnsafePointer<CChar>? = nil
        var scriptConfidence: Float = 0
        guard TessBaseAPIDetectOrientationScript(handle, &degrees, &confidence, &script, &scriptConfidence) != 0 else { return nil }
        // `degrees` is how far the page is turned counter-clockwise (measured on pages turned by
        // 90 and 180 degrees); turning it back is as many quarter turns clockwise.
        return ((360 - Int(degrees)) / 90 % 4, Double(confidence))
    }

    /// Frees the image and the results (`TessBaseAPIClear`); the language data stays loaded.
    func clear() {
        TessBaseAPIClear(handle)
    }

    /// Recognises the current image, or the `rectangle` of it (`TessBaseAPISetRectangle`), with a
    /// page segmentation mode, an optional character whitelist and a deadline (a
    /// `ETEXT_DESC` monitor), and returns its words in reading order.
    func recognize(rectangle: (x: Int, y: Int, width: Int, height: Int)? = nil,
                   pageSegMode: TessPageSegMode = PSM_SINGLE_BLOCK, whitelist: String? = nil,
                   deadlineMilliseconds: Int? = nil) throws(OCRProblem) -> [OCRWord] {
        TessBaseAPISetPageSegMode(handle, pageSegMode)
        _ = TessBaseAPISetVariable(handle, "tessedit_char_whitelist", whitelist ?? "")
        if let r = rectangle { TessBaseAPISetRectangle(handle, Int32(r.x), Int32(r.y), Int32(r.width), Int32(r.height)) }
        let monitor = TessMonitorCreate()
        defer { TessMonitorDelete(monitor) }
        if let ms = deadlineMilliseconds { TessMonitorSetDeadlineMSecs(monitor, Int32(clamping: max(1, ms))) }
        guard TessBaseAPIRecognize(handle, monitor) == 0 else { throw .timeLimit }
        var words: [OCRWord] = []
        guard let it = TessBaseAPIGetIterator(handle) else { return words }
        defer { TessResultIteratorDelete(it) }
        let pit = TessResultIteratorGetPageIteratorConst(it)
        repeat {
            guard let cText = TessResultIteratorGetUTF8Text(it, RIL_WORD) else { continue }
            let text = String(cString: cText)
            TessDeleteText(cText)
            var l: Int32 = 0, t: Int32 = 0, r: Int32 = 0, b: Int32 = 0
            guard TessPageIteratorBoundingBox(pit, RIL_WORD, &l, &t, &r, &b) != 0 else { continue }
            let conf = Double(TessResultIteratorConfidence(it, RIL_WORD))
            let startsLine = TessPageIteratorIsAtBeginningOf(pit, RIL_TEXTLINE) != 0
            let trimmed = text.trimmingSpaceScalars()
            if !trimmed.isEmpty {
                words.append(OCRWord(text: trimmed, left: Int(l), top: Int(t), right: Int(r), bottom: Int(b),
                                     confidence: conf, startsLine: startsLine))
            }
        } while TessResultIteratorNext(it, RIL_WORD) != 0
        return words
    }
}

extension String {
    func trimmingSpaceScalars() -> String {
        let s = unicodeScalars
        guard let a = s.firstIndex(where: { $0 != " " && $0 != "\n" }) else { return "" }
        let b = s.lastIndex(where: { $0 != " " && $0 != "\n" })!
        return String(s[a...b])
    }
}
