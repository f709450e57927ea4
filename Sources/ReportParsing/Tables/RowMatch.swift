/// A template row found in the stream: the labels that named it and the values that followed.
struct RowMatch {
    /// Template row indices named by the labels (more than one for column-ordered extracts).
    var rows: [Int]
    /// Stream indices of the label items.
    var labelItems: [Int]
    /// Stream indices of the value, blank and empty items that followed, in order.
    var valueItems: [Int] = []
    /// Stream indices of labels seen between value runs (header words in column-ordered extracts).
    var interleavedLabels: [[Int]] = []
    /// Runs of values: a new run starts at each new group (table row) or after interleaved labels.
    var runs: [[Int]] = []
    /// For each run: true when labels that named no row came before it.
    var runAfterLabels: [Bool] = []
    /// Labels after the last row label: the column headers of the first block, in column-ordered extracts.
    var header: [Int] = []
    /// The row whose phrase comes last in the labels (nearest the values).
    var lastPhraseRow: Int? = nil
    /// Label text as printed for each row.
    var labels: [Int: String] = [:]
    /// A label that names no row, on the same line as values (an OCR misreading, `(—) FLA` for
    /// `（一）予以公开`): the row it stands for is inferred from its neighbours, if only one fits.
    var unnamed = false
    /// A row a page prints with nothing after its label (``TableReader/blankRowsBefore``): its
    /// cells are blank.
    var printedBlank = false
}
