/// The parts of a person's name that SPEC 3.2 derives forms from: titles, particles, the family
/// name(s) and what is left as given names.
package enum NameParts {
    /// Titles, folded, as word sequences (`H.E.` → `h e`). A title before a name is part of the
    /// mention; after a title even an ordinary-word family name is a name.
    package static let titles: [[String]] = [
        "mr", "ms", "mrs", "miss", "mx", "dr", "prof", "professor", "sr", "sra", "srta", "don", "dona",
        "mme", "mlle", "m", "me", "h e", "his excellency", "her excellency", "ambassador", "amb",
        "embajador", "embajadora", "ambassadeur", "ambassadrice", "minister", "ministro", "ministra",
        "ministre", "senator", "senador", "senadora", "hon", "sir", "dame", "father", "sister", "rev",
        "lic", "licda", "licenciado", "licenciada", "ing", "mtra", "mtro", "pr", "dra", "doctor", "doctora", "docteur",
        "madame", "monsieur", "mademoiselle", "senor", "senora", "senorita", "excmo", "excma",
        "deputy", "secretary", "commissioner", "director", "directora", "directeur", "directrice",
    ].map { $0.split(separator: " ").map(String.init) }

    /// Titles that mark a woman or a man (for nothing but article agreement).
    package static let singleLetterTitles: Set<String> = ["m"]

    /// Name particles, folded: they belong to the family name that follows them.
    package static let particles: Set<String> = [
        "de", "del", "la", "las", "los", "di", "da", "das", "do", "dos", "du", "des", "della", "delle",
        "van", "der", "den", "ter", "ten", "von", "zu", "bin", "binti", "bint", "ibn", "ben", "al", "el",
        "ni", "nic", "mac", "mc", "ua", "o", "y", "e", "le", "lo", "st", "san", "santa", "abu", "abd",
    ]

    /// The whitespace-separated words of a name, with a word like `al-Hassan` kept whole.
    static func words(_ name: String) -> [String] {
        name.split(whereSeparator: { $0.isWhitespace }).map(String.init)
    }

    /// Whether a written word is a particle (`de`, `van`, `Ní`, `al-Hassan`'s `al-` is not a word).
    static func isParticle(_ word: String) -> Bool {
        particles.contains(Folding.key(word)) && word.first.map { $0.isLowercase || word.count <= 3 } == true
    }

    /// Strips a leading title from an alias (`Ms. López` → `López`), or nil if it has none.
    package static func strippingTitle(_ alias: String) -> String? {
        let tokens = Tokenizer.tokenize(Array(alias))
        guard tokens.count >= 2 else { return nil }
        let folded = tokens.map(\.folded)
        for t in titles.sorted(by: { $0.count > $1.count }) where folded.count > t.count && Array(folded.prefix(t.count)) == t {
            let rest = tokens[t.count].start
            return String(Array(alias)[rest...])
        }
        if folded.first == "the", tokens.count >= 2 { return String(Array(alias)[tokens[1].start...]) }
        return nil
    }

    /// The family-name forms of a full name (SPEC 3.2): the last word with its particles and, for a
    /// name of three or more words not counting particles, also the word before it with its
    /// particles and the two together. `Isabel de la Cruz Morales` → `Morales`, `de la Cruz`,
    /// `de la Cruz Morales`. Bare forms without particles (`Cruz`) are added too.
    package static func familyNames(of name: String) -> [String] {
        let w = words(name)
        guard w.count >= 2 else { return [] }
        // Group into (particles + word) units.
        var units: [[String]] = []
        var pending: [String] = []
        for (i, word) in w.enumerated() {
            if i < w.count - 1, i > 0, isParticle(word) { pending.append(word); continue }
            units.append(pending + [word]); pending = []
        }
        var out: [String] = []
        guard let last = units.last else { return [] }
        out.append(last.joined(separator: " "))
        if last.count > 1, let bare = last.last { out.append(bare) }
        if units.count >= 3 {
            let before = units[units.count - 2]
            out.append(before.joined(separator: " "))
            if before.count > 1, let bare = before.last { out.append(bare) }
            out.append((before + last).joined(separator: " "))
        }
        for f in out { out += bareFamilyNames(f) }
        var seen = Set<String>()
        return out.filter { seen.insert(Folding.key($0)).inserted }
    }

    /// The first of two surnames (`Ramírez` of `Ramírez Ortega`), the one Spanish and Portuguese
    /// speakers use alone: none when the family name is one unit or starts with a particle.
    package static func firstSurname(of family: String) -> [String] {
        let w = words(family)
        guard w.count >= 2, let first = w.first, !isParticle(first) else { return [] }
        return [first]
    }

    /// `al-Hassan`, `El-Amrani`: the word after a hyphenated particle, alone.
    package static func bareFamilyNames(_ f: String) -> [String] {
        let parts = f.split(whereSeparator: { Folding.kind(of: $0) == .hyphen }).map(String.init)
        if parts.count == 2, !f.contains(" "), ["al", "el", "ul", "ad", "as", "ash", "ben", "bin"].contains(parts[0].lowercased()) {
            return [parts[1]]
        }
        return []
    }

    /// The given-name words of a full name: the words before its family names.
    package static func givenWords(of name: String, family: [String]) -> Set<String> {
        let familyWords = Set(family.flatMap { Folding.words($0) })
        return Set(Folding.words(name).filter { !familyWords.contains($0) && !particles.contains($0) })
    }
}
