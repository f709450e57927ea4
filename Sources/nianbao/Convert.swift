import ArgumentParser
import NianbaoKit

struct Convert: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Convert reports to JSON: one object for one file, JSON Lines for several.")

    @Argument(help: "PDFs or text extracts.")
    var files: [String]

    @Option(name: .shortAndLong, help: "Write to this file instead of stdout (written atomically).")
    var output: String?

    @Flag(help: "One line per report even for a single file.")
    var compact = false

    @OptionGroup var common: CommonOptions

    func run() throws {
        let options = common.convertOptions
        var out = Output(path: output)
        var exitCode: Int32 = 0
        var converted = 0
        let lines = files.count > 1 || compact
        for file in files {
            do {
                let c = try Nianbao.convert(file: file, options: options)
                let json = ReportJSON.encode(c)
                out.write((lines ? json.serialized() : json.pretty()) + "\n")
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
            throw ExitCode(3)
        }
        if exitCode != 0 { throw ExitCode(exitCode) }
    }
}
