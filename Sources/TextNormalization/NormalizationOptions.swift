import DocumentModel

/// Every threshold normalization uses, with its default.
public struct NormalizationOptions: Sendable, Hashable {
    /// Known table terms (row labels, column headers, group labels). Fragments are joined only when
    /// the result is a known term or the start of one. The facade passes the templates' vocabulary.
    public var lexicon: Lexicon = Lexicon([])
    /// A single-cell line at most this many characters long, not ending a sentence, may be a table
    /// label; longer lines are prose.
    public var labelMaxLength: Int = 24
    /// A wrapped prose line counts as full when at least this share of the typical line length.
    public var fullLineRatio: Double = 0.8
    /// A prose line at least this long is an unwrapped paragraph (one paragraph per line), so a
    /// missing sentence end means the paragraph continues on the next line.
    public var longLineLength: Int = 60
    /// Lines looked at for page furniture at the top and at the bottom of each page.
    public var furnitureEdgeLines: Int = 2
    /// A running header or footer must repeat on at least this many pages.
    public var runningHeaderMinPages: Int = 2
    /// Cells in the same column may differ this much in x0, in character columns (text layouts).
    public var columnToleranceCharacters: Double = 1.5
    /// Cells in the same column may differ this much in x0, in points (PDF geometry).
    public var columnTolerancePoints: Double = 6
    /// A row of values and a row label lie side by side (are one row) when their lines share at
    /// least this much of the lower one's height (``JoinValuesBesideTheirLabel``).
    public var besideShare: Double = 0.5

    public init(lexicon: Lexicon = Lexicon([])) {
        self.lexicon = lexicon
    }
}
