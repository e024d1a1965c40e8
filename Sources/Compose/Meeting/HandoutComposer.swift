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

    /// Handouts, from the government view.
    public init(view: Cleared<GovernmentReaders>, template: OutputTemplate) {
        self.init(facts: MeetingFacts(view: view), digest: MeetingDigest(view: view), template: template)
    }

    /// Facilitator sheets, from the internal view.
    public init(view: Cleared<InternalReaders>, template: OutputTemplate) {
        self.init(facts: MeetingFacts(view: view), digest: MeetingDigest(view: view), template: template,
                  internalNotes: view.items.filter {
                      $0.clearance == .internal && $0.role != .logistics
                          && ($0.acts.isEmpty || ($0.role != .strategy && $0.role != .questions))
                  })
    }

    init(facts: MeetingFacts, digest: MeetingDigest, template: OutputTemplate, internalNotes: [ClearedItem] = []) {
        parts = MeetingComposition(facts: facts, digest: digest, template: template)
        self.internalNotes = internalNotes
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
        var blocks: [Block] = []
        for actID in table.acts {
            guard let act = digest.acts.first(where: { $0.act.id == actID }) else { continue }
            blocks.append(.heading(1, [.text(texts.actTitle(act.act.id, act.act.title))]))
            blocks.append(TableBox.make(table: table, act: act.act, texts: texts, showsAct: false))
            // What governments are asked at the table: the items of `questions` sections. Section
            // prompts are for rapporteurs and are never printed for governments (SPEC 1).
            // A question put to one named state is for that state's pack alone, never the table's.
            let questions = Array(act.questions.filter { $0.lead.addressedTo.isEmpty }.prefix(Self.maximumMessages))
            if !questions.isEmpty {
                blocks.append(.heading(2, [.text(texts("questions_guiding"))]))
                blocks.append(messages.bulletList(questions))
            }
            let top = Array(act.messages.prefix(Self.maximumMessages))
            if !top.isEmpty {
                blocks.append(.heading(2, [.text(texts("messages_heading"))]))
                blocks.append(messages.bulletList(top))
            }
            if let seats { blocks += facilitatorPart(act, seats: seats) }
        }
        // Civil society's notes that name no act: for every table.
        let everyTable = internalNotes.filter(\.acts.isEmpty)
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

    func facilitatorPart(_ act: ActDigest, seats: [Seat]) -> [Block] {
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
        let others = internalNotes.filter { $0.acts.first == act.act.id }
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
