import ArgumentParser
import Build
import Diagnostics

/// `stocktake init DIR [--example]`: a new meeting folder, commented, or the example meeting.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init", abstract: "Start a new meeting folder: a small commented one, or the example meeting.")

    @Argument(help: "The folder to create (it must not exist).") var directory: String
    @Flag(help: "Copy the Puerto Vallarta example meeting instead of the small commented one.") var example = false

    func run() throws {
        let job = InitJob(directory: directory, example: example)
        let result = job.run()
        emit(result.diagnostics.sorted, format: .text)
        if result.diagnostics.hasErrors { throw ExitCode(1) }
        note(job.nextSteps)
    }
}
