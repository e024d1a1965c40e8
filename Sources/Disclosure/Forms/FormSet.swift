import Model

/// Every form of the participants of a meeting (SPEC 3.2): people, organisations and role phrases.
/// The states' forms, the same for every meeting, come from `StateLexicon.trie(words:)`.
package struct FormSet: Sendable {
    package private(set) var forms: [Form] = []

    package init(meeting: Meeting, participation: Participation, states: StateLexicon, words: OrdinaryWords) {
        for p in meeting.people { forms += Self.forms(of: p, words: words) }
        for (key, org) in participation.organisations { forms += Self.forms(of: org, key: key, words: words) }
        // "The host country", "el país anfitrión", "le pays hôte": the venue's state.
        if let venue = meeting.venue, let id = Self.venueState(venue, states: states) {
            for phrase in ["host country", "host state", "host government", "país anfitrión", "país sede", "gobierno anfitrión",
                           "pays hôte", "pays d'accueil", "gouvernement hôte", "État hôte",
                           // "our hosts said", "nuestros anfitriones", "nos hôtes": the same state.
                           // Not "host" alone: "host communities", "comunidades anfitrionas" are the word.
                           "our hosts", "our host", "hosting government", "hosting state", "hosting country", "el anfitrión", "los anfitriones", "la anfitriona", "nuestros anfitriones",
                           "nuestro anfitrión", "nuestra anfitriona", "nos hôtes", "notre hôte"] {
                forms.append(Form(words: Folding.words(phrase), written: phrase, kind: .stateName, referent: .state(id)))
            }
        }
        for (i, role) in meeting.roles.enumerated() {
            for phrase in Self.withoutArticle(role.phrase) {
                forms.append(Form(words: Folding.words(phrase), written: phrase, kind: .role, referent: .role(i)))
            }
        }
    }

    /// A phrase, and without a leading `the`/`el`/`la`/`les`… (`the SRSG` → `SRSG`).
    static func withoutArticle(_ phrase: String) -> [String] {
        let t = Tokenizer.tokenize(Array(phrase))
        if t.count >= 2, ["the", "el", "la", "los", "las", "le", "les", "l"].contains(t[0].folded) {
            return [phrase, String(Array(phrase)[t[1].start...])]
        }
        return [phrase]
    }

    /// A person's forms: the full name, each alias with and without its title, the family names.
    package static func forms(of p: Person, words: OrdinaryWords) -> [Form] {
        let family = p.familyName.map { f in
            [f] + NameParts.bareFamilyNames(f) + (f.contains(" ") ? NameParts.familyNames(of: f) + NameParts.firstSurname(of: f) : [])
        } ?? NameParts.familyNames(of: p.name)
        var given = NameParts.givenWords(of: p.name, family: family)
        // Given names of aliases in another script's transliteration ("Layla Haddad" for ليلى حداد).
        let familyWords = Set(family.flatMap { Folding.words($0) })
        for a in p.aliases {
            let w = Folding.words(NameParts.strippingTitle(a) ?? a)
            // A two-word alias is "given family" unless it holds the family name elsewhere.
            if w.count >= 2 {
                let family = w.contains(where: familyWords.contains) ? familyWords : [w[w.count - 1]]
                given.formUnion(w.filter { !family.contains($0) && !NameParts.particles.contains($0) })
            }
        }
        var out: [Form] = []
        func add(_ written: String, _ kind: Form.Kind) {
            let w = Folding.words(written)
            guard !w.isEmpty, !(w.count == 1 && NameParts.particles.contains(w[0])) else { return }
            let ordinary = words.isOrdinary(w)
            out.append(Form(words: w, written: written, kind: kind, referent: .person(p.id),
                            ordinary: ordinary, givenWords: given))
            // A hyphen dropped by a hurried hand: "Ji-won" written "Jiwon".
            if written.contains("-") {
                let joined = written.replacingOccurrences(of: "-", with: "")
                let jw = Folding.words(joined)
                if jw != w, !jw.isEmpty {
                    out.append(Form(words: jw, written: joined, kind: kind, referent: .person(p.id),
                                    ordinary: words.isOrdinary(jw), givenWords: given))
                }
            }
        }
        add(p.name, .fullName)
        for a in p.aliases {
            for v in withoutArticle(a) {
                let stripped = NameParts.strippingTitle(v)
                let bare = stripped ?? v
                // A one-word alias that is a given name is a form only because it is an alias.
                let kind: Form.Kind = Folding.words(bare).allSatisfy(given.contains) ? .givenName : .alias
                add(v, stripped == nil ? kind : .alias)
                if let s = stripped { add(s, kind) }
            }
        }
        for f in family { add(f, .familyName) }
        // Particles joined by a hurried hand: "Vanderberg", "Elamrani", "Delacruz".
        for f in family {
            let w = Folding.words(f)
            if w.count >= 2 { add(w.joined(), .familyName) }
        }
        // The full name run together ("RosaFlores", "rosa.flores" in an address is contact data).
        let nameWords = Folding.words(p.name)
        if nameWords.count >= 2 { add(nameWords.joined(), .fullName) }
        // A given name after a title: "Doña Rosa", "Ms. Giulia".
        for g in given where g.count >= 3 {
            out.append(Form(words: [g], written: g, kind: .titledGivenName, referent: .person(p.id), givenWords: given))
        }
        // Initials of a name of three words or more ("MJLH", "M.J.L.H."), as written in capitals.
        // Not two letters: "EP said", "la CE dijo", "A.C." are the European Parliament, the
        // Commission and a Mexican association as often as someone's initials.
        let initialWords = NameParts.words(p.name).filter { !NameParts.isParticle($0) }
        if initialWords.count >= 3 {
            let letters = initialWords.compactMap { $0.first.map { String($0).uppercased() } }
            if letters.allSatisfy({ $0.first?.isASCII == true }) {
                out.append(Form(words: [letters.joined().lowercased()], written: letters.joined(), kind: .alias,
                                referent: .person(p.id), caseSensitive: true))
                out.append(Form(words: letters.map { $0.lowercased() }, written: letters.joined(separator: ".") + ".",
                                kind: .alias, referent: .person(p.id), caseSensitive: true))
            }
        }
        // The given name and the family name's initial: "Rosa F.", "María L.".
        let parts = NameParts.words(p.name)
        let fullFamily = family.max { NameParts.words($0).count < NameParts.words($1).count }
        if let f = fullFamily.flatMap({ NameParts.words($0).first { !NameParts.isParticle($0) } }), let initial = f.first,
           let fi = parts.firstIndex(where: { NameParts.isParticle($0) || $0 == f }), fi >= 1 {
            for givenPart in Set([[parts[0]], Array(parts[..<fi])]) where givenPart.joined().count >= 3 {
                // And its first two to four letters, cut as notes abbreviate ("Rosa Fl.", "Rosa Flor.").
                let cuts = ([String(initial).uppercased()] + [2, 3, 4].filter { f.count > $0 + 1 }.map { f.prefix($0).capitalized })
                    .filter { !Self.abbreviations.contains($0.lowercased()) }
                for cut in cuts {
                    let written = givenPart.joined(separator: " ") + " " + cut
                    out.append(Form(words: Folding.words(written), written: written, kind: .alias, referent: .person(p.id), caseSensitive: true))
                }
            }
        }
        // Two-word "given family" pairs of a longer name (`María López`), and the family name
        // first, as lists and badges write it (`Leblanc Catherine`).
        if let g = NameParts.words(p.name).first, !NameParts.isParticle(g) {
            for f in family where !Folding.words(f).contains(Folding.key(g)) {
                add(g + " " + f, .alias)
                add(f + " " + g, .alias)
            }
        }
        return out
    }

    /// An organisation's forms: its name and aliases (and without their `the`), its acronym as written.
    /// Cuts of a family name that are abbreviations in their own right ("Helena St." is a street).
    static let abbreviations: Set<String> = [
        "st", "mt", "av", "ave", "dr", "mr", "ms", "no", "co", "rd", "pt", "ft", "jr", "sr", "sra", "le", "la", "de", "di",
        "da", "du", "el", "al", "mc", "ma", "mo", "ca", "cf", "vs", "etc", "inc", "ltd", "gen", "col", "gob", "dep", "art",
    ]

    package static func forms(of org: Participation.Organisation, key: String, words: OrdinaryWords? = nil) -> [Form] {
        var out: [Form] = []
        for n in [org.name] + org.aliases {
            for v in withoutArticle(n) {
                // A name made of ordinary words ("the Platform", "National Network", "el Colectivo")
                // is the organisation only capitalised (or speaking): "a national network of clinics" is not.
                let w = Folding.words(v)
                out.append(Form(words: w, written: v, kind: .organisationName, referent: .organisation(key),
                                ordinary: words?.isOrdinary(w) ?? false))
            }
        }
        if let a = org.acronym, !a.isEmpty {
            out.append(Form(words: Folding.words(a), written: a, kind: .acronym, referent: .organisation(key),
                            caseSensitive: true))
            let letters = a.filter { $0.isLetter || $0.isNumber }
            if letters.count >= 2, letters.count == a.count {
                // Dotted: "M.A.D.E.", "P.I.C.U.M.".
                out.append(Form(words: letters.map { Folding.key(String($0)) }, written: letters.map(String.init).joined(separator: ".") + ".",
                                kind: .acronym, referent: .organisation(key), caseSensitive: true))
            }
            // Re-cased, from four letters ("Picum", "picum") — never an ordinary word ("made").
            if letters.count >= 4 {
                // An acronym that is also a word ("MADE", "AFFORD") is re-cased only capitalised, and
                // at a sentence start only before a verb of speech ("Made explained…").
                let ordinary = words?.isOrdinary(Folding.words(a)) ?? false
                out.append(Form(words: Folding.words(a), written: a, kind: .organisationName, referent: .organisation(key),
                                ordinary: ordinary))
            }
        }
        // Run together, as handles and hashtags write it ("SaveTheChildren", "TerreDesHommes").
        for n in [org.name] + org.aliases {
            let w = Folding.words(n)
            if w.count >= 2, w.joined().count >= 8 {
                out.append(Form(words: [w.joined()], written: n, kind: .organisationName, referent: .organisation(key)))
            }
        }
        // "&" written for "and", and the reverse.
        for n in [org.name] + org.aliases {
            for (from, to) in [(" & ", " and "), (" and ", " & "), (" y ", " & "), (" et ", " & ")] where n.contains(from) {
                let v = n.replacingOccurrences(of: from, with: to)
                out.append(Form(words: Folding.words(v), written: v, kind: .organisationName, referent: .organisation(key)))
            }
        }
        return out
    }

    /// A state's forms: names (capitalised where they are also ordinary words: `Chad`, `Turkey`),
    /// abbreviations as written, adjectives and demonyms (English ones capitalised).
    package static func forms(of e: StateLexicon.Entry, words: OrdinaryWords) -> [Form] {
        var out: [Form] = []
        for n in e.names + e.sharedNames {
            let w = Folding.words(n)
            out.append(Form(words: w, written: n, kind: .stateName, referent: .state(e.id),
                            ordinary: e.homographs.contains(Folding.key(n)) || words.isOrdinary(w)))
        }
        for a in e.abbreviations {
            out.append(Form(words: Folding.words(a), written: a, kind: .stateAbbreviation, referent: .state(e.id),
                            caseSensitive: true))
        }
        for c in e.capitals {
            let w = Folding.words(c)
            out.append(Form(words: w, written: c, kind: .stateCapital, referent: .state(e.id),
                            ordinary: e.homographs.contains(Folding.key(c)) || words.isOrdinary(w)))
        }
        for code in e.codes {
            out.append(Form(words: Folding.words(code), written: code, kind: .stateCode, referent: .state(e.id),
                            caseSensitive: true))
        }
        for a in e.adjectives {
            let capital = a.first?.isUppercase ?? false
            out.append(Form(words: Folding.words(a), written: a, kind: .stateAdjective, referent: .state(e.id),
                            ordinary: e.homographs.contains(Folding.key(a)) || (capital && words.isOrdinary(Folding.words(a)))))
        }
        return out
    }

    /// The state of a venue ("Puerto Vallarta, Mexico" → MEX): its last comma-separated part.
    static func venueState(_ venue: String, states: StateLexicon) -> String? {
        for part in venue.split(separator: ",").reversed() {
            if let id = states.stateID(forCountry: part.trimmingCharacters(in: .whitespaces)) { return id }
        }
        return nil
    }
}
