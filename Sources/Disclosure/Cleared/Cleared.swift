import Model

/// The one door for disclosure (DESIGN.md): everything an output for audience `A` may show —
/// the items cleared for `A` (public items everywhere, government items to government and internal
/// outputs, internal items to internal outputs only), already rewritten under their session's
/// rule, and the parts of the meeting definition `A` may read. Only Disclosure creates one.
public struct Cleared<A: AudienceKind>: Sendable {
    public var audience: Audience { A.audience }
    /// Cleared items, in meeting order.
    public let items: [ClearedItem]
    /// Meeting-level values every audience may read.
    public let title: String
    public let subtitle: String?
    public let venue: String?
    public let dates: [String]
    public let organiser: String?
    public let language: String
    public let paper: Paper
    public let duplex: Bool
    public let minGroup: Int
    public let acts: [Act]
    public let regions: [Region]
    public let tags: [Tag]
    public let quotas: [Quota]
    /// Only the sections whose clearance `A` admits: an internal heading or prompt never reaches a
    /// government or public output.
    public let sections: [Section]
    /// Sessions without their seats and facilitator (those are in `seating`, internal only).
    public let sessions: [SessionInfo]
    /// The regional outcome documents received (their front matter: region, process, dates).
    public let outcomes: [RegionalOutcome]
    /// meeting.yaml's acronyms: public definitions.
    public let acronyms: [Acronym]
    /// Sessions with at least one note (for the method note: what was recorded).
    public let notedSessions: Set<String>

    /// The raw meeting, for the audience-constrained accessors below; never exposed.
    let source: Meeting

    init(meeting: Meeting, items: [ClearedItem]) {
        let a = A.audience
        source = meeting
        // Internal outputs are civil society's own tools: in them states stay named (SPEC 3.1).
        self.items = items.filter { a.admits($0.clearance) }
            .map { a == .internal || a == .secretariat ? $0.forInternalReaders() : $0 }
        title = meeting.title; subtitle = meeting.subtitle; venue = meeting.venue; dates = meeting.dates
        organiser = meeting.organiser; language = meeting.language; paper = meeting.paper; duplex = meeting.duplex
        minGroup = meeting.minGroup; acts = meeting.acts; regions = meeting.regions; tags = meeting.tags
        quotas = meeting.quotas
        sections = meeting.sections.filter { a.admits($0.clearance) }
        sessions = meeting.sessions.filter { s in s.clearanceCap.map(a.admits) ?? true }.map(SessionInfo.init)
        outcomes = meeting.outcomes
        acronyms = meeting.acronyms
        notedSessions = Set(meeting.notes.map(\.session))
    }

    /// The cleared items of a session.
    public func items(ofSession id: String) -> [ClearedItem] { items.filter { $0.session == id } }

    /// The section with this id, if `A` may read it.
    public func section(_ id: String) -> Section? { sections.first { $0.id == id } }
}

/// A session as every audience may see it: no seats, no facilitator.
public struct SessionInfo: Hashable, Sendable, Identifiable {
    public let id: String
    public let day: Int
    public let kind: SessionKind
    public let title: String
    public let table: Int?
    public let round: Int?
    public let acts: [String]
    public let rule: SessionRule
    /// When and where, as meeting.yaml writes them (presentation only).
    public let time: String?
    public let room: String?

    init(_ s: Session) {
        id = s.id; day = s.day; kind = s.kind; title = s.title; table = s.table; round = s.round
        acts = s.acts; rule = s.rule; time = s.time; room = s.room
    }
}
