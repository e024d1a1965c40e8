import Disclosure
import Document
import Model

/// Tent cards (SPEC 4, government): one folded card per small table and round, the table number
/// and act readable from both sides of the fold, printable single-sided. Names no participant.
public struct TentCardComposer: Sendable {
    let facts: MeetingFacts
    let template: OutputTemplate
    let texts: OutputTexts

    public init(view: Cleared<GovernmentReaders>, template: OutputTemplate) {
        facts = MeetingFacts(view: view)
        self.template = template
        texts = OutputTexts(template: template, language: facts.language)
    }

    public func compose(date: DocumentDate, draftLabel: String? = nil) -> Document {
        let tables = facts.sessions.filter { $0.kind == .table }
            .sorted { ($0.round ?? 0, $0.table ?? 0) < ($1.round ?? 0, $1.table ?? 0) }
        let cards = tables.map { table -> Block in
            let act = table.acts.first.flatMap(facts.act)
            let heading = texts("card_heading", ["t": "\(table.table ?? 0)"])
            let title = act.map { texts.actTitle($0.id, $0.title) } ?? table.title
            let round = texts("card_round", ["r": "\(table.round ?? 0)"])
            return Block(.tentCard(TentCard(heading: heading, title: title + "\u{00A0}· " + round.replacingOccurrences(of: " ", with: "\u{00A0}"), foldLabel: texts("fold"))),
                         provenance: .template)
        }
        return MeetingDocument.make(facts: facts, texts: texts, kind: texts("kind"), header: nil, blocks: cards,
                                    date: date, draftLabel: draftLabel, singleSided: true)
    }
}
