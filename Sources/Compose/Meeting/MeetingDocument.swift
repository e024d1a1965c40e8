import Document

/// The page set-up and metadata every meeting output shares: the template's page in the output's
/// language, on the meeting's paper, duplex as the meeting prints (single-sided for tent cards),
/// the meeting's title in the footer, a short running head, the draft label, and metadata titled
/// "<meeting> — <kind of document>".
enum MeetingDocument {
    static func make(facts: MeetingFacts, texts: OutputTexts, kind: String, header: String?, blocks: [Block],
                     date: DocumentDate, draftLabel: String?, singleSided: Bool = false) -> Document {
        var page = texts.template.page(for: facts.language)
        page.paper = PaperChoice.paper(facts.paper)
        page.duplex = singleSided ? false : facts.duplex
        page.footerText = facts.title
        if let header { page.headerText = header }
        page.draftLabel = draftLabel
        let metadata = Metadata(title: "\(facts.title) — \(kind)", author: facts.organiser ?? "",
                                subject: texts("subject"), date: date, language: facts.language)
        return Document(metadata: metadata, template: page, blocks: blocks)
    }
}
