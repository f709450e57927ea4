import ArgumentParser
import NianbaoKit
import ReportParsing

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "List failed identities and missing cells; exit 1 when a check fails.",
        discussion: """
            Examples:
              nianbao check report.pdf
              nianbao check reports/*.pdf || echo "some report has a failed identity"
            """)

    @Argument(help: "PDFs, web pages or text extracts (`-`: standard input).")
    var files: [String]

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
                let text = CheckReport.render(c)
                out.write(text)
                if c.report.checks.contains(where: { $0.status == .fail }) { anyFailed = true }
            } catch {
                reportError(error.description)
                if inputError == 0 { inputError = error.exitCode }
            }
        }
        if inputError != 0 { throw ExitCode(inputError) }
        if anyFailed { throw ExitCode(1) }
    }
}
