import Disclosure
import Model

/// What aggregation needs to know about the meeting besides its items: the acts, regions, tags
/// and sessions of one audience's view, which regions sent input, and participation counts as
/// the view gives them (small groups already folded, SPEC 3.3). Names of people never enter it.
public struct DigestContext: Sendable {
    public var acts: [Act]
    public var regions: [Region]
    public var tags: [Tag]
    public var sessions: [SessionInfo]
    /// Region ids whose outcome document was received (SPEC 4: the document exists).
    public var regionsReceived: Set<String>
    /// How many outcome documents were received (a global process is a document of its own).
    public var outcomeDocuments: Int
    public var minGroup: Int
    public var language: String
    public var quotas: [Quota]
    public var bySector: [(value: String, people: Int)]
    public var byRegion: [(value: String, people: Int)]
    public var byConstituency: [(value: String, people: Int)]
    public var listedOrganisations: [String]

    /// The context of one audience's view.
    public init<A>(view: Cleared<A>) {
        acts = view.acts
        regions = view.regions
        tags = view.tags
        sessions = view.sessions
        regionsReceived = Set(view.outcomes.map(\.region))
        outcomeDocuments = view.outcomes.count
        minGroup = view.minGroup
        language = view.language
        quotas = view.quotas
        bySector = view.participation(by: .sector)
        byRegion = view.participation(by: .region)
        byConstituency = view.participation(by: .constituency)
        listedOrganisations = view.listedOrganisations
    }

    func session(_ id: String?) -> SessionInfo? { id.flatMap { id in sessions.first { $0.id == id } } }
}
