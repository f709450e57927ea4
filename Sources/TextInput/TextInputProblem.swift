/// Why a byte sequence could not be read as a text extract.
public enum TextInputProblem: Error, Hashable, Sendable, CustomStringConvertible {
    /// No bytes, or only whitespace.
    case empty
    /// NUL bytes or control characters: not text.
    case binary
    /// Text-like bytes in none of UTF-8, UTF-16 or GB18030.
    case unknownEncoding
    /// A line longer than the configured limit (in characters).
    case lineTooLong(line: Int, limit: Int)

    public var description: String {
        switch self {
        case .empty: return "empty file"
        case .binary: return "binary data, not a text extract"
        case .unknownEncoding: return "unknown text encoding (not UTF-8, UTF-16 or GB18030/GBK)"
        case .lineTooLong(let line, let limit): return "line \(line) is longer than \(limit) characters (see --max-line-length)"
        }
    }
}
