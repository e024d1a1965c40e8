import Model

/// Who took part, by sector, region and constituency, against the quotas — with every count
/// broken down by region or constituency shown only when at least `min_group` distinct
/// organisations (for governments, states) make it up (SPEC 3.3).
public struct Participation: Hashable, Sendable {
    /// One row of a breakdown.
    public struct Row: Hashable, Sendable {
        public var key: String
        /// Number of people, or nil when the row is below the small-group threshold.
        public var people: Int?
        /// Distinct organisations (or states) behind the row.
        public var units: Int?
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
        let people = context.participants
        func rows(_ key: (DigestContext.Participant) -> String?, suppress: Bool, quotas: [String: Int] = [:]) -> [Row] {
            let grouped = Dictionary(grouping: people.compactMap { p in key(p).map { ($0, p) } }, by: \.0)
            var keys = Set(grouped.keys)
            keys.formUnion(quotas.keys)
            return keys.sorted().map { k in
                let members = grouped[k]?.map(\.1) ?? []
                let units = Set(members.map(\.unit)).count
                let shown = !suppress || units >= context.minGroup || members.isEmpty
                return Row(key: k, people: shown ? members.count : nil, units: shown ? units : nil, quota: quotas[k])
            }
        }
        bySector = rows({ $0.sector.rawValue }, suppress: false)
        byRegion = rows({ $0.region }, suppress: true)
        byConstituency = rows({ $0.sector == .civilSociety ? $0.constituency : nil }, suppress: true,
                              quotas: Dictionary(context.quotas.map { ($0.constituency, $0.seats) }, uniquingKeysWith: { a, _ in a }))
        let civil = people.filter { $0.sector == .civilSociety }
        listedOrganisations = Dictionary(grouping: civil, by: \.organisation)
            .filter { $0.value.allSatisfy(\.listConsent) }.keys.sorted()
    }
}
