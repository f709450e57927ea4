import TextInput
import TextNormalization
import ReportParsing

/// Everything that tunes a conversion, with documented defaults.
public struct ConvertOptions: Sendable {
    public var reader = ExtractReaderOptions()
    public var normalization = NormalizationOptions(lexicon: Lexicon(Templates.vocabulary))
    public var parser = ParserOptions()
    /// Inputs larger than this are refused.
    public var maxFileSize: Int = 256 * 1_048_576
    /// PDF password.
    public var password: String? = nil
    /// PDFs with more pages than this are refused.
    public var maxPages: Int = 2_000

    public init() {}
}
