/// Why a web page could not be read.
public enum HTMLProblem: Error, Sendable, Hashable {
    /// libxml2 is not installed or lacks a function we call.
    case libraryUnavailable(String)
    /// The parser gave no document (nothing that parses as HTML).
    case unparsable
    /// The page declares an encoding we do not read.
    case unsupportedEncoding(String)
}
