/// Why OCR could not run or finish.
public enum OCRProblem: Error, Hashable, Sendable {
    /// A language's trained data is missing; the message names the package to install.
    case languageDataMissing(String)
    /// The engine failed to start.
    case engine(String)
    /// Recognition of a page took longer than the per-page limit.
    case timeLimit
}
