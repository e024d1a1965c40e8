/// A word of a text: a run of letters and digits, with its folded form and its place in the
/// flattened text (character offsets), so that a match maps back to the source.
package struct Token: Hashable, Sendable {
    /// Folded: lower case, no accents.
    package var folded: String
    /// As written.
    package var text: String
    /// Character offsets in the flattened text.
    package var start: Int
    package var end: Int
    /// The characters between the previous token (or the start) and this one.
    package var gap: String
    /// No previous token, or the previous one ends a sentence (`.`, `!`, `?`).
    package var sentenceStart: Bool

    package var isCapitalised: Bool { text.first.map { $0.isUppercase } ?? false }
    package var isLowercase: Bool { text.first.map { $0.isLowercase } ?? false }
    /// Joined to the previous token by an apostrophe alone (`d'Ivoire`, `Ruiz's`).
    package var afterApostrophe: Bool { gap.count == 1 && Folding.kind(of: gap.first!) == .apostrophe }
    /// Joined to the previous token by a hyphen alone.
    package var afterHyphen: Bool { gap.count == 1 && Folding.kind(of: gap.first!) == .hyphen }
}
