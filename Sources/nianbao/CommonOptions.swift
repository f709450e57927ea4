import ArgumentParser
import NianbaoKit
import NianbaoCommandLine
#if canImport(Glibc)
import Glibc
#endif

/// Options every command shares: the conversion's, and threads for a document's pages.
struct CommonOptions: ParsableArguments {
    @OptionGroup var conversion: ConversionOptions

    @Option(name: .shortAndLong, help: "Threads for a document's pages, each with its own poppler document and, for OCR, tesseract engine (default: the number of cores).")
    var jobs: Int?

    @Flag(name: .shortAndLong, help: "No progress on stderr: only errors.")
    var quiet = false

    func validate() throws {
        if (jobs ?? 1) <= 0 { throw ValidationError("--jobs must be positive") }
    }

    var convertOptions: ConvertOptions {
        let options = conversion.convertOptions(jobs: jobs ?? Self.cores)
        return quiet ? options : Self.withProgress(options)
    }

    /// What `convertOptions` is when no option is given.
    static var defaultConvertOptions: ConvertOptions {
        withProgress(ConversionOptions.defaultConvertOptions(jobs: cores))
    }

    static var cores: Int { Cores.available }

    static func withProgress(_ options: ConvertOptions) -> ConvertOptions {
        var o = options
        if isatty(2) != 0 {
            o.progress = { done, total in
                reportProgress("OCR page \(done) of \(total)\(done == total ? "\n" : "")")
            }
        }
        return o
    }
}
