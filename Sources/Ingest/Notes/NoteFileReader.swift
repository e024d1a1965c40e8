import Diagnostics
import Foundation
import Model

/// Reads one note (`notes/**/*.md`) or regional outcome (`regional/**/*.md`): front matter,
/// references, and its items.
struct NoteFileReader {
    let meeting: Meeting
    let index: ReferenceIndex
    let sections: SectionMatcher
    /// Every text a rapporteur template of this meeting puts in guidance, computed once per
    /// meeting (not once per Word file).
    let guidance: Set<String>

    init(meeting: Meeting, index: ReferenceIndex, sections: SectionMatcher) {
        self.meeting = meeting; self.index = index; self.sections = sections
        guidance = RapporteurTemplate.guidanceTexts(of: meeting)
    }

    struct Result {
        var note: Note?
        var outcome: RegionalOutcome?
        var items: [Item]
    }

    func read(_ file: SourceFile, isOutcome: Bool, firstID: Int, diagnostics: inout DiagnosticBag) -> Result {
        let (document, markdownDiagnostics) = MarkdownReader.read(file)
        diagnostics.append(contentsOf: markdownDiagnostics)
        return read(file, document: document, isOutcome: isOutcome, firstID: firstID, diagnostics: &diagnostics)
    }

    /// Reads a Word note or outcome (`.docx`); its diagnostics name the paragraph (as the line, column
    /// 1) and quote the heading above it and its first words (SPEC 1).
    func readWord(path: String, data: Data, isOutcome: Bool, firstID: Int, diagnostics: inout DiagnosticBag) -> Result {
        let guidance = self.guidance
        let reader = WordNoteReader(tags: Set(meeting.tags.map(\.id)), isTemplateGuidance: { guidance.contains($0) })
        var own = DiagnosticBag()
        var result = Result(items: [])
        if let word = reader.read(path: path, data: data, isOutcome: isOutcome, diagnostics: &own) {
            result = read(word.file, document: word.document, isOutcome: isOutcome, firstID: firstID, diagnostics: &own)
            own = Self.locatingParagraphs(own, path: path, context: word.context)
        }
        diagnostics.append(contentsOf: own)
        return result
    }

    /// Column 1 and a quote of the paragraph for every diagnostic inside the Word file `path`.
    static func locatingParagraphs(_ bag: DiagnosticBag, path: String,
                                   context: [Int: (heading: String?, words: String)]) -> DiagnosticBag {
        DiagnosticBag(bag.all.map { d in
            // File-wide diagnostics name no paragraph.
            guard d.span.path == path, d.code != .emptyNote, d.code != .wordContentSkipped || d.span.start.line > 1 else { return d }
            var d = d
            d.span = SourceSpan(path: path, line: d.span.start.line, column: 1)
            // Hints written for Markdown, said the Word way.
            d.hint = d.hint?.replacingOccurrences(of: #"'#{1,6} ([^']*)'"#, with: "'$1' in the style Heading 1",
                                                  options: .regularExpression)
            if let c = context[d.span.start.line], !c.words.isEmpty {
                let under = c.heading.map { " under '\($0)'" } ?? ""
                d.message += " (paragraph \(d.span.start.line)\(under): '\(c.words)')"
            }
            return d
        })
    }

    func read(_ file: SourceFile, document: MarkdownDocument, isOutcome: Bool, firstID: Int,
              diagnostics: inout DiagnosticBag) -> Result {
        let errorsBefore = diagnostics.errorCount
        guard let fm = FrontMatter.read(document, isOutcome: isOutcome, diagnostics: &diagnostics) else {
            return Result(items: [])
        }
        var result = Result(items: [])
        let context: ItemContext
        if isOutcome {
            guard let region = fm.region else { return result }
            index.check(.region, region.value, at: region.span, in: "the front matter", diagnostics: &diagnostics)
            let outcome = RegionalOutcome(path: file.path, region: region.value, process: fm.process, anchors: fm.anchors,
                                          dates: fm.dates, rule: fm.rule ?? .onRecord, span: fm.span)
            result.outcome = outcome
            context = ItemContext(file: file, origin: .outcome(region: region.value, process: fm.process, anchors: fm.anchors, path: file.path),
                                  rule: outcome.rule, cap: fm.clearance, acts: [], regions: [region.value], isOutcome: true)
        } else {
            guard let sessionRef = fm.session else { return result }
            let session = meeting.session(sessionRef.value)
            if session == nil {
                index.check(.session, sessionRef.value, at: sessionRef.span, in: "the front matter", diagnostics: &diagnostics)
            }
            if let r = fm.rapporteur {
                index.check(.person, r.value, at: r.span, in: "the front matter", diagnostics: &diagnostics)
            }
            var acts: [String] = []
            for act in fm.acts where index.check(.act, act.value, at: act.span, in: "the front matter", diagnostics: &diagnostics) {
                if let session, !session.acts.isEmpty, !session.acts.contains(act.value) {
                    diagnostics.error(.actNotInSession, at: act.span,
                                      "act '\(act.value)' is not among the acts of session '\(session.id)' (\(session.acts.joined(separator: ", ")))",
                                      hint: Suggestion.hint(for: act.value, among: session.acts))
                    continue
                }
                acts.append(act.value)
            }
            if fm.acts.isEmpty { acts = session?.acts ?? [] }
            var regions: [String] = []
            for r in fm.regions where index.check(.region, r.value, at: r.span, in: "the front matter", diagnostics: &diagnostics) {
                regions.append(r.value)
            }
            let note = Note(path: file.path, session: sessionRef.value, rapporteur: fm.rapporteur?.value, acts: acts,
                            regions: regions, span: fm.span)
            result.note = note
            context = ItemContext(file: file, origin: .note(session: sessionRef.value, path: file.path),
                                  rule: session?.rule ?? .chathamHouse,
                                  cap: Self.stricter(session?.clearanceCap, fm.clearance), acts: acts,
                                  regions: regions, rapporteur: note.rapporteur, isOutcome: false)
        }
        var builder = ItemBuilder(context: context, meeting: meeting, index: index, sections: sections, firstID: firstID)
        builder.build(document.blocks)
        diagnostics.append(contentsOf: builder.diagnostics)
        result.items = builder.items
        if builder.items.isEmpty && diagnostics.errorCount == errorsBefore {
            let hasContent = document.blocks.contains { if case .heading = $0 { return false }; return true }
            if !hasContent {
                diagnostics.error(.emptyNote, at: .file(file.path),
                                  "\(isOutcome ? "outcome" : "note") has no content under a section heading")
            }
        }
        return result
    }

    /// The stricter of two optional caps.
    static func stricter(_ a: Clearance?, _ b: Clearance?) -> Clearance? {
        guard let a else { return b }
        guard let b else { return a }
        return a.stricter(b)
    }
}
