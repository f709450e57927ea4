/// Where a piece of text came from: a page and a line.
///
/// For text extracts `line` is the 1-based line number in the file, so a user can jump to it in an
/// editor. For PDFs it is the 1-based index of the line on its page, in reading order.
public struct SourceRef: Hashable, Sendable, Comparable {
    /// 1-based page number (form-feed separated pages for text extracts).
    public var page: Int
    /// 1-based line number, see the type's documentation.
    public var line: Int

    public init(page: Int, line: Int) {
        self.page = page
        self.line = line
    }

    public static func < (a: SourceRef, b: SourceRef) -> Bool {
        (a.page, a.line) < (b.page, b.line)
    }
}
