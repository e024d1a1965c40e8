import ArgumentParser
import Foundation
import Build
import Diagnostics

/// `stocktake render DOC.md|- [-o OUT.pdf|-] [--template NAME]`.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render", abstract: "Typeset any CommonMark document (with GitHub tables) as a PDF.")

    @Argument(help: "The Markdown document ('-': standard input).") var document: String
    @Option(name: .shortAndLong, help: "The PDF to write, '-' for standard output (default: the document's name with .pdf; standard output for '-').") var output: String?
    @Option(help: "A template from Templates/, or the path of a template file (NAME.yaml), which may extend one.") var template: String = "document"
    @Option(help: "Diagnostics format.") var format: DiagnosticFormat = .text

    func validate() throws {
        let toStandardOutput = output == "-" || (output == nil && document == "-")
        if toStandardOutput, format == .json {
            throw ValidationError("--format json writes to standard output, where the PDF goes: give -o a .pdf path")
        }
        if toStandardOutput, isatty(1) == 1 {
            throw ValidationError("the PDF would be written to the terminal: redirect it ('> doc.pdf'), pipe it, or give -o a .pdf path")
        }
    }

    func run() throws {
        let result = RenderJob(input: document, output: output, template: template).run()
        emit(result.diagnostics.sorted, format: format)
        if !result.summary.isEmpty, format == .text { note(result.summary) }
        if result.internalFailure || result.diagnostics.all.contains(where: { $0.code == .internalError }) { throw ExitCode(70) }
        if result.usageError { throw ExitCode(64) }
        if result.diagnostics.hasErrors { throw ExitCode(1) }
    }
}
