import DocumentModel

/// Decides whether two cells of different rows sit in the same column: overlapping horizontal
/// extents (within a tolerance) when both have them, else the same tab field. A ruled grid's cells
/// have both, and there the extents decide: a band's fields count the cells that start in it, so a
/// row under a group label continued from the previous page has one field more than the row above
/// it (`7.属于行政执法案卷` in field 0 and `8.属于行政查询事项` in field 1 are one column).
public struct ColumnMatcher: Sendable {
    public var tolerance: Double

    public init(tolerance: Double) {
        self.tolerance = tolerance
    }

    public func sameColumn(_ a: Cell, _ b: Cell) -> Bool {
        guard let a0 = a.x0, let a1 = a.x1, let b0 = b.x0, let b1 = b.x1 else {
            if let fa = a.field, let fb = b.field { return fa == fb }
            return false
        }
        if abs(a0 - b0) <= tolerance { return true }
        // Overlap by at least half the narrower cell.
        let overlap = min(a1, b1) - max(a0, b0)
        return overlap > 0 && overlap >= 0.5 * min(a1 - a0, b1 - b0)
    }

    /// True when cells carry positions this matcher can use.
    public static func hasPosition(_ c: Cell) -> Bool { c.field != nil || c.x0 != nil }
}
