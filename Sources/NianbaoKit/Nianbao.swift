import Foundation
import DocumentModel
import TextInput
import TextNormalization
import ReportParsing

/// The pipeline: read an input, normalize it, parse it. Silent: problems come back as values
/// (warnings in the report) or as one thrown ``InputError``; nothing is printed.
public enum Nianbao {
    /// Converts the file at `path` (a text extract; PDFs once the PDF stage is present).
    public static func convert(file path: String, options: ConvertOptions = .init()) throws(InputError) -> Conversion {
        let bytes = try readFile(path, maxSize: options.maxFileSize)
        return try convert(bytes: bytes, path: path, options: options)
    }

    /// Converts bytes already in memory; `path` names them in messages and in the output.
    public static func convert(bytes: [UInt8], path: String, options: ConvertOptions = .init()) throws(InputError) -> Conversion {
        if bytes.isEmpty { throw InputError(path: path, problem: .empty) }
        let document: Document
        if PDFSniffer.looksLikePDF(bytes) {
            document = try readPDF(bytes: bytes, path: path, options: options)
        } else {
            document = try readText(bytes: bytes, path: path, options: options)
        }
        return try process(document, path: path, options: options)
    }

    /// Normalizes and parses a document that was read elsewhere.
    public static func process(_ document: Document, path: String, options: ConvertOptions = .init()) throws(InputError) -> Conversion {
        let clean = Normalizer(options: options.normalization).normalize(document)
        let report = ReportParser(options: options.parser).parse(clean)
        if !looksLikeReport(clean, report) { throw InputError(path: path, problem: .notAReport) }
        return Conversion(document: document, clean: clean, report: report)
    }

    static func readText(bytes: [UInt8], path: String, options: ConvertOptions) throws(InputError) -> Document {
        do {
            let (text, encoding) = try TextDecoder.decode(bytes)
            var doc = try ExtractReader.read(text, path: path, encoding: encoding, options: options.reader)
            doc.source.sha256 = SHA256.hex(bytes)
            return doc
        } catch {
            switch error {
            case .empty: throw InputError(path: path, problem: .empty)
            case .binary: throw InputError(path: path, problem: .binary)
            case .unknownEncoding: throw InputError(path: path, problem: .unknownEncoding)
            case .lineTooLong(let line, let limit): throw InputError(path: path, problem: .lineTooLong(line: line, limit: limit))
            }
        }
    }

    static func readPDF(bytes: [UInt8], path: String, options: ConvertOptions) throws(InputError) -> Document {
        throw InputError(path: path, problem: .unsupported("PDF input is not supported by this build"))
    }

    /// A report names itself, or has its sections or tables. Anything else is refused.
    static func looksLikeReport(_ clean: CleanDocument, _ report: Report) -> Bool {
        if report.tablesFound.values.contains(true) { return true }
        let headings = report.sections.filter(\.headingFound).count
        if headings >= 2 { return true }
        if let title = report.metadata.title, title.contains("公开") { return true }
        return false
    }

    static func readFile(_ path: String, maxSize: Int) throws(InputError) -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw InputError(path: path, problem: .notFound)
        }
        if isDirectory.boolValue { throw InputError(path: path, problem: .isDirectory) }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw InputError(path: path, problem: .unreadable("permission denied or not a regular file"))
        }
        defer { try? handle.close() }
        do {
            let size = try handle.seekToEnd()
            if size > UInt64(maxSize) { throw InputError(path: path, problem: .tooLarge(limit: maxSize)) }
            try handle.seek(toOffset: 0)
            let data = try handle.readToEnd() ?? Data()
            return [UInt8](data)
        } catch let e as InputError {
            throw e
        } catch {
            throw InputError(path: path, problem: .unreadable(String(describing: error)))
        }
    }
}

/// Recognises PDF bytes: `%PDF-` within the first kilobyte (some files carry a prefix).
enum PDFSniffer {
    static func looksLikePDF(_ bytes: [UInt8]) -> Bool {
        let head = bytes.prefix(1024)
        let marker: [UInt8] = Array("%PDF-".utf8)
        guard head.count >= marker.count else { return false }
        for i in 0...(head.count - marker.count) where head[head.startIndex + i] == marker[0] {
            if Array(head[(head.startIndex + i)..<(head.startIndex + i + marker.count)]) == marker { return true }
        }
        return false
    }
}
