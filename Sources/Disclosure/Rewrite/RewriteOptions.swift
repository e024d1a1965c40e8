/// Options of the rewriter.
public struct RewriteOptions: Hashable, Sendable {
    /// Test hook for the last gate: mentions of these roster ids are left as written, so that a
    /// build can prove that the last gate (`Gate`) catches a name the rewriter let slip. Never set in production.
    public var letSlip: Set<String>
    /// Test hook for the last gate: whole classes of mentions the rewriter leaves as written.
    /// Never set in production.
    public var letSlipClasses: Set<RewriteClass> = []
    /// The language of items whose own words do not tell (the meeting's `language`).
    public var fallbackLanguage: Language

    public init(letSlip: Set<String> = [], fallbackLanguage: Language = .en) {
        self.letSlip = letSlip; self.fallbackLanguage = fallbackLanguage
    }
}

/// The classes of what the rewriter replaces, for the last gate's tests (`letSlipClasses`).
public enum RewriteClass: String, Hashable, Sendable, CaseIterable {
    case people, organisations, states, contactData
}
