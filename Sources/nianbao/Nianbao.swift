import ArgumentParser
import NianbaoKit
#if canImport(Glibc)
import Glibc
#endif

@main
struct NianbaoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "nianbao",
        abstract: "Turn government information-disclosure annual reports (政府信息公开工作年度报告) into clean text and structured JSON.",
        discussion: """
            Inputs are PDFs (born-digital or scanned), web pages, and text extracts made by other tools (pdfplumber, \
            pdftotext, PyMuPDF, copy-paste); `-` is standard input.
            Exit codes: 0 success; 1 a check failed (check); 3 file missing or unreadable; 4 content unreadable \
            (empty, binary, unknown encoding, corrupt PDF, over a limit); 5 encrypted PDF; 6 not an annual report; 7 OCR \
            needed but unavailable or failed; 64 usage error; 70 internal error. With several inputs the code is that of \
            the first input that failed.

            Examples:
              nianbao convert report.pdf -o report.json
              nianbao text extract.txt --markdown
              nianbao check report.pdf
              nianbao review report.pdf -o report.html
              nianbao batch reports/ --out corpus.sqlite
            """,
        version: ToolInfo.version,
        subcommands: [Convert.self, Check.self, Text.self, Review.self, BatchForward.self, MergeForward.self, BatchWorker.self])

    /// `batch` and `merge` belong to `nianbao-batch`; their arguments, `--help` included, go there.
    static func main() {
        let args = CommandLine.arguments
        if args.count > 1, args[1] == "batch" || args[1] == "merge" {
            do { try forward(Array(args.dropFirst())) } catch { exit(withError: error) }
        }
        // `nianbao help batch`: the whole help, which only `nianbao-batch` has.
        if args.count == 3, args[1] == "help", args[2] == "batch" || args[2] == "merge" {
            do { try forward([args[2], "--help"]) } catch { exit(withError: error) }
        }
        // `nianbao convert FILE`, the commonest call, without the argument parser's set-up (a
        // third of the start-up time): the defaults of every option, as `CommonOptions` gives them.
        if args.count == 3, args[1] == "convert", !args[2].hasPrefix("-") {
            Glibc.exit(Convert.convert([args[2]], output: nil, compact: false, pretty: false, options: CommonOptions.defaultConvertOptions))
        }
        main(nil)
    }
}
