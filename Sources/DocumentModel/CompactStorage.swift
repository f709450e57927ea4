/// Storage for the optional numbers every span and cell carries: a long document holds hundreds
/// of thousands of them. Positions are kept as `Float` (a millionth of a point at page sizes;
/// extracts' character columns exactly), tab field indices as `Int32`.
@propertyWrapper
public struct StoredAsFloat: Hashable, Sendable {
    private var stored: Float?
    public init(wrappedValue: Double?) { stored = wrappedValue.map(Float.init) }
    public var wrappedValue: Double? {
        get { stored.map(Double.init) }
        set { stored = newValue.map(Float.init) }
    }
}

@propertyWrapper
public struct StoredAsInt32: Hashable, Sendable {
    private var stored: Int32?
    public init(wrappedValue: Int?) { stored = wrappedValue.map { Int32(clamping: $0) } }
    public var wrappedValue: Int? {
        get { stored.map(Int.init) }
        set { stored = newValue.map { Int32(clamping: $0) } }
    }
}
