import Diagnostics
import Document
import Model

/// One output a build is to write: where, for whom, which `--only` kind it belongs to, how to
/// compose its document (nil for a text output), and the meeting files its content depends on.
/// Documents are composed by the render workers, one at a time, so that composing runs on all
/// cores and a build holds only the documents being rendered, not the whole meeting's.
struct PlannedOutput: Sendable {
    var path: String
    var audience: Audience
    var kind: OutputKind?
    var compose: (@Sendable () -> Document)?
    /// Files whose errors make this output stale under `--keep-going`; nil means every file.
    var inputs: Set<String>?
    /// A briefing pack's delegation's state, which the last gate lets it name.
    var ownState: String? = nil
    /// What the output is made for, in messages ("Government of Mexico").
    var source: String? = nil

    /// Whether an error in `file` prevents this output from being rebuilt.
    func dependsOn(_ file: String) -> Bool { inputs.map { $0.contains(file) } ?? true }
}

/// The result of rendering one planned output.
struct RenderedOutput: Sendable {
    var path: String
    var pages: Int
    var diagnostics: DiagnosticBag
    /// The item blocks the document printed (for `secretariat/placements.csv`).
    var placed: [PlacedBlock] = []
}
