import Diagnostics

/// What a command's job hands back to the CLI: its diagnostics, a one-line summary, and whether
/// it failed for a reason of its own (exit 70) rather than the input's.
public struct JobResult: Sendable {
    public var diagnostics: DiagnosticBag
    public var summary: String
    public var internalFailure: Bool

    public init(diagnostics: DiagnosticBag = DiagnosticBag(), summary: String = "", internalFailure: Bool = false) {
        self.diagnostics = diagnostics; self.summary = summary; self.internalFailure = internalFailure
    }
}
