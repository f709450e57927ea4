/// A unit of the cleaned document: prose or a table.
public enum Block: Hashable, Sendable {
    case paragraph(Paragraph)
    case table(Table)

    public var ref: SourceRef? {
        switch self {
        case .paragraph(let p): return p.ref
        case .table(let t): return t.ref
        }
    }
}
