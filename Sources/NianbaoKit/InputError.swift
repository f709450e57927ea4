/// Why an input could not be converted. Each problem has a documented exit code (Docs/cli.md).
public struct InputError: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Problem: Hashable, Sendable {
        case notFound
        case isDirectory
        case unreadable(String)
        case tooLarge(limit: Int)
        case empty
        case binary
        case unknownEncoding
        case lineTooLong(line: Int, limit: Int)
        case corruptPDF(String)
        case encrypted
        case wrongPassword
        case tooManyPages(count: Int, limit: Int)
        /// None of the pages asked for (`--pages`) is in the document.
        case noPageSelected(count: Int, selection: String)
        /// An image of a page that cannot be decoded.
        case corruptImage(String)
        /// A PDF whose compressed streams inflate to more than the limit (bytes).
        case inflatesTooLarge(limit: Int)
        case notAReport
        case noTextLayer
        case ocrUnavailable(String)
        /// OCR ran but read nothing on any page (each page's problem, e.g. its time limit).
        case ocrFailed(String)
        /// A web page that libxml2 could not be loaded to read.
        case htmlUnavailable(String)
        case unsupported(String)
    }

    public var path: String
    public var problem: Problem

    public init(path: String, problem: Problem) {
        self.path = path
        self.problem = problem
    }

    /// The problem in words, without the path.
    public var reason: String {
        switch problem {
        case .notFound: return "no such file"
        case .isDirectory: return "is a directory, not a file"
        case .unreadable(let why): return "cannot be read (\(why))"
        case .tooLarge(let limit): return "is larger than the \(limit / 1_048_576) MiB limit (see --max-file-size)"
        case .empty: return "empty file"
        case .binary: return "binary data, not a text extract or a PDF"
        case .unknownEncoding: return "unknown text encoding (not UTF-8, UTF-16 or GB18030/GBK)"
        case .lineTooLong(let line, let limit): return "line \(line) is longer than \(limit) characters (see --max-line-length)"
        case .corruptPDF(let why): return "corrupt or truncated PDF (\(why))"
        case .encrypted: return "encrypted PDF; give its password with --password"
        case .wrongPassword: return "encrypted PDF; the password given is wrong"
        case .tooManyPages(let count, let limit): return "has \(count) pages, more than the \(limit) page limit (see --max-pages)"
        case .noPageSelected(let count, let selection): return "has \(count) pages, none of them in --pages \(selection)"
        case .corruptImage(let why): return "damaged or unreadable image (\(why))"
        case .inflatesTooLarge(let limit): return "its compressed streams inflate to more than \(limit / 1_048_576) MiB (a decompression bomb?); refused before reading"
        case .notAReport: return "not a government information disclosure annual report (no report title, sections or tables found)"
        case .noTextLayer: return "no page has a readable text layer (a scan, or fonts without a Unicode map); it needs OCR (--ocr auto)"
        case .ocrUnavailable(let why): return "needs OCR, which cannot run: \(why)"
        case .ocrFailed(let why): return "OCR read nothing on any page: \(why)"
        case .htmlUnavailable(let why): return "is a web page, which cannot be read here: \(why)"
        case .unsupported(let why): return why
        }
    }

    /// `PATH: reason`, the one line the CLI prints.
    public var description: String { "\(path): \(reason)" }

    /// The process exit code for this problem.
    public var exitCode: Int32 {
        switch problem {
        case .notFound, .isDirectory, .unreadable, .tooLarge: return 3
        case .empty, .binary, .unknownEncoding, .lineTooLong, .corruptPDF, .corruptImage, .noPageSelected, .tooManyPages, .inflatesTooLarge, .noTextLayer, .unsupported: return 4
        case .ocrUnavailable, .ocrFailed, .htmlUnavailable: return 7
        case .encrypted, .wrongPassword: return 5
        case .notAReport: return 6
        }
    }

    /// A short stable code for machine-readable error records.
    public var code: String {
        switch problem {
        case .notFound: return "not-found"
        case .isDirectory: return "is-directory"
        case .unreadable: return "unreadable"
        case .tooLarge: return "too-large"
        case .empty: return "empty"
        case .binary: return "binary"
        case .unknownEncoding: return "unknown-encoding"
        case .lineTooLong: return "line-too-long"
        case .corruptPDF: return "corrupt-pdf"
        case .encrypted: return "encrypted"
        case .wrongPassword: return "wrong-password"
        case .tooManyPages: return "too-many-pages"
        case .inflatesTooLarge: return "inflates-too-large"
        case .corruptImage: return "corrupt-image"
        case .noPageSelected: return "no-page-selected"
        case .notAReport: return "not-a-report"
        case .noTextLayer: return "no-text-layer"
        case .ocrUnavailable: return "ocr-unavailable"
        case .ocrFailed: return "ocr-failed"
        case .htmlUnavailable: return "html-unavailable"
        case .unsupported: return "unsupported"
        }
    }
}
