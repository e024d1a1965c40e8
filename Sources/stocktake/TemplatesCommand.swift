import ArgumentParser
import Build
import Diagnostics

/// `stocktake templates [MEETING] [--session ID] [--format docx|md] [--output DIR]`.
struct TemplatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "templates",
        abstract: "Write a rapporteur template per session (Word or Markdown); existing files are kept.")

    @Argument(help: "The meeting folder (default: the current folder, if it holds meeting.yaml).") var meeting: String?
    @Option(help: "Only this session's template.") var session: String?
    @Option(help: "docx (Word, the default) or md (Markdown).") var format: TemplatesJob.Format = .docx
    @Option(help: "The folder to write into.") var output = "rapporteur-templates"

    func run() throws {
        let folder = try meetingFolder(meeting, command: "templates")
        let result = TemplatesJob(meeting: folder, session: session, format: format, output: output).run()
        emit(result.diagnostics.sorted, format: .text, root: folder)
        note(result.summary)
        if result.diagnostics.hasErrors { throw ExitCode(1) }
    }
}

extension TemplatesJob.Format: ExpressibleByArgument {}
