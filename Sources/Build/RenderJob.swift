import Diagnostics

/// `stocktake render`: one Markdown document → one PDF, through Ingest's Markdown reader,
/// Compose's document builder and Typeset.
public struct RenderJob: Sendable {
    public var input: String
    public var output: String?
    public var template: String
    public var installation: Installation

    public init(input: String, output: String?, template: String, installation: Installation = .locate()) {
        self.input = input; self.output = output; self.template = template; self.installation = installation
    }

    public func run() -> JobResult {
        var bag = DiagnosticBag()
        bag.error(.internalError, at: .file(input), "render is not implemented yet")
        return JobResult(diagnostics: bag, internalFailure: true)
    }
}
