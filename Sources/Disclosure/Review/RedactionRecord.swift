import Diagnostics
import Model

/// One line of the redaction log (SPEC 3.4): a rewrite anonymisation made, or a warning of 3.2.
public struct RedactionRecord: Hashable, Sendable {
    /// What a record is: a rewrite, or one of the warnings of SPEC 3.2.
    public enum Kind: String, Hashable, Sendable {
        /// Text replaced by a descriptor.
        case rewrite
        /// A family name that is also an ordinary word, at the start of a sentence: left as written.
        case surnameAtSentenceStart = "surname-at-sentence-start"
        /// A government-cleared item from a session without governments that names a state.
        case governmentItemNamesState = "government-item-names-state"
        /// A suspicion of SPEC 3.4 left as written for the secretariat to decide: a present
        /// participant's given name alone, a near miss of a family name with nothing around it.
        case suspicion
        /// Invisible characters removed by text hygiene (SPEC 1): logged, nothing to decide.
        case removedCharacters = "removed-characters"
    }

    public var kind: Kind
    /// Path relative to the meeting folder, line and column (1-based).
    public var span: SourceSpan
    public var original: String
    public var replacement: String
    public var reason: String
    /// The item the record belongs to (`Meeting.items` index).
    public var item: Int
    /// Its decision key (`ReviewKey.mention`), and the secretariat's decision on it, if any.
    public var key: String = ""
    public var decision: ReviewDecision.Action?
    /// The sentence holding the mention as written, and as the outputs print it.
    public var sentenceBefore: String = ""
    public var sentenceAfter: String = ""

    /// Whether `build --release` waits for a decision on this record (SPEC 3.4's table).
    public var blocksRelease: Bool {
        switch kind {
        case .suspicion, .surnameAtSentenceStart, .governmentItemNamesState: return decision == nil
        case .rewrite, .removedCharacters: return false
        }
    }

    public init(kind: Kind, span: SourceSpan, original: String, replacement: String, reason: String, item: Int) {
        self.kind = kind; self.span = span; self.original = original; self.replacement = replacement
        self.reason = reason; self.item = item
    }

    public var isRewrite: Bool { kind == .rewrite }

    /// The record as a diagnostic: a warning for warnings; in strict mode, a rewrite is an error.
    public func diagnostic(strict: Bool) -> Diagnostic? {
        switch kind {
        case .rewrite:
            guard strict else { return nil }
            return .error(.redaction, at: span, "'\(original)' must be rewritten as '\(replacement)' (\(reason))",
                          hint: "rewrite it by hand, or build without --strict")
        case .suspicion:
            return .warning(.suspicion, at: span, "'\(original)' may point at a participant (\(reason)); it is printed as written",
                            hint: "if it names someone, write a descriptor instead; the secretariat reviews every suspicion")
        case .surnameAtSentenceStart:
            return .warning(.surnameAtSentenceStart, at: span, "'\(original)' at the start of a sentence may be a name (\(reason))",
                            hint: "write the sentence so that the name is not its first word, or use a descriptor")
        case .governmentItemNamesState:
            return .warning(.governmentItemNamesState, at: span,
                            "this item names \(original) and governments will read it (\(reason))")
        case .removedCharacters:
            return nil  // Ingest warned already (invisible-character)
        }
    }
}
