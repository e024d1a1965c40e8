import ArgumentParser
import Diagnostics
#if canImport(Glibc)
import Glibc
#endif

/// The `stocktake` command line (SPEC section 5): parses arguments and hands each command to
/// `Build`. No stage logic lives here.
@main
struct Stocktake: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stocktake",
        abstract: "Compile a meeting folder into print-ready PDF documents.",
        version: Installation.version,
        subcommands: [BuildCommand.self, CheckCommand.self, RenderCommand.self, InitCommand.self, ReviewCommand.self,
                      TemplatesCommand.self])

    /// A write past the file-size limit (RLIMIT_FSIZE) or into a closed pipe fails with an error
    /// the build reports (`output-failed`, exit 1) instead of killing the process mid-write.
    static func main() {
        signal(SIGXFSZ, SIG_IGN)
        signal(SIGPIPE, SIG_IGN)
        main(nil)
    }
}
