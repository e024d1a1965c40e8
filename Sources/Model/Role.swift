import Diagnostics

/// A phrase that points at participants as surely as a name does (`roles:` in meeting.yaml):
/// "host government" → Government of Mexico.
public struct Role: Hashable, Sendable {
    /// What a role phrase points at: a roster id or an organisation name.
    public enum Referent: Hashable, Sendable {
        case person(String)
        case organisation(String)
    }

    public var phrase: String
    public var referents: [Referent]
    public var span: SourceSpan

    public init(phrase: String, referents: [Referent], span: SourceSpan) {
        self.phrase = phrase; self.referents = referents; self.span = span
    }
}
