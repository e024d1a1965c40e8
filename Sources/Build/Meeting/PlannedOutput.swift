import Diagnostics
import Document
import Model

/// One output a build is to write: where, for whom, which `--only` kind it belongs to, the
/// composed document (nil for a text output), and the meeting files its content depends on.
struct PlannedOutput: Sendable {
    var path: String
    var audience: Audience
    var kind: OutputKind?
    var document: Document?
    /// Files whose errors make this output stale under `--keep-going`; nil means every file.
    var inputs: Set<String>?

    /// Whether an error in `file` prevents this output from being rebuilt.
    func dependsOn(_ file: String) -> Bool { inputs.map { $0.contains(file) } ?? true }
}

/// The result of rendering one planned output.
struct RenderedOutput: Sendable {
    var path: String
    var pages: Int
    var diagnostics: DiagnosticBag
}
