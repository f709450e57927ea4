import DocumentModel

/// Decides whether two cells of different rows sit in the same column: the same tab field, or
/// overlapping horizontal extents (within a tolerance).
public struct ColumnMatcher: Sendable {
    public var tolerance: Double

    public init(tolerance: Double) {
        self.tolerance = tolerance
    }

    public func sameColumn(_ a: Cell, _ b: Cell) -> Bool {
        if let fa = a.field, let fb = b.field { return fa == fb }
        guard let a0 = a.x0, let a1 = a.x1, let b0 = b.x0, let b1 = b.x1 else { return false }
        if abs(a0 - b0) <= tolerance { return true }
        // Overlap by at least half the narrower cell.
        let overlap = min(a1, b1) - max(a0, b0)
        return overlap > 0 && overlap >= 0.5 * min(a1 - a0, b1 - b0)
    }

    /// True when cells carry positions this matcher can use.
    public static func hasPosition(_ c: Cell) -> Bool { c.field != nil || c.x0 != nil }
}
