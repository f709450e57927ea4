import DocumentModel

/// Something the reader of the report should know: a lost row, a missing heading, an unplaced
/// value. Warnings are values in the output, never prints.
public struct ReportWarning: Hashable, Sendable {
    /// What kind of finding it is (its stable kebab-case name is in Docs/report-json.md).
    public var code: Code
    public var message: String
    /// Cell or row key paths concerned.
    public var paths: [String]
    public var ref: SourceRef?

    public init(code: Code, message: String, paths: [String] = [], ref: SourceRef? = nil) {
        self.code = code
        self.message = message
        self.paths = paths
        self.ref = ref
    }

    /// Every warning the parser and the facade give; the raw value is the JSON's `code`.
    public enum Code: String, Hashable, Sendable, CaseIterable {
        case rowMissing = "row-missing"
        case tableMissing = "table-missing"
        case rowValuesUnplaced = "row-values-unplaced"
        case rowValuesAmbiguous = "row-values-ambiguous"
        case rowPlacedByIdentities = "row-placed-by-identities"
        case rowValuesBeforeLabel = "row-values-before-label"
        case rowsWithoutLabels = "rows-without-labels"
        case rowsValuesUnplaced = "rows-values-unplaced"
        case columnOrderedLayout = "column-ordered-layout"
        case cellTextWrapped = "cell-text-wrapped"
        case valueWithoutRow = "value-without-row"
        case rowRepeated = "row-repeated"
        case rowNamedByPosition = "row-named-by-position"
        case ocrSuggestion = "ocr-suggestion"
        case readingsDiffer = "readings-differ"
        case scanTextLayer = "scan-text-layer"
        case sectionHeadingMissing = "section-heading-missing"
        case sectionMissing = "section-missing"
        case titleMissing = "title-missing"
    }
}
