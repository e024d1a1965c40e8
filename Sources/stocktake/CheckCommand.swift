import ArgumentParser
import Build
import Diagnostics

/// `stocktake check [MEETING] [--strict] [--format text|json]`: diagnostics only, writes nothing.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Read and validate a meeting folder; write nothing.")

    @Argument(help: "The meeting folder (default: the current folder, if it holds meeting.yaml).") var meeting: String?
    @Flag(help: "Turn every anonymisation rewrite into an error.") var strict = false
    @Option(help: "Diagnostics format.") var format: DiagnosticFormat = .text

    func run() throws {
        let folder = try meetingFolder(meeting, command: "check")
        let result = CheckJob(meeting: folder, strict: strict).run()
        emit(result.diagnostics.sorted, format: format, root: folder)
        note(result.summary)
        if result.diagnostics.all.contains(where: { $0.code == .internalError }) { throw ExitCode(70) }
        if result.diagnostics.hasErrors { throw ExitCode(1) }
    }
}
