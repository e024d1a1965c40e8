import Digest
import Document
import Disclosure
import Model

/// A small table's handout (government) and the facilitator's sheet (internal): table, round, act
/// and targets, the questions civil society will put (never the rapporteurs' prompts), civil society's key messages and a ruled notes area; the
/// sheet adds everyone seated, the governments among them, and civil society's strategy on the act.
public struct HandoutComposer: MeetingComposer, Sendable {
    /// Messages a handout prints at most, most widely raised first, so that it fits two sides.
    public static let maximumMessages = 6

    let parts: MeetingComposition
    /// Facilitator sheets only: the items cleared for civil society alone that no strategy or
    /// questions list holds — an act's other internal notes, and those naming no act, which are
    /// for every table — so that no internal item is left out of every output (SPEC 4).
    let internalNotes: [ClearedItem]

    /// The digest of each round of tables ("day-round"): a handout is printed before its table
    /// sits, so it draws on regional outcomes and the sessions before its round — the days
    /// before, that day's earlier sessions in the programme, the earlier rounds' tables — never
    /// on notes written at the same round's tables.
    let rounds: [String: MeetingDigest]
    /// Whether an item was written before a round's tables sat, by the round's key.
    let before: [String: @Sendable (ClearedItem) -> Bool]

    /// Handouts, from the government view.
    public init(view: Cleared<GovernmentReaders>, template: OutputTemplate) {
        let (rounds, before) = Self.rounds(view)
        self.init(facts: MeetingFacts(view: view), rounds: rounds, before: before, template: template)
    }

    /// Facilitator sheets, from the internal view.
    public init(view: Cleared<InternalReaders>, template: OutputTemplate) {
        let (rounds, before) = Self.rounds(view)
        self.init(facts: MeetingFacts(view: view), rounds: rounds, before: before, template: template,
                  internalNotes: view.items.filter {
                      $0.clearance == .internal && $0.role != .logistics
                          && ($0.acts.isEmpty || ($0.role != .strategy && $0.role != .questions))
                  })
    }

    init(facts: MeetingFacts, rounds: [String: MeetingDigest], before: [String: @Sendable (ClearedItem) -> Bool],
         template: OutputTemplate, internalNotes: [ClearedItem] = []) {
        parts = MeetingComposition(facts: facts, digest: rounds[rounds.keys.sorted()[0]]!, template: template)
        self.rounds = rounds
        self.before = before
        self.internalNotes = internalNotes
    }

    static func roundKey(_ s: SessionInfo) -> String {
        TableRounds.key(TableRounds.Slot(id: s.id, day: s.day, isTable: true, round: s.round))
    }

    /// One digest per round of tables, each of what was written before that round sat
    /// (`TableRounds`, the rule placements.csv and the coverage warnings follow too).
    static func rounds<A>(_ view: Cleared<A>) -> ([String: MeetingDigest], [String: @Sendable (ClearedItem) -> Bool]) {
        let programme = TableRounds(view.sessions.map { TableRounds.Slot(id: $0.id, day: $0.day, isTable: $0.kind == .table, round: $0.round) })
        var digests: [String: MeetingDigest] = [:]
        var predicates: [String: @Sendable (ClearedItem) -> Bool] = [:]
        for round in programme.rounds {
            let earlier: @Sendable (ClearedItem) -> Bool = { item in
                guard let id = item.session else { return true }
                return programme.session(id, isBefore: round)
            }
            digests[round.key] = MeetingDigest(view: view, including: earlier)
            predicates[round.key] = earlier
        }
        // No tables, no handouts: an empty digest keeps the composer whole.
        if digests.isEmpty { digests["none"] = MeetingDigest(view: view, including: { _ in false }) }
        return (digests, predicates)
    }

    /// One person at the table, as the facilitator sheet introduces them.
    public struct Seat: Hashable, Sendable {
        public var name: String
        public var affiliation: String
        public var isGovernment: Bool
        /// The table's facilitator, marked in the list.
        public var isFacilitator: Bool
        public init(name: String, affiliation: String, isGovernment: Bool, isFacilitator: Bool = false) {
            self.name = name; self.affiliation = affiliation; self.isGovernment = isGovernment
            self.isFacilitator = isFacilitator
        }
    }

    /// The handout; with `seats` (internal only) the facilitator sheet.
    public func compose(table: SessionInfo, seats: [Seat]? = nil, date: DocumentDate, draftLabel: String? = nil) -> Document {
        let label = texts("table_round", ["t": "\(table.table ?? 0)", "r": "\(table.round ?? 0)"])
        let digest = rounds[Self.roundKey(table)] ?? self.digest
        let earlier = before[Self.roundKey(table)] ?? { _ in true }
        var blocks: [Block] = []
        for actID in table.acts {
            guard let act = digest.acts.first(where: { $0.act.id == actID }) else { continue }
            blocks.append(.heading(1, [.text(texts.actTitle(act.act.id, act.act.title))]))
            blocks.append(TableBox.make(table: table, act: act.act, texts: texts, showsAct: false))
            // What governments are asked at the table: the items of `questions` sections. Section
            // prompts are for rapporteurs and are never printed for governments (SPEC 1).
            // A question put to one named state is for that state's pack alone, never the table's.
            let questions = Array(act.questions.filter { $0.lead.addressedTo.isEmpty }.prefix(Self.maximumMessages))
            blocks.append(.heading(2, [.text(texts("questions_guiding"))]))
            // None sent: the handout says so rather than leave the table without the heading.
            blocks.append(questions.isEmpty ? .paragraph(texts("questions_none")) : messages.bulletList(questions))
            let top = Array(act.messages.prefix(Self.maximumMessages))
            if !top.isEmpty {
                blocks.append(.heading(2, [.text(texts("messages_heading"))]))
                blocks.append(messages.bulletList(top))
            }
            if let seats { blocks += facilitatorPart(act, seats: seats, earlier: earlier) }
        }
        // Civil society's notes that name no act: for every table.
        let everyTable = internalNotes.filter { $0.acts.isEmpty && earlier($0) }
        if seats != nil, !everyTable.isEmpty {
            blocks.append(.heading(1, [.text(texts("every_table_heading"))]))
            blocks.append(messages.subList(everyTable))
        }
        if seats == nil {
            blocks.append(.heading(2, [.text(texts("notes_heading"))]))
            blocks.append(Block(.ruledArea(minimumFraction: Self.notesFraction)))
        }
        return MeetingDocument.make(facts: facts, texts: texts, kind: texts("kind", ["label": label]), header: label,
                                    blocks: blocks, date: date, draftLabel: draftLabel)
    }

    /// The least share of a page the notes area takes (STYLE: "at least a third of a page").
    static let notesFraction = 1.0 / 3

    func facilitatorPart(_ act: ActDigest, seats: [Seat], earlier: (ClearedItem) -> Bool) -> [Block] {
        var blocks: [Block] = [.heading(2, [.text(texts("seated_heading"))])]
        blocks.append(Block(.table(Table(columns: [TableColumn(width: 1), TableColumn(width: 1)],
                                         header: [[.text(texts("col_name"))], [.text(texts("col_affiliation"))]],
                                         rows: seats.map { seat in
                                             [[.text(seat.name)] + (seat.isFacilitator ? [.tag(texts("facilitator_mark"))] : []),
                                              [.text(seat.affiliation)]]
                                         }))))
        let governments = Array(Set(seats.filter(\.isGovernment).map(\.affiliation))).sorted()
        blocks.append(.heading(2, [.text(texts("governments_heading"))]))
        blocks.append(governments.isEmpty ? .paragraph(texts("no_governments"))
                      : Block(.list(ListBlock(items: governments.map { ListItem([.text($0)]) }))))
        blocks.append(.heading(2, [.text(texts("strategy_heading"))]))
        blocks.append(act.strategy.isEmpty ? .paragraph([.emphasis([.text(texts("no_strategy"))])]) : messages.bulletList(act.strategy))
        let others = internalNotes.filter { $0.acts.first == act.act.id && earlier($0) }
        if !others.isEmpty {
            blocks.append(.heading(2, [.text(texts("other_notes_heading"))]))
            blocks.append(messages.subList(others))
        }
        // Questions beyond those the handout part prints.
        let open = act.questions.filter { $0.lead.addressedTo.isEmpty }
        if open.count > Self.maximumMessages {
            blocks.append(.heading(2, [.text(texts("questions_heading"))]))
            blocks.append(messages.bulletList(Array(open.dropFirst(Self.maximumMessages))))
        }
        return blocks
    }
}
