import TextInput
import TextNormalization
import ReportParsing

/// Everything that tunes a conversion, with documented defaults.
public struct ConvertOptions: Sendable {
    public var reader = ExtractReaderOptions()
    public var normalization = NormalizationOptions(lexicon: ConvertOptions.templateLexicon)
    public var parser = ParserOptions()
    /// Inputs larger than this are refused.
    public var maxFileSize: Int = 256 * 1_048_576
    /// PDF password.
    public var password: String? = nil
    /// PDFs with more pages than this are refused.
    public var maxPages: Int = 2_000
    /// Keep the extracted lines in `Conversion.document` after normalization (for `text --raw`).
    /// Converting without them lowers peak memory on long documents.
    public var keepDocumentLines: Bool = true

    public init() {}

    /// The templates' vocabulary, built once.
    public static let templateLexicon = Lexicon(Templates.vocabulary)
}
