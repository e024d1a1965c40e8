import Compose
import Diagnostics
import Disclosure
import Document
import Model

/// Decides which outputs a meeting has (SPEC 4) and how each one's document is composed from the
/// view of its audience: the report from the public view, briefing packs and handouts from the
/// government view, facilitator sheets from the internal view. Nothing is composed here: each
/// output carries a closure the render workers call, and composers shared by several outputs
/// (with their digests) are built once, by the first worker that needs one. The plan lists the
/// report first, the largest document, so that it starts first.
struct OutputPlanner {
    let disclosure: Disclosure
    let templates: MeetingTemplates
    let date: DocumentDate
    let draftLabel: String?
    /// Meeting files by what they feed: everything before the tables, or a table's own notes.
    let preTableInputs: Set<String>

    func plan() -> [PlannedOutput] {
        var outputs: [PlannedOutput] = []
        let (templates, date, draftLabel) = (self.templates, self.date, self.draftLabel)
        let publicView = disclosure.cleared(for: PublicReaders.self)
        outputs.append(PlannedOutput(path: "public/report.pdf", audience: .public, kind: .report, compose: {
            ReportComposer(view: publicView, template: templates.report).compose(date: date, draftLabel: draftLabel)
        }, inputs: nil))

        let government = disclosure.cleared(for: GovernmentReaders.self)
        let tables = government.sessions.filter { $0.kind == .table }
        let briefings = SharedOnce { BriefingComposer(view: government, template: templates.briefing) }
        for delegation in government.delegations {
            let seated = tables.filter { delegation.sessions.contains($0.id) }
            outputs.append(PlannedOutput(path: "government/briefing/\(delegation.fileStem).pdf", audience: .government,
                                         kind: .briefing, compose: {
                briefings.value.inLanguage(delegation.language)
                    .compose(delegation: delegation, tables: seated, date: date, draftLabel: draftLabel)
            }, inputs: preTableInputs, ownState: delegation.stateID, source: delegation.name))
        }
        let handouts = SharedOnce { HandoutComposer(view: government, template: templates.handout) }
        for table in tables {
            outputs.append(PlannedOutput(path: "government/handouts/" + FileName.table(table.table ?? 0, round: table.round ?? 0),
                                         audience: .government, kind: .handouts, compose: {
                handouts.value.compose(table: table, date: date, draftLabel: draftLabel)
            }, inputs: nil))  // also table notes: their questions and strategy are printed here
        }
        if !tables.isEmpty {
            outputs.append(PlannedOutput(path: "government/handouts/tent-cards.pdf", audience: .government, kind: .handouts,
                                         compose: {
                TentCardComposer(view: government, template: templates.tentCard).compose(date: date, draftLabel: draftLabel)
            }, inputs: ["meeting.yaml"]))
        }
        let internalView = disclosure.cleared(for: InternalReaders.self)
        let sheets = SharedOnce { HandoutComposer(view: internalView, template: templates.facilitator) }
        for table in internalView.sessions where table.kind == .table {
            outputs.append(PlannedOutput(path: "internal/facilitator/" + FileName.table(table.table ?? 0, round: table.round ?? 0),
                                         audience: .internal, kind: .facilitator, compose: {
                let facilitator = internalView.facilitator(of: table.id)?.id
                let seats = internalView.people(presentAt: table.id).map {
                    HandoutComposer.Seat(name: $0.name, affiliation: $0.organisation, isGovernment: $0.isGovernment,
                                         isFacilitator: $0.id == facilitator)
                }
                return sheets.value.compose(table: table, seats: seats, date: date, draftLabel: draftLabel)
            }, inputs: nil))  // also table notes: their questions and strategy are printed here
        }
        return outputs
    }
}
