import Diagnostics
import Model

/// What the gate looks for (SPEC 3.2's forms), derived from the meeting by the gate itself.
struct GateForm {
    enum Kind {
        /// A name of two words or more: a mention wherever it stands.
        case name
        /// One word of a person's name: a mention after a title or a given name of theirs, before a
        /// verb of speech, or owning something.
        case familyName
        /// Matched only as written, letter case included (acronyms, `UK`, ISO codes).
        case exact([String])
        /// A state's name or adjective; `actsOnly` for capitals and codes, `capitalised` for
        /// homographs ("Chad", "china").
        case state(actsOnly: Bool, capitalised: Bool)
    }

    enum Owner: Hashable {
        case person(String, isPublic: Bool)
        case organisation(String)
        case state(String)
    }

    var words: [String]
    var kind: Kind
    var owner: Owner
    /// For a family name: the folded given names of its person.
    var given: Set<String> = []
    /// A short organisation name ("National Network", "the Platform"): only capitalised.
    var capitalised = false

    var isPersonName: Bool {
        if case .person = owner { return true }
        return false
    }
}

/// Every form, indexed by its first word.
struct GateForms {
    private(set) var byFirst: [String: [GateForm]] = [:]
    /// One-word family names of five letters or more, for near matches next to a title.
    private(set) var familyNames: [(word: String, owner: GateForm.Owner)] = []
    /// A person's family-name words of six letters or more, and whole names run together: what a
    /// word typed in pieces ("Boa.teng", "B-o-a-t-e-n-g") is read against.
    private(set) var nameWords: [String: GateForm.Owner] = [:]

    init(meeting: Meeting) {
        for p in meeting.people { addPerson(p) }
        let participants = Set(meeting.people.filter { !$0.isGovernment }.map { GateText.words($0.organisation).joined(separator: " ") })
        var seen = Set<String>()
        for p in meeting.people where !p.isGovernment && seen.insert(p.organisation).inserted {
            addOrganisation(name: p.organisation, acronym: nil, aliases: [])
        }
        for o in meeting.organisations {
            let key = GateText.words(o.name).joined(separator: " ")
            let aliasKeys = o.aliases.map { GateText.words($0).joined(separator: " ") }
            guard participants.contains(key) || aliasKeys.contains(where: participants.contains) else { continue }
            addOrganisation(name: o.name, acronym: o.acronym, aliases: o.aliases)
        }
        addStates(venue: meeting.venue)
    }

    private mutating func add(_ f: GateForm) {
        guard let first = f.words.first else { return }
        byFirst[first, default: []].append(f)
    }

    private mutating func addPerson(_ p: Person) {
        let owner = GateForm.Owner.person(p.id, isPublic: p.isPublic)
        let nameWords = GateText.words(p.name)
        let core = nameWords.filter { !GateWords.particles.contains($0) }
        var family: [[String]] = []
        if let f = p.familyName { family.append(GateText.words(f)) }
        if let last = core.last { family.append([last]) }
        if core.count >= 3 { family.append([core[core.count - 2]]) }
        let given = Set(nameWords.filter { w in !family.contains { $0.contains(w) } && !GateWords.particles.contains(w) })
        if nameWords.count >= 2 {
            self.nameWords[nameWords.joined()] = owner
            add(GateForm(words: nameWords, kind: .name, owner: owner))
            add(GateForm(words: [nameWords.joined()], kind: .name, owner: owner))
        }
        for a in p.aliases {
            var w = GateText.words(a)
            for t in GateWords.titles.sorted(by: { $0.count > $1.count }) where w.count > t.count && Array(w.prefix(t.count)) == t {
                w.removeFirst(t.count)
                break
            }
            // "de la Cruz": one word of its own after particles is a family name, which in lower
            // case is the word ("de la cruz") — a mention only where a name stands.
            let own = w.filter { !GateWords.particles.contains($0) }
            if own.count >= 2 { add(GateForm(words: w, kind: .name, owner: owner)) }
            else if own.count == 1, own[0].count >= 3 { add(GateForm(words: w, kind: .familyName, owner: owner, given: given)) }
        }
        for f in family where !f.isEmpty {
            // Family names only: a given name typed in pieces is a word as often ("Car men").
            for w in f where w.count >= 6 && !GateWords.particles.contains(w) { self.nameWords[w] = owner }
            if f.count >= 2, f.joined().count >= 6 { self.nameWords[f.joined()] = owner }
            let bare = f.filter { !GateWords.particles.contains($0) }
            if bare.count >= 2 { add(GateForm(words: f, kind: .name, owner: owner)) }
            if f.count >= 2 { add(GateForm(words: [f.joined()], kind: .name, owner: owner)) }
            for w in bare where w.count >= 3 {
                add(GateForm(words: [w], kind: .familyName, owner: owner, given: given))
                if w.count >= 5 { familyNames.append((w, owner)) }
            }
        }
    }

    private mutating func addOrganisation(name: String, acronym: String?, aliases: [String]) {
        let owner = GateForm.Owner.organisation(name)
        for n in [name] + aliases {
            let w = GateText.words(n)
            let lead = w.first == "the" || w.first == "el" || w.first == "la" || w.first == "le" ? Array(w.dropFirst()) : w
            let content = lead.filter { !["of", "for", "and", "in", "on", "the", "de", "del", "la", "el", "y", "des", "du", "le", "et", "pour"].contains($0) }
            if lead.count >= 2 { add(GateForm(words: lead, kind: .name, owner: owner, capitalised: content.count <= 2)) }
            // Run together ("SaveTheChildren").
            if w.count >= 2, w.joined().count >= 8 { add(GateForm(words: [w.joined()], kind: .name, owner: owner)) }
        }
        if let a = acronym, a.count >= 2 {
            let letters = a.filter { $0.isLetter || $0.isNumber }
            add(GateForm(words: [GateText.words(a).joined()], kind: .exact([a]), owner: owner))
            if letters.count == a.count {
                add(GateForm(words: letters.map { String($0).lowercased() }, kind: .exact(letters.map(String.init)), owner: owner))
            }
            if letters.count >= 4 {
                // Re-cased ("Picum"): a capitalised word.
                let recased = letters.prefix(1).uppercased() + letters.dropFirst().lowercased()
                add(GateForm(words: [recased.lowercased()], kind: .exact([recased]), owner: owner))
            }
        }
    }

    private mutating func addStates(venue: String?) {
        let g = StateGazetteer.shared
        for s in g.all {
            let owner = GateForm.Owner.state(s.id)
            let homographs = Set(s.homographs.map { GateText.words($0).joined(separator: " ") })
            for n in s.names + s.adjectives + (g.exonyms[s.id] ?? []) where !s.abbreviations.contains(n) {
                let w = GateText.words(n)
                add(GateForm(words: w, kind: .state(actsOnly: false, capitalised: homographs.contains(w.joined(separator: " "))), owner: owner))
            }
            for a in s.abbreviations {
                add(GateForm(words: GateText.words(a), kind: .exact(GateText(a).words.map { String(Array(a)[$0.start..<$0.end]) }), owner: owner))
            }
            for c in g.capitals[s.id] ?? [] {
                let w = GateText.words(c)
                add(GateForm(words: w, kind: .state(actsOnly: true, capitalised: true), owner: owner))
            }
            if s.id.count == 3, s.id != "EUR" { add(GateForm(words: [s.id.lowercased()], kind: .exact([s.id]), owner: owner)) }
        }
        if let venue, let state = venue.split(separator: ",").reversed().lazy.compactMap({
            g.state(named: $0.trimmingCharacters(in: .whitespaces))
        }).first {
            for phrase in ["host country", "host government", "pais anfitrion", "gobierno anfitrion", "pays hote",
                           "our hosts", "our host", "el anfitrion", "los anfitriones", "nuestros anfitriones", "nos hotes", "notre hote"] {
                add(GateForm(words: phrase.split(separator: " ").map(String.init), kind: .state(actsOnly: false, capitalised: false),
                             owner: .state(state.id)))
            }
        }
    }
}
