/// Look-ups by id that every later stage needs.
extension Meeting {
    public func session(_ id: String) -> Session? { sessions.first { $0.id == id } }
    public func act(_ id: String) -> Act? { acts.first { $0.id == id } }
    public func region(_ id: String) -> Region? { regions.first { $0.id == id } }
    public func section(_ id: String) -> Section? { sections.first { $0.id == id } }
    public func person(_ id: String) -> Person? { people.first { $0.id == id } }

    /// The act a target id belongs to (`3.6` → act `3`).
    public func act(ofTarget targetID: String) -> Act? {
        acts.first { $0.targets.contains { $0.id == targetID } }
    }

    /// Everyone present at a session (SPEC 1: seating.csv, else seats, else sectors).
    public func people(presentAt sessionID: String) -> [Person] {
        let ids = presence[sessionID] ?? []
        let byID = Dictionary(people.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        return ids.compactMap { byID[$0] }
    }

    /// The items of a session's notes.
    public func items(ofSession sessionID: String) -> [Item] {
        items.filter { $0.origin.session == sessionID }
    }

    /// Government delegations: organisation → its delegates (roster rows with sector government).
    public var delegations: [String: [Person]] {
        Dictionary(grouping: people.filter(\.isGovernment), by: \.organisation)
    }
}

extension Meeting {
    /// Whether what was written at `session` can still reach a round of small tables: a handout
    /// or facilitator sheet draws on the days before its round, that day's earlier sessions in
    /// the programme (meeting.yaml's order) and the earlier rounds' tables. False for the last
    /// round's tables and for sessions after them.
    public func precedesATableRound(_ session: Session) -> Bool {
        let index = Dictionary(sessions.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        // Each round by its day and number, with where its first table stands in the programme.
        var rounds: [String: (day: Int, round: Int, first: Int)] = [:]
        for (i, t) in sessions.enumerated() where t.kind == .table {
            let key = "\(t.day)-\(t.round ?? 0)"
            rounds[key] = (t.day, t.round ?? 0, min(rounds[key]?.first ?? Int.max, i))
        }
        return rounds.values.contains { r in
            if session.day != r.day { return session.day < r.day }
            if session.kind == .table { return (session.round ?? 0) < r.round }
            return (index[session.id] ?? Int.max) < r.first
        }
    }
}
