/// One way of writing a participant (SPEC 3.2): a sequence of folded words and the rules that say
/// where it may be matched.
package struct Form: Hashable, Sendable {
    package enum Kind: Hashable, Sendable {
        case fullName, alias, familyName, givenName
        /// A given name, a form only after a title ("Doña Rosa", "Ms. Giulia").
        case titledGivenName
        case organisationName, acronym
        case stateName, stateAbbreviation, stateAdjective
        /// A capital or an ISO alpha-3 code: a form of its state only where it acts ("Ottawa said").
        case stateCapital, stateCode
        case role
    }

    /// Folded words (`["de", "la", "cruz"]`).
    package var words: [String]
    /// As written (`"de la Cruz"`, `"MADE"`).
    package var written: String
    package var kind: Kind
    package var referent: Referent
    /// Matched only as written, letter for letter (acronyms, `UK`, `U.S.`).
    package var caseSensitive: Bool
    /// Also an ordinary word of the meeting's languages (`Flores`, `Young`): matched alone only
    /// after a title or a given name, or capitalised inside a sentence.
    package var ordinary: Bool
    /// For a family name: the folded given-name words of its person (`Rosa Flores` → `rosa`).
    package var givenWords: Set<String>

    package init(words: [String], written: String, kind: Kind, referent: Referent,
                 caseSensitive: Bool = false, ordinary: Bool = false, givenWords: Set<String> = []) {
        self.words = words; self.written = written; self.kind = kind; self.referent = referent
        self.caseSensitive = caseSensitive; self.ordinary = ordinary; self.givenWords = givenWords
    }

    /// The exact tokens a case-sensitive form must match.
    package var writtenTokens: [String] { Tokenizer.tokenize(Array(written)).map(\.text) }

    /// Which of two forms on the same words wins: people, then organisations, roles, states.
    package var priority: Int {
        switch referent {
        case .person: return 0
        case .organisation: return 1
        case .role: return 2
        case .state: return 3
        }
    }
}
