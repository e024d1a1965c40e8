import Model

/// Where a piece of content comes from, as far as disclosure is concerned: its rule, its session
/// (nil for a regional outcome) and, for an outcome, the organisations that anchored it.
package struct ContentContext: Sendable {
    package var rule: SessionRule
    package var session: String?
    /// Organisation keys named even in on-record content (a regional outcome's `anchors`).
    package var anchors: Set<String>
    package var path: String

    package init(rule: SessionRule, session: String?, anchors: Set<String> = [], path: String) {
        self.rule = rule; self.session = session; self.anchors = anchors; self.path = path
    }
}

/// The decision of SPEC 3.2: which mentions are replaced, by the content's rule and who was present.
package struct DisclosurePolicy: Sendable {
    package enum StateTreatment: Sendable { case keep, always, ifActor }

    package let participation: Participation
    package let roles: [Role]

    package init(participation: Participation, roles: [Role]) {
        self.participation = participation; self.roles = roles
    }

    package func replacesPerson(_ id: String, in c: ContentContext) -> Bool {
        switch c.rule {
        case .chathamHouse: return true
        case .onRecord: return participation.people[id]?.isPublic != true
        }
    }

    package func replacesOrganisation(_ key: String, in c: ContentContext) -> Bool {
        let members = participation.members(of: key)
        guard !members.isEmpty else { return false }   // not a participant
        switch c.rule {
        case .chathamHouse: return true
        case .onRecord:
            // A government delegation's organisation ("Government of Switzerland") is its state
            // speaking, and on the record states stay (SPEC 3.2).
            if members.allSatisfy({ participation.stateOf[$0.id] != nil }) { return false }
            if members.contains(where: \.isPublic) { return false }
            if c.anchors.contains(key) { return false }
            if members.allSatisfy(\.listConsent) { return false }
            return true
        }
    }

    package func treatment(ofState id: String, in c: ContentContext) -> StateTreatment {
        guard c.rule == .chathamHouse else { return .keep }
        if let s = c.session, participation.statesPresent(at: s).contains(id) { return .always }
        if participation.chathamHouseStates.contains(id) { return .ifActor }
        return .keep
    }

    package func replacesRole(_ index: Int, in c: ContentContext) -> Bool {
        guard roles.indices.contains(index) else { return false }
        return roles[index].referents.contains { r in
            switch r {
            case .person(let id): return replacesPerson(id, in: c)
            case .organisation(let name):
                if let key = participation.organisationKey(named: name) { return replacesOrganisation(key, in: c) }
                return false
            }
        }
    }

    /// Whether a mention is replaced, for people, organisations and roles (states need context).
    package func replaces(_ r: Referent, in c: ContentContext) -> Bool {
        switch r {
        case .person(let id): return replacesPerson(id, in: c)
        case .organisation(let key): return replacesOrganisation(key, in: c)
        case .role(let i): return replacesRole(i, in: c)
        case .state(let id): return treatment(ofState: id, in: c) != .keep
        }
    }
}
