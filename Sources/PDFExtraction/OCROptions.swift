/// When pages are recognised by OCR.
public enum OCRMode: String, Sendable, Hashable, CaseIterable {
    /// Pages without a usable text layer (no text, or fonts without a Unicode map).
    case auto
    /// Every page, ignoring any text layer.
    case always
    /// No page: pages without text stay empty.
    case never
}

/// OCR settings, with their defaults.
public struct OCROptions: Sendable, Hashable {
    public var mode: OCRMode = .auto
    /// Rendering resolution for recognition.
    public var dpi: Int = 300
    /// Tesseract languages.
    public var languages: String = "chi_sim+eng"
    /// Folder of the `.traineddata` files; nil looks in `TESSDATA_PREFIX` and Debian's folders.
    public var dataPath: String? = nil
    /// Words recognised below this confidence (0–100) make their cell uncertain.
    public var uncertainBelow: Double = 75
    /// Recognition of one page is stopped after this many seconds.
    public var pageTimeLimit: Double = 120
    /// Pages whose rendering would exceed this many pixels are rendered at a lower resolution.
    public var maxPixels: Int = 50_000_000
    /// Numeric cells read with low confidence are read again alone, digits only.
    public var rereadNumericCells = true
    /// The thresholds of reading a page.
    public var tuning = OCRTuning()
    /// In `auto`, the pages with a text layer whose pictures cover at least this share of the page
    /// are recognised (a table pasted in as a picture) instead of those without a usable text
    /// layer; nil: never. A PDF's conversion sets it for a further reading when its text leaves
    /// template cells open, and puts in the pages an earlier reading recognised.
    public var picturesCovering: Double? = nil
    /// In `auto`, the pages whose text layer lies over a scan of the page
    /// (``Page/textLayerOverScan``) are recognised too, instead of those without a usable text
    /// layer. A PDF's conversion sets it for a further reading when a page is such a scan.
    public var scannedTextLayers = false

    public init(mode: OCRMode = .auto, dpi: Int = 300) {
        self.mode = mode
        self.dpi = dpi
    }
}
