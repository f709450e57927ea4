/// Summary of one page for the output: its number and how its text was obtained.
public struct PageInfo: Hashable, Sendable {
    public var number: Int
    public var origin: TextOrigin
    /// Lines dropped as page furniture (page numbers, running headers).
    public var furnitureDropped: Int
    /// Why the page's text could not be read in full, if so.
    public var problem: String?
    /// Mean OCR confidence of the page's words (0–100), for recognised pages.
    public var ocrConfidence: Double?
    /// Why the page was OCR'd, for recognised pages.
    public var ocrReason: OCRReason?
    /// Page size in points (as read: a turned page's width is its printed height), when known.
    public var width: Double?
    public var height: Double?
    /// Quarter turns clockwise the page's image was given to be read upright (``Page/quarterTurns``).
    public var quarterTurns = 0

    public init(number: Int, origin: TextOrigin, furnitureDropped: Int = 0, problem: String? = nil, ocrConfidence: Double? = nil,
                ocrReason: OCRReason? = nil, width: Double? = nil, height: Double? = nil) {
        self.width = width
        self.height = height
        self.ocrReason = ocrReason
        self.number = number
        self.origin = origin
        self.furnitureDropped = furnitureDropped
        self.problem = problem
        self.ocrConfidence = ocrConfidence
    }
}

/// Normalization's output and the parser's input.
public struct CleanDocument: Hashable, Sendable {
    public var source: DocumentSource
    public var pages: [PageInfo]
    public var blocks: [Block]
    /// How many times each normalization rule changed something, by rule name.
    public var repairs: [String: Int]
    /// The title the file declares about itself (``Document/declaredTitle``).
    public var declaredTitle: String? = nil
    /// The vertical extent of each source line in points, where the source gives positions in
    /// points (PDF text layers and OCR): the boxes of the cells read from it.
    public var lineExtents: [SourceRef: LineExtent] = [:]
    /// The source lines read by OCR with blank paper after their text (``Line/blankAfterText``).
    public var blankAfterText: Set<SourceRef> = []

    public init(source: DocumentSource, pages: [PageInfo], blocks: [Block], repairs: [String: Int] = [:]) {
        self.source = source
        self.pages = pages
        self.blocks = blocks
        self.repairs = repairs
    }
}

/// A line's vertical extent on its page, in points from the top.
public struct LineExtent: Hashable, Sendable {
    public var y0: Double
    public var y1: Double

    public init(y0: Double, y1: Double) {
        self.y0 = y0
        self.y1 = y1
    }
}
