import Model

/// Who takes part and where (SPEC 1 and 3.2): the participant organisations and their members,
/// the delegations and their states, and the people, organisations and states present at each
/// session.
package struct Participation: Sendable {
    /// An organisation a roster person belongs to (organisations.csv rows merged in).
    package struct Organisation: Sendable {
        package var name: String
        package var acronym: String?
        package var aliases: [String]
        package var members: [String]
    }

    package let people: [String: Person]
    /// By folded name key.
    package private(set) var organisations: [String: Organisation] = [:]
    /// Person id → organisation key.
    package private(set) var organisationOf: [String: String] = [:]
    /// Person id → state id, for government delegates.
    package private(set) var stateOf: [String: String] = [:]
    /// Session id → person ids present.
    package let presence: [String: Set<String>]
    /// Session ids held under the Chatham House Rule.
    package let chathamHouseSessions: Set<String>
    /// States with a delegate present at some chatham-house session.
    package private(set) var chathamHouseStates: Set<String> = []

    package init(meeting: Meeting, states: StateLexicon) {
        people = Dictionary(meeting.people.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        presence = meeting.presence.mapValues(Set.init)
        chathamHouseSessions = Set(meeting.sessions.filter { $0.rule == .chathamHouse }.map(\.id))
        // organisations.csv rows, findable by any of their names.
        var csvByKey: [String: Model.Organisation] = [:]
        for o in meeting.organisations {
            for n in [o.name] + o.aliases + (o.acronym.map { [$0] } ?? []) { csvByKey[Folding.key(n)] = o }
        }
        for p in meeting.people {
            let csv = csvByKey[Folding.key(p.organisation)]
            let key = Folding.key(csv?.name ?? p.organisation)
            if organisations[key] == nil {
                organisations[key] = Organisation(name: csv?.name ?? p.organisation, acronym: csv?.acronym,
                                                  aliases: (csv?.aliases ?? []) + (csv != nil && csv!.name != p.organisation
                                                      && csv!.acronym != p.organisation ? [p.organisation] : []),
                                                  members: [])
            }
            organisations[key]!.members.append(p.id)
            organisationOf[p.id] = key
            if p.isGovernment, let s = p.stateID ?? p.country.flatMap(states.stateID(forCountry:)) { stateOf[p.id] = s }
        }
        for s in chathamHouseSessions { chathamHouseStates.formUnion(statesPresent(at: s)) }
    }

    package func peoplePresent(at session: String) -> [Person] {
        (presence[session] ?? []).sorted().compactMap { people[$0] }
    }

    package func statesPresent(at session: String) -> Set<String> {
        Set((presence[session] ?? []).compactMap { stateOf[$0] })
    }

    package func organisationsPresent(at session: String) -> Set<String> {
        Set((presence[session] ?? []).compactMap { organisationOf[$0] })
    }

    /// Whether any government delegate is present at a session.
    package func hasGovernment(at session: String) -> Bool {
        (presence[session] ?? []).contains { people[$0]?.isGovernment == true }
    }

    package func members(of key: String) -> [Person] {
        (organisations[key]?.members ?? []).compactMap { people[$0] }
    }

    /// The organisation key for a name, acronym or alias, if it is a participant.
    package func organisationKey(named name: String) -> String? {
        let k = Folding.key(name)
        if organisations[k] != nil { return k }
        for (key, o) in organisations where o.aliases.contains(where: { Folding.key($0) == k }) || o.acronym.map(Folding.key) == k {
            return key
        }
        return nil
    }
}
