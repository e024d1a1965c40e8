/// The rounds of small tables in programme order, and what was written before each (SPEC 4: a
/// handout or facilitator sheet is printed before its round sits). A session is before a round
/// when it is on an earlier day; on the round's day, when it is a table of an earlier round, or
/// any other session standing before the round's first table in meeting.yaml. One rule for the
/// handouts, the coverage warnings and placements.csv.
public struct TableRounds: Sendable {
    /// A session as the rule sees it.
    public struct Slot: Sendable {
        public var id: String, day: Int, isTable: Bool, round: Int?
        public init(id: String, day: Int, isTable: Bool, round: Int?) {
            self.id = id; self.day = day; self.isTable = isTable; self.round = round
        }
    }

    /// A round: its day and number, where its first table stands in the programme.
    public struct Round: Sendable {
        public var key: String, day: Int, number: Int, first: Int
    }

    public let rounds: [Round]
    private let index: [String: Int]
    private let slots: [String: Slot]

    /// `sessions` in meeting.yaml's order.
    public init(_ sessions: [Slot]) {
        index = Dictionary(sessions.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        slots = Dictionary(sessions.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var byKey: [String: Round] = [:]
        for (i, t) in sessions.enumerated() where t.isTable {
            let key = Self.key(t)
            byKey[key] = Round(key: key, day: t.day, number: t.round ?? 0, first: min(byKey[key]?.first ?? Int.max, i))
        }
        rounds = byKey.values.sorted { $0.first < $1.first }
    }

    public init(_ meeting: Meeting) {
        self.init(meeting.sessions.map { Slot(id: $0.id, day: $0.day, isTable: $0.kind == .table, round: $0.round) })
    }

    /// The round a table session sits in ("2-1").
    public static func key(_ table: Slot) -> String { "\(table.day)-\(table.round ?? 0)" }

    /// Whether session `id` comes before `round`; a session the programme does not know is read
    /// as a regional outcome is, before every round.
    public func session(_ id: String, isBefore round: Round) -> Bool {
        guard let s = slots[id] else { return true }
        if s.day != round.day { return s.day < round.day }
        if s.isTable { return (s.round ?? 0) < round.number }
        return (index[id] ?? Int.max) < round.first
    }

    /// Whether what was written at session `id` can still reach some round's handouts.
    public func precedesARound(_ id: String) -> Bool { rounds.contains { session(id, isBefore: $0) } }

    /// The first day with tables.
    public var firstDay: Int { rounds.map(\.day).min() ?? Int.max }
}
