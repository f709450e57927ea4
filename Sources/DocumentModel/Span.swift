/// A run of text on a line that extraction kept together: a table cell, a word group, a whole line.
///
/// Geometry is optional because not every input has it:
/// - PDF text layer and OCR: `x0`/`x1` in PDF points (top-left origin).
/// - `pdftotext -layout` extracts: character columns.
/// - tab-separated extracts: `field` is the tab field index, and there is no x.
public struct Span: Hashable, Sendable {
    public var text: String
    /// Left and right edge (`StoredAsFloat`: a long document holds hundreds of thousands of spans).
    @StoredAsFloat public var x0: Double?
    @StoredAsFloat public var x1: Double?
    /// Index of the tab-separated field this span came from, if any.
    @StoredAsInt32 public var field: Int?
    /// OCR confidence 0...100, if the text was recognized.
    public var confidence: Double?
    /// OCR: a cell of a column of numbers whose text could not be read as one (`a` for a pale
    /// `1`). The text is kept as read; the cell stands for a number, so the row's other values
    /// keep their columns.
    public var unreadableNumber = false
    /// OCR of a table drawn with rules: the cell this text lies in starts on this line, under a
    /// rule drawn across its column: the text continues no cell above it (a label's second line
    /// never lies there).
    public var ruledAbove = false
    /// OCR: a number read as one word whose ink parts it as two numbers would be parted (a gap
    /// clearly wider than those between its digits: `1 805`, two columns' values set right and
    /// close, read `1805`): its parts, each with its digits and ink's extent; or a label's words
    /// read with a number after them (`(+) Sit 767`): the words and the number, each with its
    /// extent. Empty otherwise. Parted only under the columns of a header (on the page before,
    /// for a table continued).
    public var inkParts: [Span] = []

    public init(text: String, x0: Double? = nil, x1: Double? = nil, field: Int? = nil, confidence: Double? = nil) {
        self.text = text
        self.x0 = x0
        self.x1 = x1
        self.field = field
        self.confidence = confidence
    }

    /// Horizontal centre, when the span has geometry.
    public var centerX: Double? {
        guard let x0, let x1 else { return nil }
        return (x0 + x1) / 2
    }
}
