import ArgumentParser
import Build
import Diagnostics

/// `stocktake build [MEETING] …`: every output of a meeting into the output folder.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build", abstract: "Build every document of a meeting into the output folder.")

    @Argument(help: "The meeting folder (default: the current folder, if it holds meeting.yaml).") var meeting: String?
    @Option(help: "The output folder.") var output: String = "Output"
    @Option(parsing: .upToNextOption, help: "Build only these outputs (report, briefing, handouts, facilitator, review); the others keep their previous version.")
    var only: [OutputKind] = []
    @Flag(help: "Turn every anonymisation rewrite into an error.") var strict = false
    @Flag(help: "Build what can be built when some inputs have errors.") var keepGoing = false
    @Flag(help: "Add a DRAFT watermark and a build label to every page.") var draft = false
    @Flag(help: "Refuse while a suspicion of the review proof is undecided or a decision of review.yaml is stale; record the release in manifest.json.")
    var release = false
    @Option(help: "Diagnostics format.") var format: DiagnosticFormat = .text

    func run() throws {
        let folder = try meetingFolder(meeting, command: "build")
        var job = BuildJob(meeting: folder, output: output, only: Set(only), strict: strict,
                           keepGoing: keepGoing, draft: draft)
        job.release = release
        let live = showsProgress(format: format)
        if live { job.progress = { done, total, path in progressLine("rendered \(done)/\(total) \(path)") } }
        let result = job.run()
        if live { progressLine("") }
        emit(result.diagnostics.sorted, format: format, root: folder)
        note(result.summary)
        if result.internalFailure || result.diagnostics.all.contains(where: { $0.code == .internalError }) { throw ExitCode(70) }
        if result.usageError { throw ExitCode(64) }
        if result.diagnostics.hasErrors { throw ExitCode(1) }
    }
}

extension OutputKind: ExpressibleByArgument {}
