import ArgumentParser
import Build
import Diagnostics

/// `stocktake render DOC.md [-o OUT.pdf] [--template NAME]`.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render", abstract: "Typeset any CommonMark document (with GitHub tables) as a PDF.")

    @Argument(help: "The Markdown document.") var document: String
    @Option(name: .shortAndLong, help: "The PDF to write (default: the document's name with .pdf).") var output: String?
    @Option(help: "A template from Templates/, or the path of a template file (NAME.yaml), which may extend one.") var template: String = "document"
    @Option(help: "Diagnostics format.") var format: DiagnosticFormat = .text

    func run() throws {
        let result = RenderJob(input: document, output: output, template: template).run()
        emit(result.diagnostics.sorted, format: format)
        if result.internalFailure { throw ExitCode(70) }
        if result.usageError { throw ExitCode(64) }
        if result.diagnostics.hasErrors { throw ExitCode(1) }
    }
}
