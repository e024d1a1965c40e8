import ArgumentParser
import Build
import Diagnostics

/// `stocktake review decide KEY keep|replace|withdraw|split [--as TEXT] [MEETING]` (SPEC 3.4).
struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review", abstract: "Record the secretariat's decisions on the review proof.",
        subcommands: [Decide.self])

    struct Decide: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "decide", abstract: "Keep or replace a mention, or withdraw or split an item, by its key in secretariat/review.html.",
            discussion: """
            Mentions still waiting for a decision can be decided in bulk: KEY 'kind:suspicion' (a kind of \
            the proof), 'file:notes/day1/a.md' (a note or outcome), or both: 'file:notes/day1/a.md kind:suspicion'. \
            A mention's own decision wins over one in bulk, and a more specific bulk decision over a wider one.
            """)

        @Argument(help: "The key: r-… (a mention), i-… (an item), or a selection in bulk (kind:K, file:PATH).") var key: String
        @Argument(help: "keep, replace, withdraw (an item) or split (an item, from its group of recurring messages).") var decision: String
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
