/// A number as the source printed it: its text (thousands separators removed) and its value.
/// Kept as text so `27.30` stays `27.30` in the output.
public struct NumberValue: Hashable, Sendable {
    public var text: String
    public var value: Double

    public init(text: String, value: Double) {
        self.text = text
        self.value = value
    }

    public var isInteger: Bool { !text.contains(".") }
}
