/// Every threshold of reading a table by its labels, with its default.
public struct TableReaderOptions: Sendable, Hashable {
    /// An extract prints a blank line after every cell (so a blank line separates nothing) when
    /// no two values are on consecutive lines and at least this many are one blank line apart.
    public var blankSeparatedMinimum = 20
    /// Phrases are looked for with foreign characters inside them, or with a few wrong characters,
    /// only in label runs at most this long (a row's own label and the group label fragments
    /// beside it), never in the long runs of column-ordered extracts.
    public var gappedMatchMaxLabelLength = 60
    /// A phrase this long or longer still names its row with foreign characters inside it
    /// (interleaved fragments of a wrapped neighbour).
    public var gappedPhraseMinimumLength = 5
    /// A phrase this long or longer still names its row with wrong characters (OCR)…
    public var approximatePhraseMinimumLength = 4
    /// …one wrong character in this many.
    public var charactersPerWrongCharacter = 4
    /// Labels on the values' own table row start a row, though rows are named on the lines
    /// before, when they nearly spell this many characters of its label's start (no row whose
    /// label, without its number, is shorter).
    public var rowStartMinimumLength = 6
    /// A label cut short names a row when at least this many characters of its start remain.
    public var minimumLabelStart = 5
    /// A label cell right after a row's label, on its table row, is a piece of that label (not a
    /// cell) when it prints at least this many characters of it.
    public var minimumLabelPiece = 3

    public init() {}
}
