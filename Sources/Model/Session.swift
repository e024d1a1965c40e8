import Diagnostics

/// What a session is: a plenary, a Day-1 group, a Day-2 small table, or something else.
public enum SessionKind: String, Hashable, Sendable, CaseIterable {
    case plenary, group, table, other
}

/// The disclosure rule a session (or a regional outcome) is held under.
public enum SessionRule: String, Hashable, Sendable, CaseIterable {
    case onRecord = "on-record"
    case chathamHouse = "chatham-house"
}

/// A participant's sector (roster `sector`), also used in a session's `sectors`.
public enum Sector: String, Hashable, Sendable, CaseIterable {
    case civilSociety = "civil-society"
    case government
    case un
    case other
}

/// One session of the meeting (`sessions:` in meeting.yaml).
public struct Session: Hashable, Sendable, Identifiable {
    public var id: String
    public var day: Int
    public var kind: SessionKind
    public var title: String
    /// The table number of a `table` session.
    public var table: Int?
    public var round: Int?
    /// Act ids the session speaks to.
    public var acts: [String]
    public var rule: SessionRule
    /// The sectors present when the session has no seats (empty: all sectors).
    public var sectors: [Sector]
    /// Roster ids of `seats:` as written in meeting.yaml (seating.csv may override them).
    public var seats: [String]
    /// No item of this session is more open than this.
    public var clearanceCap: Clearance?
    public var facilitator: String?
    /// Presentation only (SPEC 1): when and where, as written (`"11:00-12:30"`, `Sala Jalisco`).
    public var time: String?
    public var room: String?
    /// The language of the session's rapporteur template (`en`, `es`, `fr`; default the meeting's).
    public var language: String?
    /// The section ids its template offers (default: every section of the meeting).
    public var sections: [String] = []
    public var span: SourceSpan

    public init(id: String, day: Int, kind: SessionKind, title: String, table: Int? = nil, round: Int? = nil,
                acts: [String] = [], rule: SessionRule, sectors: [Sector] = [], seats: [String] = [],
                clearanceCap: Clearance? = nil, facilitator: String? = nil, span: SourceSpan) {
        self.id = id; self.day = day; self.kind = kind; self.title = title; self.table = table
        self.round = round; self.acts = acts; self.rule = rule; self.sectors = sectors; self.seats = seats
        self.clearanceCap = clearanceCap; self.facilitator = facilitator; self.span = span
    }
}
