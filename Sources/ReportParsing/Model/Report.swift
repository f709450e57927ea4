import DocumentModel

/// The parser's result: metadata, sections, every template cell, checks and warnings.
public struct Report: Hashable, Sendable {
    public var metadata: ReportMetadata
    public var sections: [Section]
    /// Every cell of the three template tables, in template order.
    public var cells: [CellRecord]
    public var checks: [Check]
    public var warnings: [ReportWarning]
    /// Which tables were found in the source (by table key).
    public var tablesFound: [String: Bool]

    public init(metadata: ReportMetadata, sections: [Section], cells: [CellRecord], checks: [Check],
                warnings: [ReportWarning], tablesFound: [String: Bool]) {
        self.metadata = metadata
        self.sections = sections
        self.cells = cells
        self.checks = checks
        self.warnings = warnings
        self.tablesFound = tablesFound
    }

    /// The cell at `path`, if the template has it.
    public func cell(_ path: String) -> CellRecord? { cells.first { $0.path == path } }
}
