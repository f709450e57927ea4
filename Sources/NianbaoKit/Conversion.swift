import DocumentModel
import ReportParsing

/// The result of converting one input: the document as read, as cleaned, and the report.
public struct Conversion: Sendable {
    public var document: Document
    public var clean: CleanDocument
    public var report: Report
}
