/// Options for reading PDFs, with their defaults.
public struct PDFExtractionOptions: Sendable, Hashable {
    /// Password of encrypted PDFs.
    public var password: String? = nil
    /// PDFs with more pages are refused.
    public var maxPages: Int = 2_000
    /// Only these pages are read (nil: all).
    public var pages: PageSelection? = nil
    /// PDFs whose compressed streams (but images) inflate to more than this many bytes in all
    /// are refused before poppler reads them (``InflatedSize``): poppler holds some streams
    /// whole in memory. The samples' streams inflate to under 1 MB; a fully embedded CJK font
    /// is 10 to 20 MB, so a dozen fit.
    public var maxInflatedBytes: Int = 256 << 20
    /// A gap wider than this many font sizes between two characters on a line starts a new cell.
    /// Characters inside a cell touch; adjacent cells are at least two paddings and a border apart
    /// (measured: 0.95 em between a narrow group label and its sub-label at 12.5 pt).
    public var cellGapEm: Double = 0.6
    /// Between two digits (two adjacent numeric cells) a smaller gap is enough.
    public var digitGapEm: Double = 0.3
    /// Two glyphs are on one line when their vertical extents overlap by this share of the smaller.
    public var lineOverlap: Double = 0.5
    /// A page whose text has less than this share of plausible characters is `garbled` (fonts
    /// without a Unicode map) and needs OCR.
    public var garbledThreshold: Double = 0.5

    /// Tables drawn with ruling lines are read as the grids the rules draw (``RuledTableReader``):
    /// pages with tabular lines are rendered at 72 dpi to find them.
    public var ruledTables = true

    /// A page whose text layer looks made by OCR (``OCRTextLayer``) lies over a scan when its
    /// pictures cover at least this share of it; under `--ocr auto` it is then read again by OCR.
    public var textOverScanShare: Double = 0.8

    /// OCR for pages without a usable text layer.
    public var ocr = OCROptions()
    /// Worker threads for OCR, each with its own poppler document and tesseract engine.
    public var jobs: Int = 1

    public init(password: String? = nil, maxPages: Int = 2_000) {
        self.password = password
        self.maxPages = maxPages
    }
}
