/// The gazetteer of states: every UN member state (193), the two observer states and the European
/// Union — 196 entries — read once, lazily, from the tables in `GazetteerData`.
///
/// Lookups are case-, accent- and punctuation-insensitive and ignore a leading article
/// (`GazetteerText.key`): "Côte d’Ivoire", "cote d'ivoire", "la Côte d'Ivoire" and "CIV" are
/// the same state.
public final class StateGazetteer: Sendable {
    /// The gazetteer built from the tool's own tables.
    public static let shared = StateGazetteer(tables: GazetteerData.tables)

    /// Every state, sorted by id.
    public let all: [State]
    private let byID: [String: State]
    private let byName: [String: State]
    private let byAdjective: [String: [State]]
    /// Name keys claimed by more than one state (a data error; the test suite keeps it empty).
    let nameClashes: [String]

    init(tables: [String]) {
        var states: [State] = []
        for table in tables {
            for line in table.split(separator: "\n", omittingEmptySubsequences: true)
            where !line.hasPrefix("#") && !line.allSatisfy(\.isWhitespace) {
                states.append(GazetteerParser.state(fromLine: String(line)))
            }
        }
        all = states.sorted { $0.id < $1.id }
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

    /// Every adjective form claimed by more than one state, with those states: the ambiguous
    /// forms ("Congolese", "dominicano", "coréen"…), folded as `GazetteerText.key` folds.
    public var sharedAdjectives: [String: [State]] {
        byAdjective.filter { $0.value.count > 1 }
    }
}
