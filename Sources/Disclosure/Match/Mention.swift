/// A place in a text where a participant is named: the form found, the tokens it covers, and the
/// characters to rewrite (a title before it and a possessive after it included).
package struct Mention: Hashable, Sendable {
    package var form: Form
    /// Token indices of the form itself.
    package var tokens: Range<Int>
    /// Character offsets in the flattened text, title and possessive included.
    package var range: Range<Int>
    /// Token index of the title before the form, if any.
    package var titleStart: Int?
    /// `Ruiz's`, `Mexico's`, `Torres'`.
    package var possessive: Bool
    /// An ordinary-word family name at the start of a sentence: a warning, not a rewrite.
    package var ambiguous: Bool
    /// Other people the same words name ("Becker" when two participants are called Becker):
    /// the descriptor then says only what they all are.
    package var others: [Referent] = []

    package var referent: Referent { form.referent }
    package var firstToken: Int { titleStart ?? tokens.lowerBound }
}
