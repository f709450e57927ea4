/// A repair on one piece of text (a span or a cell). Rules are pure and named; the normalizer
/// counts how often each one changed something.
public protocol TextRule: Sendable {
    /// Stable kebab-case name, used in the output's repair counts and in the docs.
    static var name: String { get }
    func apply(_ text: String) -> String
}
