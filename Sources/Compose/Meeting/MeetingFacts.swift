import Disclosure
import Model

/// What a meeting output may print about the meeting itself for one audience: title, place and
/// dates, the acts and regions, the sections cleared for that audience (with their prompts) and
/// the sessions without their seats. It names no participant.
public struct MeetingFacts: Hashable, Sendable {
    public var title: String
    public var subtitle: String?
    public var venue: String?
    public var dates: [String]
    public var organiser: String?
    public var language: String
    public var paper: Model.Paper
    public var duplex: Bool
    public var acts: [Act]
    public var regions: [Region]
    public var tags: [Tag]
    /// Sections cleared for the output's audience, in meeting order.
    public var sections: [Section]
    public var sessions: [SessionInfo]
    /// The regional outcome documents received, meeting.yaml's acronyms, the sessions with notes.
    public var outcomes: [RegionalOutcome] = []
    public var acronyms: [Acronym] = []
    public var notedSessions: Set<String> = []

    public init(title: String, subtitle: String?, venue: String?, dates: [String], organiser: String?, language: String,
                paper: Model.Paper, duplex: Bool, acts: [Act], regions: [Region], tags: [Tag], sections: [Section],
                sessions: [SessionInfo]) {
        self.title = title; self.subtitle = subtitle; self.venue = venue; self.dates = dates; self.organiser = organiser
        self.language = language; self.paper = paper; self.duplex = duplex; self.acts = acts; self.regions = regions
        self.tags = tags; self.sections = sections; self.sessions = sessions
    }

    /// The facts an audience's view allows, with the output's language.
    public init<A>(view: Cleared<A>, language: String? = nil) {
        self.init(title: view.title, subtitle: view.subtitle, venue: view.venue, dates: view.dates,
                  organiser: view.organiser, language: language ?? view.language, paper: view.paper,
                  duplex: view.duplex, acts: view.acts, regions: view.regions, tags: view.tags,
                  sections: view.sections, sessions: view.sessions)
        outcomes = view.outcomes
        acronyms = view.acronyms
        notedSessions = view.notedSessions
    }

    public func act(_ id: String) -> Act? { acts.first { $0.id == id } }
    public func region(_ id: String) -> Region? { regions.first { $0.id == id } }

}
