import Foundation
import Model

/// The state forms Disclosure matches: for each state its names, its case-sensitive abbreviations
/// and its adjectives and demonyms. Built from `StateGazetteer.shared` by default; tests may build a
/// small one.
package struct StateLexicon: Sendable {
    package struct Entry: Sendable {
        package var id: String
        package var names: [String]
        package var abbreviations: [String]
        package var adjectives: [String]
        /// Forms that are also ordinary words, given names or other places (`Chad`, `china`):
        /// matched only capitalised or next to a noun that makes them a state.
        package var homographs: Set<String>
        /// Names that also name another state, matched for this one too but never read as it in
        /// a roster's `country` ("Congo" is the Republic of the Congo's name, and how people
        /// often write the DR Congo).
        package var sharedNames: [String]
        /// Capitals and seats of government, and the ISO alpha-3 code: forms only as actors.
        package var capitals: [String]
        package var codes: [String]
        package init(id: String, names: [String], abbreviations: [String] = [], adjectives: [String] = [],
                     homographs: Set<String> = [], sharedNames: [String] = [], capitals: [String] = [], codes: [String] = []) {
            self.id = id; self.names = names; self.abbreviations = abbreviations; self.adjectives = adjectives
            self.homographs = homographs; self.sharedNames = sharedNames; self.capitals = capitals; self.codes = codes
        }
    }

    package var entries: [Entry]
    private let cache = FormCache()

    package init(entries: [Entry]) { self.entries = entries }

    /// A trie of every form of every state, built once per lexicon and word list.
    package func trie(words: OrdinaryWords) -> FormTrie {
        cache.trie(for: ObjectIdentifier(words)) { FormTrie(entries.flatMap { FormSet.forms(of: $0, words: words) }) }
    }

    /// Every state of the gazetteer.
    package static let gazetteer: StateLexicon = {
        let g = StateGazetteer.shared
        return StateLexicon(entries: g.all.map { s in
            let names = s.names.filter { n in !s.abbreviations.contains(n) }
            let nameKeys = Set(names.map(Folding.key))
            // A capital named after its state ("Mexico City", "Ciudad de Guatemala") names the state
            // as surely as its name does: a name, not a capital that counts only where it acts.
            let all = (g.capitals[s.id] ?? []).filter { !nameKeys.contains(Folding.key($0)) }
            let named = all.filter { c in
                let w = Folding.words(c)
                return nameKeys.contains { k in let kw = k.split(separator: " ").map(String.init)
                    return kw.count < w.count && (0...(w.count - kw.count)).contains { Array(w[$0..<($0 + kw.count)]) == kw } }
            }
            let capitals = all.filter { !named.contains($0) }
            let riskyCapitals = capitals.map(Folding.key).filter { g.capitalHomographs.contains($0) }
            return Entry(id: s.id, names: names + (g.exonyms[s.id] ?? []) + named,
                         abbreviations: s.abbreviations, adjectives: s.adjectives,
                         homographs: Set(s.homographs.map(Folding.key)).union((sharedNames[s.id] ?? []).map(Folding.key).filter { $0 == "congo" })
                            .union(riskyCapitals),
                         sharedNames: sharedNames[s.id] ?? [], capitals: capitals,
                         codes: s.id.count == 3 && s.id != "EUR" ? [s.id] : [])
        })
    }()

    /// Short names people use for states that are not (only) theirs: "Congo" is the Republic of
    /// the Congo's name and how the DR Congo is often written; "Korea" is either Korea. A mention
    /// counts as each of them (the strictest treatment wins), so that none slips through.
    /// "Congo" is also a river: a homograph for the DR Congo too, as it is for the Republic.
    static let sharedNames: [String: [String]] = [
        "COD": ["Congo"], "KOR": ["Korea", "Corea", "Corée"], "PRK": ["Korea", "Corea", "Corée"],
    ]

    /// The gazetteer id of a roster `country` (a name or an alpha-3 code), or nil.
    package func stateID(forCountry country: String) -> String? {
        let key = Folding.key(country)
        for e in entries where e.id.lowercased() == key || e.names.contains(where: { Folding.key($0) == key }) {
            return e.id
        }
        return nil
    }
}

/// A lock-protected cache of the state forms of a lexicon.
final class FormCache: @unchecked Sendable {
    private let lock = NSLock()
    private var built: [ObjectIdentifier: FormTrie] = [:]

    func trie(for key: ObjectIdentifier, _ make: () -> FormTrie) -> FormTrie {
        lock.lock(); defer { lock.unlock() }
        if let f = built[key] { return f }
        let f = make()
        built[key] = f
        return f
    }
}
