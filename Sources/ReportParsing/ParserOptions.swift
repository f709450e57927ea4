/// Options of the parser.
public struct ParserOptions: Sendable, Hashable {
    /// Force a template (`2021` or `2019`) instead of detecting it.
    public var template: String?
    /// OCR cells read with a confidence (0–100) below this are marked uncertain.
    public var uncertainBelowConfidence: Double = 75
    /// How tables are read by their labels.
    public var tableReading = TableReaderOptions()

    public init(template: String? = nil) {
        self.template = template
    }
}
