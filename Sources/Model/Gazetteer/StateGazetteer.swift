/// The gazetteer of states: every UN member state (193), the two observer states and the European
/// Union — 196 entries — read once, lazily, from the tables in `GazetteerData`.
///
/// Lookups are case-, accent- and punctuation-insensitive and ignore a leading article
/// (`GazetteerText.key`): "Côte d’Ivoire", "cote d'ivoire", "la Côte d'Ivoire" and "CIV" are
/// the same state.
public final class StateGazetteer: Sendable {
    /// The gazetteer built from the tool's own tables.
    public static let shared = StateGazetteer(tables: GazetteerData.tables, homographs: GazetteerData.homographs,
                                              capitals: GazetteerData.capitals)

    /// Capitals (and seats of government) by state id, in English, Spanish and French spellings:
    /// forms of their state only where they act ("Ottawa said"), SPEC 3.2.
    public let capitals: [String: [String]]
    /// Everyday foreign names of a state that its row lacks ("Holland", "Deutschland", "Kanada"),
    /// by state id: forms of the state for matching, never names a roster's `country` may use.
    public let exonyms: [String: [String]]
    /// Capital spellings that are also ordinary words, names or other places ("Victoria",
    /// "Kingston"), folded by `GazetteerText.key`.
    public let capitalHomographs: Set<String>

    /// Every state, sorted by id.
    public let all: [State]
    private let byID: [String: State]
    private let byName: [String: State]
    private let byAdjective: [String: [State]]
    private let homographKeys: Set<String>
    /// Name keys claimed by more than one state (a data error; the test suite keeps it empty).
    let nameClashes: [String]
    /// Entries of the homograph table that are no form of their state (a data error).
    let strayHomographs: [String]

    init(tables: [String], homographs: String = "", capitals: String = "") {
        var capitalsByID: [String: [String]] = [:], exonymsByID: [String: [String]] = [:], risky = Set<String>()
        for line in capitals.split(separator: "\n") where !line.hasPrefix("#") {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard f.count == 4 else { continue }
            func list(_ s: String) -> [String] { s == "-" ? [] : s.split(separator: "|").map(String.init) }
            capitalsByID[f[0]] = list(f[1])
            exonymsByID[f[0]] = list(f[2])
            for c in list(f[3]) { risky.insert(GazetteerText.key(c)) }
        }
        self.capitals = capitalsByID
        self.exonyms = exonymsByID
        self.capitalHomographs = risky
        var homographKeys: [String: Set<String>] = [:]
        for line in homographs.split(separator: "\n") where !line.hasPrefix("#") {
            let f = line.split(separator: "\t", maxSplits: 1)
            guard f.count == 2 else { continue }
            for form in f[1].split(separator: "|") {
                homographKeys[String(f[0]), default: []].insert(GazetteerText.key(String(form)))
            }
        }
        var states: [State] = []
        for table in tables {
            for line in table.split(separator: "\n", omittingEmptySubsequences: true)
            where !line.hasPrefix("#") && !line.allSatisfy(\.isWhitespace) {
                states.append(GazetteerParser.state(fromLine: String(line)))
            }
        }
        all = states.map { $0.withHomographs(homographKeys[$0.id] ?? []) }.sorted { $0.id < $1.id }
        var strays: [String] = []
        for (id, keys) in homographKeys {
            let found = Set((all.first { $0.id == id }?.homographs ?? []).map(GazetteerText.key))
            strays += keys.subtracting(found).map { "\(id): \($0)" }
        }
        strayHomographs = strays
        self.homographKeys = Set(all.flatMap(\.homographs).map(GazetteerText.key))
        var ids: [String: State] = [:]
        var names: [String: State] = [:]
        var adjectives: [String: [State]] = [:]
        var clashes: [String] = []
        for s in all {
            ids[s.id] = s
            for n in s.names {
                let k = GazetteerText.key(n)
                if let other = names[k], other.id != s.id { clashes.append("\(k): \(other.id) \(s.id)") }
                else { names[k] = s }
            }
            for a in s.adjectives {
                let k = GazetteerText.key(a)
                if !(adjectives[k]?.contains(s) ?? false) { adjectives[k, default: []].append(s) }
            }
        }
        byID = ids
        byName = names
        byAdjective = adjectives
        nameClashes = clashes
    }

    /// The state with this name, official name, other name or abbreviation, in any of the three
    /// languages, or with this ISO alpha-3 id; nil if unknown.
    public func state(named name: String) -> State? {
        let k = GazetteerText.key(name)
        if let s = byName[k] { return s }
        return state(id: k)
    }

    /// The state with this ISO alpha-3 id (`EUR` for the European Union, which `EU` also gives),
    /// in any case.
    public func state(id: String) -> State? {
        let id = id.uppercased()
        return byID[id] ?? (id == "EU" ? byID["EUR"] : nil)
    }

    /// Every state this adjective or demonym may point at, in any language, gender or number
    /// ("Congolese" → Congo and DR Congo; "mexicanas" → Mexico); empty if none. Ignores case,
    /// accents and a leading article ("les Ivoiriens").
    public func states(withAdjective adjective: String) -> [State] {
        byAdjective[GazetteerText.key(adjective)] ?? []
    }

    /// Whether this name or adjective form of some state is also an ordinary word, a given name, a
    /// language or another place (see `State.homographs`); ignores case and accents.
    public func isHomograph(_ form: String) -> Bool {
        return homographKeys.contains(GazetteerText.key(form))
    }

    /// Every adjective form claimed by more than one state, with those states: the ambiguous
    /// forms ("Congolese", "dominicano", "coréen"…), folded as `GazetteerText.key` folds.
    public var sharedAdjectives: [String: [State]] {
        byAdjective.filter { $0.value.count > 1 }
    }
}
