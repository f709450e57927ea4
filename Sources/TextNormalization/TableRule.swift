import DocumentModel

/// A repair on one table block (rows split by pages, header cells split across lines, wrapped
/// labels, …). Rules are pure and named; the normalizer runs them in order
/// (``Normalizer/tableRules``) and counts how often each one changed something.
public protocol TableRule: Sendable {
    /// Stable kebab-case name, used in the output's repair counts and in the docs.
    static var name: String { get }
    func apply(_ table: Table) -> TableRepair
}

/// A table rule's result: the repaired table and how many repairs it made.
public struct TableRepair: Sendable {
    public var table: Table
    public var repairs: Int

    public init(_ table: Table, _ repairs: Int) {
        self.table = table
        self.repairs = repairs
    }
}
