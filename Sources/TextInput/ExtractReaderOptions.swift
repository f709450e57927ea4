/// Options for reading a text extract into the document model.
public struct ExtractReaderOptions: Sendable, Hashable {
    /// A run of at least this many spaces separates two cells (`pdftotext -layout` columns).
    public var columnGap: Int = 2
    /// Lines longer than this many characters are refused (a guard against pathological input).
    public var maxLineLength: Int = 1_000_000

    public init(columnGap: Int = 2, maxLineLength: Int = 1_000_000) {
        self.columnGap = columnGap
        self.maxLineLength = maxLineLength
    }
}
