/// How a page's text was obtained.
public enum TextOrigin: String, Sendable, Hashable, Codable {
    /// Read from a text extract made by another tool.
    case extract
    /// Read from a web page's markup.
    case markup = "html"
    /// Read from the PDF's text layer.
    case textLayer = "text-layer"
    /// Recognized by OCR from the rendered page.
    case ocr
    /// The page has no text (blank, or image only) and OCR was not run.
    case none
    /// The page's text layer is unusable (fonts without a Unicode map) and OCR was not run.
    case garbled
}

/// Why a page was read by OCR.
public enum OCRReason: String, Sendable, Hashable, Codable {
    /// The page has no text layer (a scan, an image).
    case noTextLayer = "no-text-layer"
    /// The page's text layer is not readable text (fonts without a Unicode map: private-use
    /// codes, punctuation and letters where Chinese is drawn).
    case unreadableTextLayer = "unreadable-text-layer"
    /// Every page was OCR'd (`--ocr always`).
    case requested
    /// The page has a text layer and a picture covering much of it (a table pasted in as an
    /// image), and the text left template cells open.
    case picture
    /// The page is a scan, and its text layer (invisible, over the scan) was made by another
    /// program's OCR: the page is read again by ours and the two readings compared.
    case scanTextLayer = "scan-text-layer"
}

/// One page of a document.
public struct Page: Hashable, Sendable {
    /// 1-based page number.
    public var number: Int
    public var lines: [Line]
    /// Page size in points, when known.
    public var width: Double?
    public var height: Double?
    public var origin: TextOrigin
    /// Why the page's text could not be read in full (an OCR time limit), if so.
    public var problem: String?
    /// Why the page was OCR'd, for recognised pages.
    public var ocrReason: OCRReason?
    /// Quarter turns clockwise the page's image was given to be read upright (a scan fed sideways
    /// or upside down); its lines' positions are in the turned page.
    public var quarterTurns = 0
    /// The page's text layer lies over a picture of the whole page and was made by another
    /// program's OCR (a searchable scan): its numbers were never checked against the page.
    public var textLayerOverScan = false

    public init(number: Int, lines: [Line], width: Double? = nil, height: Double? = nil, origin: TextOrigin,
                problem: String? = nil, ocrReason: OCRReason? = nil) {
        self.ocrReason = ocrReason
        self.number = number
        self.lines = lines
        self.width = width
        self.height = height
        self.origin = origin
        self.problem = problem
    }
}
