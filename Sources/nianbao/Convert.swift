import ArgumentParser
import NianbaoKit
#if canImport(Glibc)
import Glibc
#endif

struct Convert: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert reports to JSON: one object for one file, JSON Lines for several.",
        discussion: """
            Inputs are PDFs (born-digital or scanned), web pages, text extracts made by other tools and images of \
            pages (JPEG, PNG, TIFF, …), recognised by their content; `-` is standard input. Images named one after \
            another are the pages of one report, in that order. The JSON fields are in Docs/report-json.md.

            Examples:
              nianbao convert report.pdf -o report.json
              nianbao convert a.pdf b.txt c.html > reports.jsonl
              curl -s https://example.gov.cn/r.pdf | nianbao convert - | jq .tables
              nianbao convert scan.pdf --ocr always -j 2
              nianbao convert page1.jpg page2.jpg page3.png -o report.json
            """)

    @Argument(help: "PDFs, web pages or text extracts (`-`: standard input).")
    var files: [String]

    @Option(name: .shortAndLong, help: "Write to this file instead of stdout (written atomically).")
    var output: String?

    @Flag(help: "One line per report even for a single file.")
    var compact = false

    @Flag(help: "Indented output even when not writing to a terminal (one file).")
    var pretty = false

    @OptionGroup var common: CommonOptions

    func run() throws {
        let code = Self.convert(files, output: output, compact: compact, pretty: pretty, options: common.convertOptions)
        if code != 0 { throw ExitCode(code) }
    }

    /// Converts `files`; returns the exit code. Also the fast path of `nianbao convert FILE`.
    static func convert(_ files: [String], output: String?, compact: Bool, pretty: Bool, options: ConvertOptions) -> Int32 {
        var options = options
        options.keepDocumentLines = false
        var out = Output(path: output)
        var exitCode: Int32 = 0
        var converted = 0
        // Images named one after another are the pages of one report, in the order given.
        var inputs: [[String]] = []
        for file in files {
            if Nianbao.isImage(file: file), let last = inputs.last?.last, Nianbao.isImage(file: last) {
                inputs[inputs.count - 1].append(file)
            } else {
                inputs.append([file])
            }
        }
        // One report: indented for a terminal (or --pretty), one line otherwise; several: JSON Lines.
        let lines = inputs.count > 1 || compact || (!pretty && (output != nil || isatty(1) == 0))
        for input in inputs {
            do {
                let c = input.count > 1 ? try Nianbao.convert(imageFiles: input, options: options)
                                        : try Nianbao.convert(file: input[0], options: options)
                out.write(ReportJSON.encodeBytes(c, pretty: !lines))
                converted += 1
            } catch {
                reportError(error.description)
                if exitCode == 0 { exitCode = error.exitCode }
            }
        }
        do {
            try out.finish(nothingSucceeded: converted == 0)
        } catch {
            reportError("\(output ?? "-"): cannot write output (\(error))")
            return 3
        }
        return exitCode
    }
}
