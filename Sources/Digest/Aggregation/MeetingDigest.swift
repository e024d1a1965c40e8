import Disclosure
import Model

/// The whole meeting aggregated per act and per region: what every document draws on. Built
/// from items already cleared for one audience and rewritten (Disclosure), so that a digest can
/// only hold what its audience may read.
public struct MeetingDigest: Hashable, Sendable {
    public var acts: [ActDigest]
    /// Items that name no act: the meeting and its process.
    public var general: [RecurringMessage]
    public var coverage: Coverage
    public var participation: Participation
    public var crossCutting: [CrossCuttingTheme]

    /// The digest of one audience's view; `including` narrows the items (a briefing pack draws on
    /// regional outcomes and the days before the tables only).
    public init<A>(view: Cleared<A>, including: (ClearedItem) -> Bool = { _ in true },
                   grouper: MessageGrouper = MessageGrouper()) {
        self.init(context: DigestContext(view: view), items: view.items.filter(including), grouper: grouper)
    }

    init(context: DigestContext, items allItems: [ClearedItem], grouper: MessageGrouper) {
        // Housekeeping (a logistics section) is printed nowhere (placements.csv says so).
        let items = allItems.filter { $0.role != .logistics }
        let present = Set(items.map(\.id))
        var children: [Int: [ClearedItem]] = [:]
        for item in items { if let p = item.parent, present.contains(p) { children[p, default: []].append(item) } }
        let top = items.filter { $0.parent == nil || !present.contains($0.parent!) }
        let builder = MessageBuilder(context: context, children: children, grouper: grouper)

        let byAct = Dictionary(grouping: top, by: { $0.acts.first })
        acts = context.acts.map { act in builder.actDigest(act, items: byAct[act.id] ?? []) }
        general = builder.messages(byAct[nil] ?? [], tableSessionsOnAct: 0)
        coverage = Coverage(context: context, items: items)
        participation = Participation(context: context)
        crossCutting = context.tags.map { tag in
            CrossCuttingTheme(tag: tag.id, acts: context.acts.compactMap { act in
                let n = top.filter { $0.tags.contains(tag.id) && $0.acts.first == act.id }.count
                return n > 0 ? TagCount(tag: act.id, count: n) : nil
            })
        }
    }
}

/// One cross-cutting theme: how many items of each act carry it (`TagCount.tag` is the act id).
public struct CrossCuttingTheme: Hashable, Sendable {
    public var tag: String
    public var acts: [TagCount]
    public var total: Int { acts.map(\.count).reduce(0, +) }
}

/// Sorts one act's items into the lists of an `ActDigest` and groups each list into messages.
struct MessageBuilder {
    let context: DigestContext
    let children: [Int: [ClearedItem]]
    let grouper: MessageGrouper

    func actDigest(_ act: Act, items: [ClearedItem]) -> ActDigest {
        let tableSessions = context.sessions.filter { $0.kind == .table && $0.acts.contains(act.id) }.count
        var byRole: [SectionRole: [ClearedItem]] = [:]
        var tables: [ClearedItem] = []
        // What a table said goes to the report's "what the small tables said"; but its strategy
        // and its questions are civil society's own, for the facilitator sheets and handouts like
        // any other session's (SPEC 4: nothing written is lost).
        for item in items {
            if context.session(item.session)?.kind == .table, item.role != .strategy, item.role != .questions {
                tables.append(item)
            } else {
                byRole[item.role, default: []].append(item)
            }
        }
        let specific = byRole[.specificities] ?? []
        let byRegion = Dictionary(grouping: specific, by: { $0.regions.first })
        var specificities = context.regions.compactMap { region -> RegionSpecificities? in
            guard let list = byRegion[region.id], !list.isEmpty else { return nil }
            return RegionSpecificities(region: region, messages: messages(list, tableSessionsOnAct: tableSessions))
        }
        let known = Set(context.regions.map(\.id))
        let unplaced = specific.filter { $0.regions.first.map { !known.contains($0) } ?? true }
        if !unplaced.isEmpty {
            specificities.append(RegionSpecificities(region: nil, messages: messages(unplaced, tableSessionsOnAct: tableSessions)))
        }
        let all = items + items.flatMap { children[$0.id] ?? [] }
        let targets = act.targets.map { t in TargetDigest(target: t, itemCount: all.filter { $0.targets.contains(t.id) }.count) }
        let tags = context.tags.compactMap { tag -> TagCount? in
            let n = items.filter { $0.tags.contains(tag.id) }.count
            return n > 0 ? TagCount(tag: tag.id, count: n) : nil
        }
        func list(_ role: SectionRole) -> [RecurringMessage] { messages(byRole[role] ?? [], tableSessionsOnAct: tableSessions) }
        return ActDigest(act: act, messages: list(.messages), specificities: specificities, language: list(.language),
                         compacts: list(.compacts), tables: messages(tables, tableSessionsOnAct: tableSessions),
                         questions: list(.questions), strategy: list(.strategy),
                         discussion: messages((byRole[.discussion] ?? []) + (byRole[.other] ?? []), tableSessionsOnAct: tableSessions),
                         targets: targets, tags: tags)
    }

    /// Groups items that say the same thing and orders the messages by how widely they were
    /// raised, then by where they first appear. Items are compared on their source text with the
    /// mentions masked; untagged ones only within a language and never two of one document;
    /// `same=KEY` joins across languages and documents (SPEC 4).
    func messages(_ items: [ClearedItem], tableSessionsOnAct: Int) -> [RecurringMessage] {
        let list = items.sorted { $0.id < $1.id }
        var result: [RecurringMessage] = []
        let groups = grouper.groups(list.map { $0.comparisonText.isEmpty ? $0.content.plainText : $0.comparisonText },
                                    keys: list.map(\.same), languages: list.map(\.language.rawValue),
                                    sources: list.map(\.sourcePath),
                                    alone: Set(list.indices.filter { list[$0].standsAlone }))
        for group in groups {
            var members = group.map { list[$0] }
            // The lead is printed: in the meeting's language when one of the group is.
            if let k = members.firstIndex(where: { $0.language.rawValue == context.language }), k > 0 {
                members.insert(members.remove(at: k), at: 0)
            }
            result.append(RecurringMessage(items: members, children: members.flatMap { children[$0.id] ?? [] },
                                           recurrence: recurrence(members, tableSessionsOnAct: tableSessionsOnAct)))
        }
        return result.sorted {
            let a = $0.recurrence, b = $1.recurrence
            let wa = a.outcomes + a.groups + a.tables + a.otherSessions
            let wb = b.outcomes + b.groups + b.tables + b.otherSessions
            return wa != wb ? wa > wb : $0.lead.id < $1.lead.id
        }
    }

    func recurrence(_ items: [ClearedItem], tableSessionsOnAct: Int) -> Recurrence {
        var outcomes = Set<String>(), groups = Set<String>(), tables = Set<String>(), others = Set<String>()
        for item in items {
            if item.outcomeRegion != nil { outcomes.insert(item.sourcePath) }
            guard let id = item.session else { continue }
            switch context.session(id)?.kind {
            case .group: groups.insert(id)
            case .table: tables.insert(id)
            default: others.insert(id)
            }
        }
        return Recurrence(outcomes: outcomes.count, outcomesReceived: context.outcomeDocuments,
                          groups: groups.count, groupSessions: context.sessions.filter { $0.kind == .group }.count,
                          tables: tables.count, tableSessions: tableSessionsOnAct, otherSessions: others.count)
    }
}
