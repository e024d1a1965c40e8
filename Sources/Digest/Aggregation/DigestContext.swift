import Model

/// What aggregation needs to know about the meeting besides its items: the acts, regions, tags
/// and sessions, which regions' outcomes were received, and the roster reduced to the counts
/// the small-group rule allows. Names of people never enter it.
public struct DigestContext: Sendable {
    public var acts: [Act]
    public var regions: [Region]
    public var tags: [Tag]
    public var sessions: [Session]
    /// Region ids with at least one outcome document.
    public var regionsReceived: Set<String>
    public var minGroup: Int
    public var language: String
    public var participants: [Participant]
    public var quotas: [Quota]

    /// A roster row as participation counts see it.
    public struct Participant: Hashable, Sendable {
        public var sector: Sector
        public var region: String
        public var constituency: String?
        /// Organisation, or for a government delegate its state id: what "distinct" counts.
        public var unit: String
        public var organisation: String
        public var listConsent: Bool
        public init(sector: Sector, region: String, constituency: String?, unit: String, organisation: String, listConsent: Bool) {
            self.sector = sector; self.region = region; self.constituency = constituency
            self.unit = unit; self.organisation = organisation; self.listConsent = listConsent
        }
    }

    public init(acts: [Act], regions: [Region], tags: [Tag], sessions: [Session], regionsReceived: Set<String>,
                minGroup: Int, language: String, participants: [Participant], quotas: [Quota]) {
        self.acts = acts; self.regions = regions; self.tags = tags; self.sessions = sessions
        self.regionsReceived = regionsReceived; self.minGroup = minGroup; self.language = language
        self.participants = participants; self.quotas = quotas
    }

    /// The context of a meeting: everything but names.
    public init(meeting: Meeting) {
        self.init(acts: meeting.acts, regions: meeting.regions, tags: meeting.tags, sessions: meeting.sessions,
                  regionsReceived: Set(meeting.outcomes.map(\.region)), minGroup: meeting.minGroup,
                  language: meeting.language,
                  participants: meeting.people.map {
                      Participant(sector: $0.sector, region: $0.region, constituency: $0.constituency,
                                  unit: $0.isGovernment ? ($0.stateID ?? $0.organisation) : $0.organisation,
                                  organisation: $0.organisation, listConsent: $0.listConsent)
                  },
                  quotas: meeting.quotas)
    }

    func session(_ id: String?) -> Session? { id.flatMap { id in sessions.first { $0.id == id } } }
}
