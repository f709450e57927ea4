// Using nianbao as a library (README, "Use as a library"): convert a report and read its cells.
// Built and run by the test suite (`LibraryExampleTests`), so this example stays true.
import NianbaoKit
#if canImport(Glibc)
import Glibc
#endif

let path = CommandLine.arguments.count > 1 ? CommandLine.arguments[1] : "Samples/synthetic-11/report.pdf"
var options = ConvertOptions()
options.ruledTables = .auto          // PDF tables drawn with rules read as grids when needed
do {
    let conversion = try Nianbao.convert(file: path, options: options)
    let report = conversion.report
    print("title:", report.metadata.title ?? "-")
    for key in ["requests.new_received.total", "requests.granted.total"] {
        let cell = report.cell(key)
        // A number as printed, or null with what the source printed and why (blank, missing, …).
        print(key, cell?.value?.text ?? "null", cell?.status.rawValue ?? "-")
    }
    let failed = report.checks.filter { $0.status == .fail }
    print("failed checks:", failed.map(\.id))
    print(ReportJSON.encode(conversion, pretty: false).prefix(40))
} catch {
    // Problems with the input are one value: a line to print and a documented exit code.
    print(error.description)
    exit(error.exitCode)
}
