import Digest
import Document
import Disclosure
import Model

/// A government delegation's briefing pack (SPEC 4, government audience, in the delegation's
/// language): cover with the delegation's name, how the small tables work, one chapter per table
/// it sits at (act, targets, civil society's key messages, regional specificities and questions),
/// and the acts with their targets as an annex.
public struct BriefingComposer: MeetingComposer, Sendable {
    let parts: MeetingComposition

    /// The packs of the government view: they draw on regional outcomes and the sessions of the
    /// days before the tables. The digest is built once and shared by every delegation's pack;
    /// `inLanguage` gives the composer of one pack's language.
    public init(view: Cleared<GovernmentReaders>, template: OutputTemplate) {
        let firstTableDay = view.sessions.filter { $0.kind == .table }.map(\.day).min() ?? Int.max
        let days = Dictionary(view.sessions.map { ($0.id, $0.day) }, uniquingKeysWith: { a, _ in a })
        let digest = MeetingDigest(view: view, including: { item in
            guard let session = item.session else { return true }
            return (days[session] ?? Int.max) < firstTableDay
        })
        self.init(facts: MeetingFacts(view: view), digest: digest, template: template)
    }

    /// The same packs, with their fixed texts in `language` (a delegation's `language`).
    public func inLanguage(_ language: String) -> BriefingComposer {
        var facts = self.facts
        facts.language = language
        return BriefingComposer(facts: facts, digest: digest, template: template)
    }

    init(facts: MeetingFacts, digest: MeetingDigest, template: OutputTemplate) {
        parts = MeetingComposition(facts: facts, digest: digest, template: template)
    }

    /// The pack of `delegation`, named on the cover by its state in the pack's language
    /// ("la delegación de México"), or by its organisation when the state is unknown; `tables`
    /// are the table sessions it is seated at.
    public func compose(delegation: DelegationInfo, tables: [SessionInfo], date: DocumentDate, draftLabel: String? = nil) -> Document {
        let name = delegation.stateID.flatMap { StateGazetteer.shared.state(id: $0) }
            .map { texts("delegation_of", ["state": $0.name(in: facts.language)]) } ?? delegation.name
        return compose(name: name, state: delegation.stateID, tables: tables, date: date, draftLabel: draftLabel)
    }

    func compose(name delegation: String, state: String? = nil, tables: [SessionInfo], date: DocumentDate, draftLabel: String?) -> Document {
        var blocks: [Block] = [CoverBlock.make(facts: facts, texts: texts, kind: texts("kind", ["delegation": delegation]),
                                               marking: texts("marking"))]
        blocks.append(Block(.tableOfContents(TableOfContents(title: template.labels(facts.language).contents, depth: 1))))
        // On the contents page: a chapter of its own left a page nearly empty (issue 10).
        blocks.append(.heading(2, [.text(texts("how_heading"))]))
        blocks.append(.paragraph(texts("how_text", ["n": "\(tables.count)"])))
        // The rounds a delegation sits at the same table, on the same acts, share one chapter (its
        // box lists every round): the content is the same, and a pack stays short.
        var chapters: [[SessionInfo]] = []
        for table in tables.sorted(by: { ($0.round ?? 0, $0.table ?? 0) < ($1.round ?? 0, $1.table ?? 0) }) {
            if let i = chapters.firstIndex(where: { $0[0].table == table.table && $0[0].acts == table.acts }) {
                chapters[i].append(table)
            } else {
                chapters.append([table])
            }
        }
        for sessions in chapters {
            // Another table in the same slot (day and time) as one of this chapter's: the chapter
            // says so, so that the delegation sends someone to each or chooses.
            let clashes = tables.filter { other in sessions.contains { s in
                s.table != other.table && s.day == other.day && s.time != nil && s.time == other.time } }
            blocks += tableChapter(sessions, state: state, clashes: clashes)
        }
        blocks += annex()
        let kind = texts("kind", ["delegation": delegation])
        return MeetingDocument.make(facts: facts, texts: texts, kind: kind, header: kind, blocks: blocks,
                                    date: date, draftLabel: draftLabel)
    }

    /// One table's chapter, for the rounds (`sessions`) the delegation sits at it.
    func tableChapter(_ sessions: [SessionInfo], state: String? = nil, clashes: [SessionInfo] = []) -> [Block] {
        let table = sessions[0]
        let label: String
        if sessions.count == 1 {
            label = texts("table_round", ["t": "\(table.table ?? 0)", "r": "\(table.round ?? 0)"])
        } else {
            let rounds = sessions.map { "\($0.round ?? 0)" }
            let list = rounds.dropLast().joined(separator: ", ") + texts("and") + rounds.last!
            label = texts("table_rounds", ["t": "\(table.table ?? 0)", "r": list])
        }
        var blocks: [Block] = [.heading(1, [.text(label)])]
        for actID in table.acts {
            guard let act = digest.acts.first(where: { $0.act.id == actID }) else { continue }
            blocks.append(TableBox.make(tables: sessions, act: act.act, texts: texts))
            if !clashes.isEmpty {
                let others = clashes.map { texts("table_round", ["t": "\($0.table ?? 0)", "r": "\($0.round ?? 0)"]) }
                // "A, B and C": commas, the language's "and" before the last.
                let list = others.count <= 2 ? others.joined(separator: texts("and"))
                    : others.dropLast().joined(separator: ", ") + texts("and") + others[others.count - 1]
                blocks.append(.paragraph([.strong([.text(texts("clash", ["other": list]))])]))
            }
            // The questions first (what the delegation will be asked), a question put to another
            // named state left out: it is that state's alone (SPEC 4).
            let questions = act.questions.filter { m in m.lead.addressedTo.isEmpty || state.map(m.lead.addressedTo.contains) == true }
            let lists: [(String, [RecurringMessage])] = [
                ("questions_heading", questions),
                ("messages_heading", act.messages),
                ("specificities_heading", act.specificities.flatMap(\.messages)),
                ("language_heading", act.language), ("compacts_heading", act.compacts),
                ("discussion_heading", act.discussion),
            ]
            // A chapter with no questions says so: the delegation should not look for them.
            if questions.isEmpty {
                blocks.append(.heading(2, [.text(texts("questions_heading"))]))
                blocks.append(.paragraph([.emphasis([.text(texts("no_questions"))])]))
            }
            for (key, list) in lists where !list.isEmpty {
                blocks.append(.heading(2, [.text(texts(key))]))
                if key == "specificities_heading" {
                    for spec in act.specificities {
                        blocks.append(.heading(3, [.text(spec.region?.name ?? texts("no_region"))]))
                        blocks.append(messages.bulletList(spec.messages))
                    }
                } else {
                    blocks.append(messages.bulletList(list))
                }
            }
        }
        return blocks
    }

    func annex() -> [Block] {
        var blocks: [Block] = [.heading(1, [.text(texts("annex_heading"))])]
        for act in facts.acts {
            blocks.append(.heading(2, [.text(texts.actTitle(act.id, act.title))]))
            if !act.targets.isEmpty {
                blocks.append(Block(.list(ListBlock(items: act.targets.map { t in
                    var runs: [Run] = [.strong([.text(t.id)]), .text(" " + t.text)]
                    if let timeline = t.timeline { runs += [.text(" "), .tag(texts("timeline", ["t": TableBox.timelineLabel(timeline, texts)]))] }
                    return ListItem(runs)
                }))))
            }
        }
        return blocks
    }
}

/// The shaded box that opens a table's chapter or handout: table, round, day, act and targets.
enum TableBox {
    static func make(table: SessionInfo, act: Act, texts: OutputTexts, showsAct: Bool = true) -> Block {
        make(tables: [table], act: act, texts: texts, showsAct: showsAct)
    }

    /// A target's timeline in the document's language: the keyword `now` translated, a date or a
    /// phrase of the meeting's as written.
    static func timelineLabel(_ timeline: String, _ texts: OutputTexts) -> String {
        timeline.lowercased() == "now" ? texts("timeline_now") : timeline
    }

    /// The box for one table over several rounds: a line per round with its day, time and room;
    /// the act (unless the page's heading already names it) and its targets.
    static func make(tables: [SessionInfo], act: Act, texts: OutputTexts, showsAct: Bool = true) -> Block {
        var lines: [Block] = tables.map { table in
            let when = [texts("day", ["d": "\(table.day)"]), table.time, table.room].compactMap { $0 }
            return .paragraph([.strong([.text(texts("table_round", ["t": "\(table.table ?? 0)", "r": "\(table.round ?? 0)"]))]),
                               .text(" · " + when.joined(separator: " · "))])
        }
        if showsAct { lines.append(.paragraph([.strong([.text(texts.actTitle(act.id, act.title))])])) }
        for t in act.targets {
            var runs: [Run] = [.text(t.id + " " + t.text)]
            if let timeline = t.timeline { runs += [.text(" "), .tag(texts("timeline", ["t": timelineLabel(timeline, texts)]))] }
            lines.append(.paragraph(runs))
        }
        return Block(.box(BoxBlock(.shaded, lines)))
    }
}
