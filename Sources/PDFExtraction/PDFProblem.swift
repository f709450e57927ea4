/// Why a PDF could not be read.
public enum PDFProblem: Error, Hashable, Sendable {
    /// Not a PDF, truncated, or damaged beyond repair. The message is poppler's.
    case corrupt(String)
    /// Encrypted, and no password was given.
    case encrypted
    /// Encrypted, and the password given is wrong.
    case wrongPassword
    /// The file could not be opened.
    case unreadable(String)
    /// Its compressed streams inflate to more than the limit (in bytes).
    case inflatesTooLarge(limit: Int)
    /// An image input that cannot be decoded.
    case badImage(String)
    /// None of the pages asked for (`--pages`) is in the document.
    case noPageSelected(count: Int, selection: String)
    /// More pages than the limit.
    case tooManyPages(count: Int, limit: Int)
    /// OCR was needed and could not run.
    case ocr(OCRProblem)
}
