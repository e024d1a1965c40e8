import Model

/// Who took part, by sector, region and constituency, against the quotas. The counts come from
/// the disclosure view, which folds every value shared by fewer than `min_group` distinct
/// organisations (for governments, states) into `other` (SPEC 3.3).
public struct Participation: Hashable, Sendable {
    /// One row of a breakdown.
    public struct Row: Hashable, Sendable {
        public var key: String
        public var people: Int
        /// The quota for a constituency, when the meeting sets one.
        public var quota: Int?
    }

    public var bySector: [Row]
    public var byRegion: [Row]
    public var byConstituency: [Row]
    /// Organisations all of whose participants consented to be listed, sorted.
    public var listedOrganisations: [String]
    public var minGroup: Int

    init(context: DigestContext) {
        minGroup = context.minGroup
        bySector = context.bySector.map { Row(key: $0.value, people: $0.people) }
        byRegion = context.byRegion.map { Row(key: $0.value, people: $0.people) }
        let quotas = Dictionary(context.quotas.map { ($0.constituency, $0.seats) }, uniquingKeysWith: { a, _ in a })
        var constituencies = context.byConstituency.map { Row(key: $0.value, people: $0.people, quota: quotas[$0.value]) }
        for (key, seats) in quotas.sorted(by: { $0.key < $1.key }) where !constituencies.contains(where: { $0.key == key }) {
            constituencies.append(Row(key: key, people: 0, quota: seats))
        }
        byConstituency = constituencies
        listedOrganisations = context.listedOrganisations
    }
}
