import ArgumentParser
import NianbaoKit

struct Text: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "text",
        abstract: "Print the cleaned text: paragraphs, and tables as tab-separated rows or Markdown tables.",
        discussion: """
            Examples:
              nianbao text report.pdf > report.txt
              nianbao text garbled-extract.txt --markdown
              nianbao text report.pdf --raw    # as extracted, before repair
            """)

    @Argument(help: "A PDF, a web page or a text extract (`-`: standard input).")
    var file: String

    @Flag(help: "The three template tables as Markdown tables laid out from the parsed cells (one row per template row, the template's columns in order); other tables as cleaned.")
    var markdown = false

    @Flag(help: "The same with the template tables as tab-separated rows with a header.")
    var tsv = false

    @Flag(help: "The lines and cells as extracted, before normalization (cells separated by tabs).")
    var raw = false

    @Option(name: .shortAndLong, help: "Write to this file instead of stdout (written atomically).")
    var output: String?

    @OptionGroup var common: CommonOptions

    func run() throws {
        var out = Output(path: output)
        let c: Conversion
        do {
            c = try Nianbao.convert(file: file, options: common.convertOptions)
        } catch {
            reportError(error.description)
            throw ExitCode(error.exitCode)
        }
        let text: String
        if raw {
            text = TextRenderer.renderRaw(c.document)
        } else if markdown || tsv {
            text = TextRenderer.render(c.clean, report: c.report, format: markdown ? .markdown : .tsv)
        } else {
            text = TextRenderer.render(c.clean, markdown: false)
        }
        out.write(text)
        do {
            try out.finish()
        } catch {
            reportError("\(output ?? "-"): cannot write output (\(error))")
            throw ExitCode(3)
        }
    }
}
