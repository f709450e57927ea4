import ArgumentParser
import NianbaoKit

struct Review: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Write one self-contained HTML page to check the numbers against the source.",
        discussion: """
            Each page of the PDF or scan is shown with every table cell outlined where it was read
            (green read, grey blank, violet missing, orange uncertain, red part of a failed check);
            beside it the three tables with their printed labels: hover or click a value to find it
            on the page, and a failed check or warning to light up its cells. The file needs no
            network and no other file. Text extracts and web pages have no page images: hover a
            value for its source line.

            Examples:
              nianbao review report.pdf -o report.html
              nianbao review scan-p1.jpg scan-p2.jpg -o scan.html
              nianbao review extract.txt -o extract.html
            """)

    @Argument(help: "A PDF, a web page or a text extract; or the images of one report, in order.")
    var files: [String]

    @Option(name: .shortAndLong, help: "Write the page here (written atomically). Default: standard output.")
    var output: String?

    @Option(name: .customLong("image-dpi"), help: "Resolution of the page images, in dots per inch.")
    var imageDPI: Double = 110

    @OptionGroup var common: CommonOptions

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("Name a file to review.") }
        guard imageDPI >= 36 && imageDPI <= 300 else { throw ValidationError("--image-dpi must be between 36 and 300.") }
    }

    func run() throws {
        var out = Output(path: output)
        let html: String
        do {
            html = try Nianbao.review(files: files, options: common.convertOptions, dpi: imageDPI).html
        } catch {
            reportError(error.description)
            throw ExitCode(error.exitCode)
        }
        out.write(html)
        do {
            try out.finish()
        } catch {
            reportError("\(output ?? "-"): cannot write output (\(error))")
            throw ExitCode(3)
        }
    }
}
