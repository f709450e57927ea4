/// A paragraph of prose (or a heading) after lines broken by wrapping or page breaks were joined.
public struct Paragraph: Hashable, Sendable {
    public var text: String
    /// The source lines it was joined from, in order.
    public var refs: [SourceRef]

    public init(text: String, refs: [SourceRef]) {
        self.text = text
        self.refs = refs
    }

    public var ref: SourceRef { refs.first ?? SourceRef(page: 1, line: 1) }
}
