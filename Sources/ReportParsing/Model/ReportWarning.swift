import DocumentModel

/// Something the reader of the report should know: a lost row, a missing heading, an unplaced
/// value. Warnings are values in the output, never prints.
public struct ReportWarning: Hashable, Sendable {
    /// Stable kebab-case code, see Docs/report-json.md.
    public var code: String
    public var message: String
    /// Cell or row key paths concerned.
    public var paths: [String]
    public var ref: SourceRef?

    public init(code: String, message: String, paths: [String] = [], ref: SourceRef? = nil) {
        self.code = code
        self.message = message
        self.paths = paths
        self.ref = ref
    }
}
