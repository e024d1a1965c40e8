import Digest
import Disclosure
import Document
import Model

/// The report's parts around the act chapters (SPEC 4): the executive summary, the outcome
/// documents received, the acronyms used, the programme, and a note on method that says only
/// what is true of this meeting.
extension ReportComposer {
    /// Per act, its most widely raised key message: its first sentence, and the paragraph that
    /// holds it whole. Not an item block: the item is printed (and placed) once, in its chapter.
    func executiveSummary(leads: [(act: Act, message: RecurringMessage, paragraph: Int)]) -> [Block] {
        guard !leads.isEmpty else { return [] }
        var blocks: [Block] = [.heading(1, [.text(texts("summary_heading"))]), .paragraph(texts("summary_intro"))]
        for lead in leads {
            let text = lead.message.lead.plainText
            let first = SentenceContext.sentences(text).first ?? text
            var runs: [Run] = [.strong([.text(texts("act_short", ["n": lead.act.id]))]), .text("\u{2003}")]
            runs += Typographic.apply([.text(first)], language: lead.message.lead.language.rawValue)
            if let tag = messages.recurrenceTag(lead.message.recurrence) { runs += [.text(" "), .tag(tag)] }
            runs.append(.text(" " + texts("paragraph_ref", ["n": "\(lead.paragraph)"])))
            // The gate reads it under the rule of the item it quotes.
            blocks.append(Block(.paragraph(runs), span: lead.message.lead.span, provenance: ItemProvenance.of(lead.message.lead)))
        }
        return blocks
    }

    /// The outcome documents received, in the order of the regions, and the regions whose
    /// document was not received.
    func outcomesChapter() -> [Block] {
        var blocks: [Block] = [.heading(1, [.text(texts("outcomes_heading"))])]
        let order = Dictionary(facts.regions.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        let received = facts.outcomes.sorted { (order[$0.region] ?? .max, $0.path) < (order[$1.region] ?? .max, $1.path) }
        if received.isEmpty {
            blocks.append(.paragraph(texts("outcomes_none")))
        } else {
            blocks.append(.paragraph(texts(received.count == 1 ? "outcomes_intro_one" : "outcomes_intro", ["n": "\(received.count)"])))
            blocks.append(Block(.table(Table(
                columns: [TableColumn(width: 2), TableColumn(width: 4), TableColumn(width: 2)],
                header: [[.text(texts("col_region"))], [.text(texts("col_process"))], [.text(texts("col_dates"))]],
                rows: received.map { o in
                    [[.text(facts.region(o.region)?.name ?? o.region)], [.text(o.process ?? texts("regional_consultation"))],
                     [.text(o.dates.isEmpty ? "—" : DateRange.text(o.dates, language: facts.language))]]
                }))))
        }
        let missing = facts.regions.filter { r in !facts.outcomes.contains { $0.region == r.id } }
        if !missing.isEmpty {
            blocks.append(.paragraph(texts("outcomes_missing", ["regions": missing.map(\.name).joined(separator: ", ")])))
        }
        return blocks
    }

    /// The acronyms of meeting.yaml that the report prints, alphabetically.
    func acronymsChapter(printedIn blocks: [Block]) -> [Block] {
        var words = Set<String>()
        func collect(_ runs: [Run]) {
            for w in runs.plainText.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "&" }) { words.insert(String(w)) }
        }
        func walk(_ blocks: [Block]) {
            for b in blocks {
                switch b.content {
                case .heading(_, let r), .paragraph(let r): collect(r)
                case .list(let l): l.items.forEach { walk($0.blocks) }
                case .box(let box): walk(box.blocks)
                case .table(let t): (t.header + t.rows.flatMap { $0 }).forEach(collect)
                default: break
                }
            }
        }
        walk(blocks)
        let used = facts.acronyms.filter { words.contains($0.short) }.sorted { $0.short < $1.short }
        guard !used.isEmpty else { return [] }
        return [.heading(1, [.text(texts("acronyms_heading"))]),
                Block(.table(Table(columns: [TableColumn(width: 1), TableColumn(width: 5)],
                                   header: [[.text(texts("col_acronym"))], [.text(texts("col_meaning"))]],
                                   rows: used.map { [[.strong([.text($0.short)])], [.text($0.expansion)]] })))]
    }

    /// The programme: every session in meeting.yaml's order, with its day, time and room.
    func programmeChapter() -> [Block] {
        guard !facts.sessions.isEmpty else { return [] }
        let rows: [[[Run]]] = facts.sessions.map { s in
            [[.text(texts("day_label", ["n": "\(s.day)"]))], [.text(s.time ?? "")], [.text(s.room ?? "")], [.text(s.title)]]
        }
        return [.heading(1, [.text(texts("programme_heading"))]),
                Block(.table(Table(columns: [TableColumn(width: 1), TableColumn(width: 1.3), TableColumn(width: 1.6), TableColumn(width: 6)],
                                   header: [[.text(texts("col_day"))], [.text(texts("col_time"))], [.text(texts("col_room"))],
                                            [.text(texts("col_session"))]],
                                   rows: rows)), provenance: .template)]
    }

    /// What was done, counted from the meeting: sessions with notes, outcomes received and not,
    /// which sessions were on the record, how points were grouped, how small groups were folded.
    func methodChapter() -> [Block] {
        let sessions = facts.sessions
        let noted = sessions.filter { facts.notedSessions.contains($0.id) }.count
        let chatham = sessions.filter { $0.rule == .chathamHouse }.count
        var sentences: [String] = []
        sentences.append(texts(noted == sessions.count ? "method_notes_all" : "method_notes_some",
                               ["k": "\(noted)", "n": "\(sessions.count)"]))
        let received = facts.outcomes.count
        let missing = facts.regions.filter { r in !facts.outcomes.contains { $0.region == r.id } }.count
        if received == 0 {
            sentences.append(texts("method_outcomes_none"))
        } else {
            sentences.append(texts(missing == 0 ? "method_outcomes_all" : "method_outcomes_some",
                                   ["n": "\(received)", "k": "\(missing)"]))
        }
        if chatham == sessions.count {
            sentences.append(texts("method_chatham_all"))
        } else if chatham > 0 {
            sentences.append(texts("method_chatham_some", ["k": "\(chatham)", "n": "\(sessions.count)"]))
        } else {
            sentences.append(texts("method_chatham_none"))
        }
        sentences.append(texts("method_acts"))
        var blocks: [Block] = [.heading(1, [.text(texts("method_heading"))]),
                               .paragraph(sentences.joined(separator: " "))]
        if chatham > 0 {
            blocks.append(Block(.box(BoxBlock(.quote, [.paragraph([.emphasis([.text(texts("chatham_rule"))])])]))))
        }
        blocks.append(.paragraph(texts("method_grouping")))
        return blocks
    }
}

