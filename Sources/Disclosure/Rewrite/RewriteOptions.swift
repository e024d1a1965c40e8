/// Options of the rewriter.
public struct RewriteOptions: Hashable, Sendable {
    /// Test hook for the last gate: mentions of these roster ids are left as written, so that a
    /// build can prove that `LeakGate` catches a name the rewriter let slip. Never set in production.
    public var letSlip: Set<String>
    /// The language of items whose own words do not tell (the meeting's `language`).
    public var fallbackLanguage: Language

    public init(letSlip: Set<String> = [], fallbackLanguage: Language = .en) {
        self.letSlip = letSlip; self.fallbackLanguage = fallbackLanguage
    }
}
