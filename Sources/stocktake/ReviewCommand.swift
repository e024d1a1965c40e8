import ArgumentParser
import Build
import Diagnostics

/// `stocktake review decide KEY keep|replace|withdraw [--as TEXT] [MEETING]` (SPEC 3.4).
struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review", abstract: "Record the secretariat's decisions on the review proof.",
        subcommands: [Decide.self])

    struct Decide: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "decide", abstract: "Keep or replace a mention, or withdraw an item, by its key in secretariat/review.html.")

        @Argument(help: "The key: r-… (a mention) or i-… (an item).") var key: String
        @Argument(help: "keep, replace or withdraw.") var decision: String
        @Argument(help: "The meeting folder (default: the current folder, if it holds meeting.yaml).") var meeting: String?
        @Option(name: .customLong("as"), help: "With replace: the text to print instead (default: a descriptor).") var replacement: String?

        func run() throws {
            let folder = try meetingFolder(meeting, command: "review decide \(key) \(decision)")
            let result = ReviewDecideJob(meeting: folder, key: key, decision: decision, replacement: replacement).run()
            emit(result.diagnostics.sorted, format: .text, root: folder)
            if !result.summary.isEmpty { note(result.summary) }
            if result.usageError { throw ExitCode(64) }
            if result.diagnostics.hasErrors { throw ExitCode(1) }
        }
    }
}
