import Digest
import Document
import Disclosure
import Model

/// The post-meeting report (SPEC 4, public): cover, contents, the meeting and its process, one
/// chapter per act with numbered paragraphs, cross-cutting themes, where the input came from,
/// participation, the organisations listed with consent, and the annexes (ReportComposer+Annexes).
public struct ReportComposer: MeetingComposer, Sendable {
    let parts: MeetingComposition

    /// The report of the public view.
    public init(view: Cleared<PublicReaders>, template: OutputTemplate) {
        self.init(facts: MeetingFacts(view: view), digest: MeetingDigest(view: view), template: template)
    }

    init(facts: MeetingFacts, digest: MeetingDigest, template: OutputTemplate) {
        parts = MeetingComposition(facts: facts, digest: digest, template: template)
    }

    public func compose(date: DocumentDate, draftLabel: String? = nil) -> Document {
        var blocks: [Block] = [CoverBlock.make(facts: facts, texts: texts, kind: texts("kind"), marking: texts("marking"))]
        blocks.append(Block(.tableOfContents(TableOfContents(title: template.labels(facts.language).contents,
                                                             depth: template.contentsDepth ?? 2))))
        // Paragraphs are numbered through the report (1, 2, 3 …), as the UN numbers its reports, so
        // that "3.6" only ever names a target.
        var paragraph = 0
        var body = meetingChapter(numbering: &paragraph)
        var leads: [(act: Act, message: RecurringMessage, paragraph: Int)] = []
        for act in digest.acts {
            // The act's key messages come first in its chapter, the most widely raised first.
            if let top = act.messages.first { leads.append((act.act, top, paragraph + 1)) }
            body += actChapter(act, numbering: &paragraph)
        }
        blocks += executiveSummary(leads: leads)
        blocks += body
        blocks += crossCuttingChapter()
        blocks += ReportFigures(facts: facts, digest: digest, texts: texts).inputChapter()
        blocks += ReportFigures(facts: facts, digest: digest, texts: texts).participationChapter()
        blocks += organisationsChapter()
        blocks += outcomesChapter()
        blocks += acronymsChapter(printedIn: blocks)
        blocks += programmeChapter()
        blocks += methodChapter()
        return MeetingDocument.make(facts: facts, texts: texts, kind: texts("kind"), header: texts("kind"), blocks: blocks,
                                    date: date, draftLabel: draftLabel)
    }

    func meetingChapter(numbering paragraph: inout Int) -> [Block] {
        var blocks: [Block] = [.heading(1, [.text(texts("meeting_heading"))])]
        blocks.append(.paragraph(texts("meeting_intro", ["title": facts.title, "venue": facts.venue ?? "",
                                                         "dates": DateRange.text(facts.dates, language: facts.language)])))
        if !digest.general.isEmpty {
            blocks.append(.heading(2, [.text(texts("general_heading"))]))
            for m in digest.general {
                paragraph += 1
                blocks += messages.blocks(m, number: "\(paragraph)")
            }
        }
        return blocks
    }

    func actChapter(_ act: ActDigest, numbering paragraph: inout Int) -> [Block] {
        var blocks: [Block] = [.heading(1, [.text(texts.actTitle(act.act.id, act.act.title))])]
        let first = paragraph
        func numbered(_ list: [RecurringMessage]) -> [Block] {
            var out: [Block] = []
            for m in list {
                paragraph += 1
                out += messages.blocks(m, number: "\(paragraph)")
            }
            return out
        }
        if !act.targets.isEmpty {
            blocks.append(Block(.box(BoxBlock(.shaded, [.paragraph([.strong([.text(texts("targets_heading"))])])] + act.targets.map { t in
                var runs: [Run] = [.strong([.text(t.target.id)]), .text(" " + t.target.text)]
                if let timeline = t.target.timeline { runs.append(.text(" ")); runs.append(.tag(texts("timeline", ["t": TableBox.timelineLabel(timeline, texts)]))) }
                return .paragraph(runs)
            }))))
        }
        let sections: [(String, [RecurringMessage])] = [
            ("messages_heading", act.messages), ("language_heading", act.language),
            ("compacts_heading", act.compacts), ("tables_heading", act.tables), ("discussion_heading", act.discussion),
        ]
        for (key, list) in sections.prefix(1) where !list.isEmpty {
            blocks.append(.heading(2, [.text(texts(key))])); blocks += numbered(list)
        }
        if !act.specificities.isEmpty {
            blocks.append(.heading(2, [.text(texts("specificities_heading"))]))
            for spec in act.specificities {
                blocks.append(.heading(3, [.text(spec.region?.name ?? texts("no_region"))]))
                blocks += numbered(spec.messages)
            }
        }
        for (key, list) in sections.dropFirst() where !list.isEmpty {
            blocks.append(.heading(2, [.text(texts(key))])); blocks += numbered(list)
        }
        if paragraph == first { blocks.append(.paragraph([.emphasis([.text(texts("act_no_input"))])])) }
        return blocks
    }

    func crossCuttingChapter() -> [Block] {
        let themes = digest.crossCutting.filter { $0.total > 0 }
        guard !themes.isEmpty else { return [] }
        var blocks: [Block] = [.heading(1, [.text(texts("crosscutting_heading"))]), .paragraph(texts("crosscutting_intro"))]
        let rows: [[[Run]]] = themes.map { theme in
            [[.text(theme.tag)], [.text("\(theme.total)")],
             [.text(theme.acts.map { texts("act_short", ["n": $0.tag]) + " (\($0.count))" }.joined(separator: ", "))]]
        }
        blocks.append(Block(.table(Table(columns: [TableColumn(width: 2), TableColumn(width: 1, alignment: .trailing), TableColumn(width: 5)],
                                         header: [[.text(texts("col_theme"))], [.text(texts("col_items"))], [.text(texts("col_acts"))]],
                                         rows: rows))))
        return blocks
    }

    func organisationsChapter() -> [Block] {
        let orgs = digest.participation.listedOrganisations
        guard !orgs.isEmpty else { return [] }
        return [.heading(1, [.text(texts("organisations_heading"))]), .paragraph(texts("organisations_intro")),
                Block(.list(ListBlock(items: orgs.map { ListItem([.text($0)]) })), provenance: .consentedList)]
    }
}

/// Which rule an item's text came under, for the leak gate's record of drawn blocks.
enum ItemProvenance {
    static func of(_ item: ClearedItem) -> Provenance { item.rule == .chathamHouse ? .chathamHouse : .onRecord }
}


extension Provenance {
    /// The organisations listed with their participants' consent: named on purpose.
    public static let consentedList: Provenance = "consented-list"
}
