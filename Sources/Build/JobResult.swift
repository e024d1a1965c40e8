import Diagnostics

/// What a command's job hands back to the CLI: its diagnostics, a one-line summary, and whether
/// it failed for a reason of its own (exit 70) rather than the input's.
public struct JobResult: Sendable {
    public var diagnostics: DiagnosticBag
    public var summary: String
    public var internalFailure: Bool
    /// The command line asked for something no build may do (exit 64): a forbidden output folder.
    public var usageError: Bool

    public init(diagnostics: DiagnosticBag = DiagnosticBag(), summary: String = "", internalFailure: Bool = false,
                usageError: Bool = false) {
        self.diagnostics = diagnostics; self.summary = summary; self.internalFailure = internalFailure
        self.usageError = usageError
    }
}
