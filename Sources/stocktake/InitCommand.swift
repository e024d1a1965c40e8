import ArgumentParser
import Build
import Diagnostics

/// `stocktake init DIR`: a new meeting folder, copied from the example meeting.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init", abstract: "Start a new meeting folder from the example meeting.")

    @Argument(help: "The folder to create.") var directory: String

    func run() throws {
        let result = InitJob(directory: directory).run()
        emit(result.diagnostics.sorted, format: .text)
        if result.diagnostics.hasErrors { throw ExitCode(1) }
        note("created \(directory)")
    }
}
