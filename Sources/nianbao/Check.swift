import ArgumentParser
import NianbaoKit
import ReportParsing

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "List failed identities, missing cells and uncertain OCR cells, with their printed labels and page:line; exit 1 when a check fails.",
        discussion: """
            Examples:
              nianbao check report.pdf
              nianbao check reports/*.pdf || echo "some report has a failed identity"
              nianbao check scan.pdf --json --strict | jq .uncertain
            """)

    @Argument(help: "PDFs, web pages or text extracts (`-`: standard input).")
    var files: [String]

    @Flag(help: "One JSON object per file (failed_checks, missing, uncertain), for programs.")
    var json = false

    @Flag(help: "Exit 1 also when a cell is missing, unplaced, contradicted or unread, not only when a check fails.")
    var strict = false

    @OptionGroup var common: CommonOptions

    func run() throws {
        var options = common.convertOptions
        options.keepDocumentLines = false
        var out = Output(path: nil)
        var inputError: Int32 = 0
        var anyFailed = false
        for file in files {
            do {
                let c = try Nianbao.convert(file: file, options: options)
                out.write(json ? CheckReport.json(c) : CheckReport.render(c))
                if c.report.checks.contains(where: { $0.status == .fail }) { anyFailed = true }
                if strict, c.report.cells.contains(where: { $0.status.isOpen }) { anyFailed = true }
            } catch {
                reportError(error.description)
                if inputError == 0 { inputError = error.exitCode }
            }
        }
        if inputError != 0 { throw ExitCode(inputError) }
        if anyFailed { throw ExitCode(1) }
    }
}
