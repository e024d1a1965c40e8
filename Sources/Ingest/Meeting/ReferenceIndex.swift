import Diagnostics
import Model

/// The ids a meeting defines, for checking references with a "did you mean" hint.
struct ReferenceIndex {
    enum Kind: String {
        case session, act, region, person, tag
        var word: String {
            switch self {
            case .session: return "session"
            case .act: return "act"
            case .region: return "region"
            case .person: return "roster id"
            case .tag: return "tag"
            }
        }
        var code: DiagnosticCode {
            switch self {
            case .session: return .unknownSession
            case .act: return .unknownAct
            case .region: return .unknownRegion
            case .person: return .unknownPerson
            case .tag: return .unknownTag
            }
        }
    }

    var ids: [Kind: [String]] = [:]
    private var sets: [Kind: Set<String>] = [:]
    /// Target id → act id.
    var targets: [String: String] = [:]

    init() {}

    /// The ids meeting.yaml defines: acts and their targets, regions, tags, sessions (people
    /// come from the roster, defined once it is read).
    init(definitions meeting: Meeting) {
        define(.act, meeting.acts.map(\.id))
        define(.region, meeting.regions.map(\.id))
        define(.tag, meeting.tags.map(\.id))
        define(.session, meeting.sessions.map(\.id))
        for act in meeting.acts { for t in act.targets where targets[t.id] == nil { targets[t.id] = act.id } }
    }

    mutating func define(_ kind: Kind, _ list: [String]) {
        ids[kind] = list
        sets[kind] = Set(list)
    }

    func contains(_ kind: Kind, _ id: String) -> Bool { sets[kind]?.contains(id) ?? false }

    /// Ids whose definition was rejected (and reported) where it was made: a reference to one is
    /// not known, but not reported again.
    private var silenced: [Kind: Set<String>] = [:]
    private var allSilenced: Set<Kind> = []

    /// Whether `id` (or every id of the kind) was rejected where it was defined.
    func isSilenced(_ kind: Kind, _ id: String? = nil) -> Bool {
        allSilenced.contains(kind) || id.map { silenced[kind]?.contains($0) == true } ?? false
    }

    /// Silences these ids, or every id of the kind (nil: the file that defines them was rejected).
    mutating func silence(_ kind: Kind, _ ids: Set<String>?) {
        if let ids { silenced[kind, default: []].formUnion(ids) } else { allSilenced.insert(kind) }
    }

    /// Reports an unknown id (with the closest known one) and returns whether it is known.
    @discardableResult
    func check(_ kind: Kind, _ id: String, at span: SourceSpan, in context: String,
               diagnostics: inout DiagnosticBag) -> Bool {
        if contains(kind, id) { return true }
        if isSilenced(kind, id) { return false }
        diagnostics.error(kind.code, at: span, "unknown \(kind.word) '\(id)' in \(context)",
                          hint: Suggestion.hintOrList(for: id, among: ids[kind] ?? []))
        return false
    }

    /// Resolves `act=` values: an act id, or a target id (which names its act too).
    /// Returns (act, target) or nil (reported).
    func actOrTarget(_ value: String, at span: SourceSpan, in context: String,
                     diagnostics: inout DiagnosticBag) -> (act: String, target: String?)? {
        if contains(.act, value) { return (value, nil) }
        if let act = targets[value] { return (act, value) }
        let candidates = (ids[.act] ?? []) + targets.keys.sorted()
        let looksLikeTarget = value.contains(".")
        diagnostics.error(looksLikeTarget ? .unknownTarget : .unknownAct, at: span,
                          "unknown \(looksLikeTarget ? "target" : "act") '\(value)' in \(context)",
                          hint: Suggestion.hint(for: value, among: candidates))
        return nil
    }
}
