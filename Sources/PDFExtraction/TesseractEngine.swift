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

    /// Whether `other` has this word's box (the same word, found again among others).
    func hasBox(of other: OCRWord) -> Bool {
        left == other.left && top == other.top && right == other.right && bottom == other.bottom
    }
}

/// Owns one `TessBaseAPI`, initialised for Chinese and English. Not thread-safe: one engine per
/// worker thread (tesseract keeps every global in the instance, so engines in different threads
/// run in parallel).
final class TesseractEngine {
    private let handle: OpaquePointer

    /// `TessBaseAPICreate` + `TessBaseAPIInit3(handle, datapath, languages)`; tesseract's own
    /// messages go to /dev/null (`debug_file`), the library stays silent. The library itself is
    /// loaded on the first engine (CTesseract: linking it slows every start).
    init(languages: String, dataPath: String?) throws(OCRProblem) {
        if let problem = nb_tesseract_load() { throw .engine(String(cString: problem)) }
        guard let h = nb_TessBaseAPICreate() else { throw .engine("TessBaseAPICreate failed") }
        _ = nb_TessBaseAPISetVariable(h, "debug_file", "/dev/null")
        guard nb_TessBaseAPIInit3(h, dataPath, languages) == 0 else {
            nb_TessBaseAPIDelete(h)
            throw .engine("tesseract could not load \(languages)")
        }
        _ = nb_TessBaseAPISetVariable(h, "preserve_interword_spaces", "1")
        _ = nb_TessBaseAPISetVariable(h, "tessedit_do_invert", "0")
        handle = h
    }

    deinit {
        nb_TessBaseAPIEnd(handle)
        nb_TessBaseAPIDelete(handle)
    }

    /// Sets the image later calls recognise parts of (`TessBaseAPISetImage`: 8-bit gray, copied;
    /// `SetSourceResolution`). The image stays until the next `setImage` or `clear`.
    func setImage(_ image: GrayImage, dpi: Int) {
        nb_omp_set_max_active_levels(0)
        image.pixels.withUnsafeBufferPointer { p in
            nb_TessBaseAPISetImage(handle, p.baseAddress, Int32(image.width), Int32(image.height), 1, Int32(image.width))
        }
        nb_TessBaseAPISetSourceResolution(handle, Int32(dpi))
    }

    /// The orientation of the current image (`TessBaseAPIDetectOrientationScript`, for an engine
    /// started with the `osd` data): the quarter turns clockwise that make it upright, and
    /// tesseract's confidence in that.
    func detectOrientation() -> (turns: Int, confidence: Double)? {
        nb_TessBaseAPISetPageSegMode(handle, PSM_OSD_ONLY)
        var degrees: Int32 = 0
        var confidence: Float = 0
        var script: UnsafePointer<CChar>? = nil
        var scriptConfidence: Float = 0
        guard nb_TessBaseAPIDetectOrientationScript(handle, &degrees, &confidence, &script, &scriptConfidence) != 0 else { return nil }
        // `degrees` is how far the page is turned counter-clockwise (measured on pages turned by
        // 90 and 180 degrees); turning it back is as many quarter turns clockwise.
        return ((360 - Int(degrees)) / 90 % 4, Double(confidence))
    }

    /// Whether the layout looks for lines of vertical text (`textord_tabfind_vertical_text`,
    /// tesseract's default: on). Vertical lines are read turned upright, so with it on, a page
    /// turned a quarter reads its lines as well as the page the right way up.
    func findsVerticalText(_ on: Bool) {
        _ = nb_TessBaseAPISetVariable(handle, "textord_tabfind_vertical_text", on ? "1" : "0")
    }

    /// Frees the image and the results (`TessBaseAPIClear`); the language data stays loaded.
    func clear() {
        nb_TessBaseAPIClear(handle)
    }

    /// Recognises the current image, or the `rectangle` of it (`TessBaseAPISetRectangle`), with a
    /// page segmentation mode, an optional character whitelist or blacklist and a deadline (a
    /// `ETEXT_DESC` monitor), and returns its words in reading order.
    func recognize(rectangle: (x: Int, y: Int, width: Int, height: Int)? = nil,
                   pageSegMode: TessPageSegMode = PSM_SINGLE_BLOCK, whitelist: String? = nil, blacklist: String? = nil,
                   deadlineMilliseconds: Int? = nil) throws(OCRProblem) -> [OCRWord] {
        nb_TessBaseAPISetPageSegMode(handle, pageSegMode)
        _ = nb_TessBaseAPISetVariable(handle, "tessedit_char_whitelist", whitelist ?? "")
        _ = nb_TessBaseAPISetVariable(handle, "tessedit_char_blacklist", blacklist ?? "")
        if let r = rectangle { nb_TessBaseAPISetRectangle(handle, Int32(r.x), Int32(r.y), Int32(r.width), Int32(r.height)) }
        let monitor = nb_TessMonitorCreate()
        defer { nb_TessMonitorDelete(monitor) }
        if let ms = deadlineMilliseconds { nb_TessMonitorSetDeadlineMSecs(monitor, Int32(clamping: max(1, ms))) }
        guard nb_TessBaseAPIRecognize(handle, monitor) == 0 else { throw .timeLimit }
        var words: [OCRWord] = []
        guard let it = nb_TessBaseAPIGetIterator(handle) else { return words }
        defer { nb_TessResultIteratorDelete(it) }
        let pit = nb_TessResultIteratorGetPageIteratorConst(it)
        repeat {
            guard let cText = nb_TessResultIteratorGetUTF8Text(it, RIL_WORD) else { continue }
            let text = String(cString: cText)
            nb_TessDeleteText(cText)
            var l: Int32 = 0, t: Int32 = 0, r: Int32 = 0, b: Int32 = 0
            guard nb_TessPageIteratorBoundingBox(pit, RIL_WORD, &l, &t, &r, &b) != 0 else { continue }
            let conf = Double(nb_TessResultIteratorConfidence(it, RIL_WORD))
            let startsLine = nb_TessPageIteratorIsAtBeginningOf(pit, RIL_TEXTLINE) != 0
            let trimmed = text.trimmingSpaceScalars()
            if !trimmed.isEmpty {
                words.append(OCRWord(text: trimmed, left: Int(l), top: Int(t), right: Int(r), bottom: Int(b),
                                     confidence: conf, startsLine: startsLine))
            }
        } while nb_TessResultIteratorNext(it, RIL_WORD) != 0
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
