import ArgumentParser

/// The `stocktake` command line (SPEC section 5): parses arguments and hands each command to
/// `Build`. No stage logic lives here.
@main
struct Stocktake: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stocktake",
        abstract: "Compile a meeting folder into print-ready PDF documents.",
        subcommands: [BuildCommand.self, CheckCommand.self, RenderCommand.self, InitCommand.self])
}
