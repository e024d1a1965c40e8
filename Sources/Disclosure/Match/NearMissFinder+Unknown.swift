/// Suspicions about what the meeting does not know (SPEC 3.4): an acronym that is no registered
/// organisation's, no public body's and not in meeting.yaml's `acronyms:` may name an
/// organisation; a run of capitalised words none of which is an ordinary word may name a person.
/// Both are printed and marked, and block `--release` until decided.
extension NearMissFinder {
    /// Acronyms too common to suspect: Roman numerals, units, currencies, diseases, formats.
    static let commonAcronyms: Set<String> = [
        "II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "XIX", "XX", "XXI", "USD", "EUR", "GBP", "MXN", "CHF",
        "GDP", "PIB", "HIV", "VIH", "AIDS", "SIDA", "COVID", "PDF", "URL", "FAQ", "CEO", "ICT", "TIC", "LGBT", "LGBTQ",
        "LGBTIQ", "ATM", "SMS", "DNA", "ADN", "NB", "AM", "PM", "TV", "OK", "UK", "USA", "EEUU", "UAE", "EAU",
    ]

    func unknownSuspicions(_ tokens: [Token], outside replaced: TakenCharacters) -> [(range: Range<Int>, reason: String)] {
        var out: [(Range<Int>, String)] = []
        func free(_ t: Token) -> Bool { replaced.isFree(t.start..<t.end) }
        var i = 0
        while i < tokens.count {
            let t = tokens[i]
            // An acronym: three or more capitals (digits may follow), no lower-case letter.
            let letters = t.text.filter(\.isLetter)
            if letters.count >= 3, letters.allSatisfy(\.isUppercase), t.text.first?.isLetter == true, free(t),
               !knownAcronyms.contains(t.text), !Self.commonAcronyms.contains(t.text), !words.isOrdinary([t.folded]) {
                out.append((t.start..<t.end, "an acronym no registered organisation, public body or meeting.yaml's 'acronyms' has"))
                i += 1
                continue
            }
            // A name-like run: two or more capitalised words in a row, separated by single spaces,
            // none an ordinary word of any language the tool knows.
            var j = i
            while j < tokens.count, Self.nameLike(tokens[j]), free(tokens[j]), !words.isOrdinary([tokens[j].folded]),
                  j == i || tokens[j].gap == " " {
                j += 1
            }
            if j - i >= 2 {
                out.append((tokens[i].start..<tokens[j - 1].end, "capitalised words that may name someone the meeting does not know"))
                i = j
                continue
            }
            i += 1
        }
        return out
    }

    /// A capitalised word of letters, not all capitals ("Montalvo", "Quiroga").
    static func nameLike(_ t: Token) -> Bool {
        guard let first = t.text.first, first.isUppercase, t.text.count >= 2 else { return false }
        return t.text.allSatisfy(\.isLetter) && t.text.dropFirst().contains(where: \.isLowercase)
    }
}
