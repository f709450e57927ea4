/// One of `count` disjoint parts of a corpus (`--shard i/n`, i from 0). A file belongs to the shard
/// its path hashes to (FNV-1a), so every machine given the same inputs splits them the same way,
/// whatever order it lists them in, and adding files does not move the others.
public struct Shard: Sendable, Hashable, CustomStringConvertible {
    public let index: Int
    public let count: Int

    public init(index: Int, count: Int) {
        self.index = index
        self.count = count
    }

    /// Parses `i/n` with 0 <= i < n.
    public init?(_ text: String) {
        let parts = text.split(separator: "/")
        guard parts.count == 2, let i = Int(parts[0]), let n = Int(parts[1]), n >= 1, i >= 0, i < n else { return nil }
        self.init(index: i, count: n)
    }

    public func contains(_ path: String) -> Bool {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in path.utf8 {
            h ^= UInt64(b)
            h = h &* 0x100_0000_01b3
        }
        return Int(h % UInt64(count)) == index
    }

    public var description: String { "\(index)/\(count)" }
}
