/// How a text extract lays out table cells, as detected when it was read.
public enum LayoutStyle: String, Sendable, Hashable, Codable {
    /// Cells separated by tabs (pdfplumber, copy-paste from some viewers).
    case tabSeparated = "tab-separated"
    /// Cells aligned with runs of spaces (`pdftotext -layout`).
    case spaceAligned = "space-aligned"
    /// One cell per line (`pdftotext` default mode, PyMuPDF `get_text`).
    case oneCellPerLine = "one-cell-per-line"
    /// Positions from a PDF's text layer or OCR.
    case geometry
}

/// What kind of input a document was read from.
public enum SourceKind: String, Sendable, Hashable, Codable {
    case text
    case pdf
    /// A web page.
    case html
    /// Images of the pages (JPEG, PNG, TIFF, …), read by OCR.
    case image
}

/// Facts about the input a document was read from.
public struct DocumentSource: Hashable, Sendable {
    /// The path as given by the user.
    public var path: String
    public var kind: SourceKind
    /// Detected text encoding (`utf-8`, `utf-16le`, `gb18030`, …), for text inputs.
    public var encoding: String?
    public var layout: LayoutStyle
    /// Lowercase hex SHA-256 of the input bytes, when computed.
    public var sha256: String?

    public init(path: String, kind: SourceKind, encoding: String? = nil, layout: LayoutStyle, sha256: String? = nil) {
        self.path = path
        self.kind = kind
        self.encoding = encoding
        self.layout = layout
        self.sha256 = sha256
    }
}

/// Extraction's output and normalization's input: pages of lines of spans.
public struct Document: Hashable, Sendable {
    public var source: DocumentSource
    public var pages: [Page]
    /// The title the file declares about itself (a PDF's document information `Title`, a web
    /// page's `<title>`), which the body may not print.
    public var declaredTitle: String?

    public init(source: DocumentSource, pages: [Page], title: String? = nil) {
        self.source = source
        self.pages = pages
        self.declaredTitle = title
    }
}
