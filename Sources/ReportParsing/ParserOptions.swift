/// Options of the parser.
public struct ParserOptions: Sendable, Hashable {
    /// Force a template (`2021` or `2019`) instead of detecting it.
    public var template: String?

    public init(template: String? = nil) {
        self.template = template
    }
}
