/// The pages of a document to read (`--pages 3-5`, `--pages 1,3-4`), 1-based.
public struct PageSelection: Sendable, Hashable, CustomStringConvertible {
    public var ranges: [ClosedRange<Int>]

    /// Parses `2`, `3-5`, `1,3-4`; nil when the text is not such a list of positive pages.
    public init?(_ text: String) {
        var ranges: [ClosedRange<Int>] = []
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            let ends = part.split(separator: "-", omittingEmptySubsequences: false).map { Int($0.trimmingSpaces) }
            guard (1...2).contains(ends.count), let first = ends[0], let last = ends.last ?? nil, first >= 1, last >= first else { return nil }
            ranges.append(first...last)
        }
        guard !ranges.isEmpty else { return nil }
        self.ranges = ranges
    }

    public func contains(_ page: Int) -> Bool { ranges.contains { $0.contains(page) } }

    public var description: String {
        ranges.map { $0.lowerBound == $0.upperBound ? "\($0.lowerBound)" : "\($0.lowerBound)-\($0.upperBound)" }.joined(separator: ",")
    }
}

extension Substring {
    fileprivate var trimmingSpaces: Substring {
        var s = self
        while s.first == " " { s.removeFirst() }
        while s.last == " " { s.removeLast() }
        return s
    }
}
