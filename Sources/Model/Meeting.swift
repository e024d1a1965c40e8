import Diagnostics

/// A whole meeting folder, read and resolved: the definition of meeting.yaml, the roster, the
/// organisations, the notes and regional outcomes, every item, and who was present where.
public struct Meeting: Hashable, Sendable {
    public var title: String
    public var subtitle: String?
    public var venue: String?
    /// As written (`YYYY-MM-DD`), first day first.
    public var dates: [String]
    public var organiser: String?
    /// `en`, `es` or `fr`: the outputs' own labels.
    public var language: String
    public var paper: Paper
    public var duplex: Bool
    /// k of the small-group rule (SPEC 3.3).
    public var minGroup: Int
    public var acts: [Act]
    public var regions: [Region]
    public var tags: [Tag]
    public var sections: [Section]
    public var roles: [Role]
    public var quotas: [Quota]
    public var sessions: [Session]
    public var people: [Person]
    public var organisations: [Organisation]
    public var notes: [Note]
    public var outcomes: [RegionalOutcome]
    /// Every item, in file order (files sorted by path); `items[i].id == i`.
    public var items: [Item]
    /// Roster ids present at each session id: seating.csv, else `seats`, else the sectors.
    public var presence: [String: [String]]
    /// The meeting's own sentences for the templates (`texts:`): language → text key → text, and
    /// where each was written ("en.meeting_intro" → span), for checking the keys against them.
    public var texts: [String: [String: String]] = [:]
    public var textSpans: [String: SourceSpan] = [:]
    /// Acronyms of public bodies and processes the notes use (`acronyms:` of meeting.yaml): the
    /// report lists those it prints, and they are never suspected of naming an organisation.
    public var acronyms: [Acronym] = []
    /// The secretariat's review decisions (`review.yaml`), by key.
    public var decisions: [String: ReviewDecision] = [:]
    public var span: SourceSpan

    public init(title: String, subtitle: String? = nil, venue: String? = nil, dates: [String] = [],
                organiser: String? = nil, language: String = "en", paper: Paper = .a4, duplex: Bool = false,
                minGroup: Int = 3, acts: [Act] = [], regions: [Region] = [], tags: [Tag] = [],
                sections: [Section] = [], roles: [Role] = [], quotas: [Quota] = [], sessions: [Session] = [],
                people: [Person] = [], organisations: [Organisation] = [], notes: [Note] = [],
                outcomes: [RegionalOutcome] = [], items: [Item] = [], presence: [String: [String]] = [:],
                span: SourceSpan) {
        self.title = title; self.subtitle = subtitle; self.venue = venue; self.dates = dates
        self.organiser = organiser; self.language = language; self.paper = paper; self.duplex = duplex
        self.minGroup = minGroup; self.acts = acts; self.regions = regions; self.tags = tags
        self.sections = sections; self.roles = roles; self.quotas = quotas; self.sessions = sessions
        self.people = people; self.organisations = organisations; self.notes = notes
        self.outcomes = outcomes; self.items = items; self.presence = presence; self.span = span
    }
}

/// The paper the PDFs are printed on.
public enum Paper: String, Hashable, Sendable, CaseIterable {
    case a4, letter
}

/// One entry of meeting.yaml's `acronyms:`: `GFMD: Global Forum on Migration and Development`.
public struct Acronym: Hashable, Sendable {
    public var short: String
    public var expansion: String
    public var span: SourceSpan
    public init(short: String, expansion: String, span: SourceSpan) {
        self.short = short; self.expansion = expansion; self.span = span
    }
}
