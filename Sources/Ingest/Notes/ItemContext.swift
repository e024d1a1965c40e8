import Diagnostics
import Model

/// What every item of one note or regional outcome shares: where it comes from, its rule, the
/// cap on its clearance, and the acts and regions it speaks to unless its attributes say otherwise.
struct ItemContext {
    var file: SourceFile
    var origin: ItemOrigin
    var rule: SessionRule
    var cap: Clearance?
    var acts: [String]
    var regions: [String]
    var rapporteur: String?
    /// A regional outcome: level-1 headings name acts, level-2 sections.
    var isOutcome: Bool
}
