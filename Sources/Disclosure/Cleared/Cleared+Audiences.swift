import Foundation
import Model

/// A government delegation as its own briefing pack may name it.
public struct DelegationInfo: Hashable, Sendable {
    /// The delegation's organisation, e.g. `Government of Mexico`: the only participant its pack names.
    public let name: String
    /// Gazetteer id of its state, if known.
    public let stateID: String?
    /// `en`, `es` or `fr`: the language of its pack.
    public let language: String
    /// Sessions (tables) at which one of its delegates is seated, in meeting order.
    public let sessions: [String]
    /// The ASCII file name stem: `government-of-mexico`.
    public var fileStem: String { FileStem.make(name) }
}

extension Cleared where A == GovernmentReaders {
    /// Every government delegation, by name.
    public var delegations: [DelegationInfo] {
        let byOrg = Dictionary(grouping: source.people.filter(\.isGovernment), by: \.organisation)
        return byOrg.keys.sorted().map { org in
            let members = byOrg[org]!
            let ids = Set(members.map(\.id))
            let sessions = source.sessions.map(\.id).filter { s in (source.presence[s] ?? []).contains(where: ids.contains) }
            return DelegationInfo(name: org, stateID: members.compactMap(\.stateID).first,
                                  language: members.compactMap(\.language).first ?? source.language, sessions: sessions)
        }
    }
}

extension Cleared where A == InternalReaders {
    /// Everyone present at a session (the facilitator sheet introduces them): internal only.
    public func people(presentAt session: String) -> [Person] { source.people(presentAt: session) }

    /// The facilitator of a session: internal only.
    public func facilitator(of session: String) -> Person? {
        source.session(session)?.facilitator.flatMap(source.person)
    }

    /// The raw roster: internal only.
    public var people: [Person] { source.people }
}

extension Cleared {
    /// Participating organisations whose participants all agreed to be listed (`list_consent`).
    public var listedOrganisations: [String] {
        let byOrg = Dictionary(grouping: source.people, by: \.organisation)
        // In the order a reader looks names up: case and accents aside ("Association des…" before
        // "Association Marocaine…"), the bytes only to break ties.
        func key(_ s: String) -> String { s.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil) }
        return byOrg.filter { !$0.value.isEmpty && $0.value.allSatisfy(\.listConsent) }.keys
            .sorted { (key($0), $0) < (key($1), $1) }
    }

    /// People per value of a roster attribute (sector, region or constituency — the last counting
    /// only those who have one) under the small-group
    /// rule (SPEC 3.3): a value shared by fewer than `min_group` distinct organisations (for
    /// governments, distinct states) is counted under `other` instead.
    public func participation(by dimension: ParticipationDimension) -> [(value: String, people: Int)] {
        var people: [String: Int] = [:]
        var groups: [String: Set<String>] = [:]
        for p in source.people {
            let v: String
            switch dimension {
            case .sector: v = p.sector.rawValue
            case .region: v = p.region
            case .constituency:
                // Only those who belong to a constituency (civil society) are counted by it.
                guard let c = p.constituency else { continue }
                v = c
            }
            people[v, default: 0] += 1
            groups[v, default: []].insert(p.isGovernment ? (p.stateID ?? p.organisation) : p.organisation)
        }
        var out: [String: Int] = [:]
        for (v, n) in people {
            out[(groups[v]?.count ?? 0) >= max(1, minGroup) ? v : "other", default: 0] += n
        }
        return out.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }
}

/// What participation is broken down by.
public enum ParticipationDimension: Sendable { case sector, region, constituency }

/// ASCII file names (SPEC 4): lower case, accents dropped, runs of other characters as `-`.
public enum FileStem {
    /// Any script is transliterated to Latin first ("中华人民共和国政府" → "zhong-hua-ren-…"), so
    /// that no name folds to an empty file name.
    public static func make(_ s: String) -> String {
        let s = s.applyingTransform(.toLatin, reverse: false) ?? s
        var out = ""
        var dash = false
        for c in s {
            let f = Folding.kind(of: c)
            if case .word(let w) = f, w.allSatisfy({ $0.isASCII }) {
                if dash, !out.isEmpty { out += "-" }
                dash = false
                out += w
            } else { dash = true }
        }
        return out
    }
}
