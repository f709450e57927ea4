import DocumentModel
import ReportParsing

/// The result of converting one input: the document as read, as cleaned, and the report.
public struct Conversion: Sendable {
    public var document: Document
    public var clean: CleanDocument
    public var report: Report

    public init(document: Document, clean: CleanDocument, report: Report) {
        self.document = document
        self.clean = clean
        self.report = report
    }
}
