import ArgumentParser
import Foundation

/// `nianbao-batch manual`: the man page nianbao(1), in roff, made from what the argument parser
/// knows of every command (`--experimental-dump-help` of `nianbao` and of `nianbao-batch`), so
/// it says what `--help` says. `make install PREFIX=…` installs it. (swift-argument-parser's own
/// `generate-manual` plugin rebuilds every product of the package in its own configuration, four
/// minutes here, and cannot be pointed at one product.)
struct Manual: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "manual",
        abstract: "Print the manual page nianbao(1) in roff, made from the commands' own help.",
        shouldDisplay: false)

    func run() throws {
        let main = try Self.dump(siblingTool("nianbao"))
        let batch = try Self.dump(siblingTool("nianbao-batch"))
        // `batch` and `merge` in `nianbao` are forwarders: their options are nianbao-batch's.
        var commands = main.command.subcommands ?? []
        for (i, c) in commands.enumerated() {
            if let real = batch.command.subcommands?.first(where: { $0.commandName == c.commandName }) { commands[i] = real }
        }
        print(Self.render(root: main.command, commands: commands.filter { $0.shouldDisplay && $0.commandName != "help" }), terminator: "")
    }

    struct ToolInfo: Decodable { var command: Command }
    struct Command: Decodable {
        var commandName: String
        var abstract: String?
        var discussion: String?
        var shouldDisplay: Bool
        var arguments: [Argument]?
        var subcommands: [Command]?
    }
    struct Argument: Decodable {
        struct Name: Decodable { var kind: String; var name: String }
        var kind: String
        var names: [Name]?
        var valueName: String?
        var abstract: String?
        var defaultValue: String?
        var isOptional: Bool
        var isRepeating: Bool
        var shouldDisplay: Bool
    }

    static func dump(_ tool: String) throws -> ToolInfo {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: tool)
        p.arguments = ["--experimental-dump-help"]
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return try JSONDecoder().decode(ToolInfo.self, from: data)
    }

    /// Text for roff: backslashes escaped, and a line starting with `.` or `'` kept as text.
    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\e").split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasPrefix(".") || line.hasPrefix("'") ? "\\&" + line : String(line)
        }.joined(separator: "\n")
    }

    /// A discussion: paragraphs as `.PP`, indented example lines kept as they are (`.nf`).
    static func paragraphs(_ text: String) -> String {
        var out = ""
        var literal = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let isExample = line.hasPrefix("  ")
            if isExample && !literal { out += ".PP\n.nf\n"; literal = true }
            if !isExample && literal { out += ".fi\n"; literal = false }
            if line.isEmpty { continue }
            out += (isExample ? "" : ".PP\n") + escape(String(line)) + "\n"
        }
        if literal { out += ".fi\n" }
        return out
    }

    static func option(_ a: Argument) -> String {
        let names = (a.names ?? []).sorted { $0.kind == "short" && $1.kind != "short" }.map { n in
            (n.kind == "short" ? "\\-" : "\\-\\-") + n.name.replacingOccurrences(of: "-", with: "\\-")
        }.joined(separator: ", ")
        let value = a.kind == "option" ? " \\fI" + (a.valueName ?? "value") + "\\fR" : ""
        var text = escape(a.abstract ?? "")
        if let d = a.defaultValue, !d.isEmpty { text += " (default: " + escape(d) + ")" }
        return ".TP\n\\fB" + names + "\\fR" + value + "\n" + text + "\n"
    }

    static func render(root: Command, commands: [Command]) -> String {
        var out = ".TH NIANBAO 1 \"\" \"nianbao\" \"User Commands\"\n"
        out += ".SH NAME\nnianbao \\- " + escape(root.abstract ?? "") + "\n"
        out += ".SH SYNOPSIS\n"
        for c in commands {
            let positional = (c.arguments ?? []).filter { $0.kind == "positional" && $0.shouldDisplay }
            out += ".B nianbao " + c.commandName + "\n"
            out += "[\\fIoptions\\fR] " + positional.map { "\\fI" + ($0.valueName ?? "arg") + "\\fR" + ($0.isRepeating ? " ..." : "") }.joined(separator: " ") + "\n.br\n"
        }
        out += ".SH DESCRIPTION\n" + paragraphs(root.discussion ?? "")
        out += ".SH COMMANDS\n"
        for c in commands {
            out += ".SS nianbao " + c.commandName + "\n" + escape(c.abstract ?? "") + "\n"
            if let d = c.discussion, !d.isEmpty { out += paragraphs(d) }
            let options = (c.arguments ?? []).filter { $0.kind != "positional" && $0.shouldDisplay }
            if !options.isEmpty { out += ".PP\nOptions:\n" + options.map(option).joined() }
        }
        out += ".SH SEE ALSO\nThe documentation in the project's Docs/ folder: cli.md, batch.md, report-json.md.\n"
        return out
    }
}
