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
