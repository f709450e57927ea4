import TextInput
import TextNormalization
import ReportParsing
import PDFExtraction

/// Everything that tunes a conversion, with documented defaults.
public struct ConvertOptions: Sendable {
    public var reader = ExtractReaderOptions()
    /// Normalization thresholds. Its lexicon is filled with the templates' vocabulary when
    /// `templateLexicon` is true (the default), at normalization time.
    public var normalization = NormalizationOptions()
    /// Join split header and label cells using the templates' vocabulary.
    public var useTemplateLexicon = true
    public var parser = ParserOptions()
    /// Inputs larger than this are refused.
    public var maxFileSize: Int = 256 * 1_048_576
    /// PDF password.
    public var password: String? = nil
    /// PDFs with more pages than this are refused.
    public var maxPages: Int = 2_000
    /// Only these pages of a PDF (or of a report's images) are read; nil reads them all.
    public var pages: PageSelection? = nil
    /// Worker threads for one document's pages (OCR). 1 reads pages in order.
    public var jobs: Int = 1
    /// OCR of pages without a usable text layer.
    public var ocr = OCROptions()
    /// Ruled tables in PDFs read as the grids their rules draw (``RuledTablesMode``).
    public var ruledTables: RuledTablesMode = .auto
    /// Under `--ocr auto` and `--ruled-tables auto`, a PDF whose text leaves template cells open is
    /// read once more with its pages whose pictures cover at least this share of the page read by
    /// OCR (a table pasted in as a picture; section 四's, one row high, covers a tenth of a page,
    /// a seal about 3 %); nil: never.
    public var picturePageShare: Double? = 0.05
    /// Called with (pages done, pages to do) as OCR proceeds; from worker threads.
    public var progress: (@Sendable (Int, Int) -> Void)? = nil
    /// Keep the extracted lines in `Conversion.document` after normalization (for `text --raw`).
    /// Converting without them lowers peak memory on long documents.
    public var keepDocumentLines: Bool = true

    public init() {}

    /// The templates' vocabulary, built once.
    public static let templateLexicon = Lexicon(Templates.vocabulary)
}

/// When a PDF's ruled tables are read as grids. Reading a page's grid renders it (about 10 ms a
/// page with tables, most of it poppler drawing the table's glyphs), so by default the grid is read
/// only when line geometry leaves template cells missing or unplaced.
public enum RuledTablesMode: String, Sendable, Hashable, CaseIterable {
    /// Line geometry first; the grid when cells are left missing or unplaced, and its reading kept
    /// when it places more and no cell of the two readings differs.
    case auto
    /// Always the grid, for every page with tabular lines.
    case always
    /// Never: line geometry only.
    case never
}
