import Diagnostics
import Model

/// Reads a whole meeting folder through a `MeetingSource`: meeting.yaml, roster.csv,
/// organisations.csv, seating.csv, notes and regional outcomes. Every reference is resolved and
/// every problem reported — all of them, never only the first. Returns nil for the meeting only
/// when meeting.yaml itself cannot be read.
public enum MeetingReader {
    public static func read(_ source: MeetingSource) -> (Meeting?, DiagnosticBag) {
        var bag = DiagnosticBag()
        guard source.fileExists(MeetingFileReader.path) else {
            bag.error(.missingFile, at: .file(MeetingFileReader.path), "the meeting folder has no meeting.yaml",
                      hint: "is '\(source.name)' a meeting folder? `stocktake init DIR` makes one")
            if !source.fileExists(RosterReader.path) {
                bag.error(.missingFile, at: .file(RosterReader.path), "the meeting folder has no roster.csv")
            }
            return (nil, bag)
        }
        guard let file = TextDecoder.load(MeetingFileReader.path, from: source, diagnostics: &bag, limit: 1 << 20),
              let definition = MeetingFileReader.read(file, diagnostics: &bag) else {
            return (nil, bag)
        }
        var meeting = definition.meeting
        var index = ReferenceIndex(definitions: meeting)

        // roster.csv
        if source.fileExists(RosterReader.path) {
            if let f = TextDecoder.load(RosterReader.path, from: source, diagnostics: &bag) {
                let roster = RosterReader.read(f, index: index, diagnostics: &bag)
                meeting.people = roster.people
                index.silence(.person, roster.rejected)
            }
        } else {
            bag.error(.missingFile, at: .file(RosterReader.path), "the meeting folder has no roster.csv")
        }
        index.define(.person, meeting.people.map(\.id))
        for ref in definition.personReferences {
            index.check(.person, ref.id, at: ref.span, in: ref.context, diagnostics: &bag)
        }

        // organisations.csv
        if source.fileExists(OrganisationsReader.path),
           let f = TextDecoder.load(OrganisationsReader.path, from: source, diagnostics: &bag) {
            meeting.organisations = OrganisationsReader.read(f, diagnostics: &bag)
        }
        meeting.roles = RoleResolver.resolve(meeting.roles, referents: definition.roleReferents, meeting: meeting,
                                             index: index, diagnostics: &bag)

        // review.yaml: the secretariat's decisions on the proof's keys
        if source.fileExists(ReviewReader.path), let f = TextDecoder.load(ReviewReader.path, from: source, diagnostics: &bag) {
            meeting.decisions = ReviewReader.read(f, diagnostics: &bag)
        }

        // seating.csv
        var seating: [String: [String]] = [:]
        if source.fileExists(SeatingReader.path),
           let f = TextDecoder.load(SeatingReader.path, from: source, diagnostics: &bag) {
            seating = SeatingReader.read(f, index: index, diagnostics: &bag)
        }
        meeting.presence = PresenceResolver.resolve(meeting, seating: seating, rosterRejected: index.isSilenced(.person),
                                                    diagnostics: &bag)

        // notes and regional outcomes
        let reader = NoteFileReader(meeting: meeting, index: index, sections: SectionMatcher(meeting.sections))
        for (folder, isOutcome) in [("notes", false), ("regional", true)] {
            for (path, why) in source.problems(under: folder) {
                bag.error(.unreadableFile, at: .file(path), "'\(path)' \(why)",
                          hint: "notes and outcomes must be regular files inside the meeting folder")
            }
            for path in source.files(under: folder) {
                let lower = path.lowercased()
                if lower.hasSuffix(".docx") {
                    guard let data = WordFileLoader.load(path, from: source, diagnostics: &bag) else { continue }
                    let result = reader.readWord(path: path, data: data, isOutcome: isOutcome, firstID: meeting.items.count,
                                                 diagnostics: &bag)
                    if let n = result.note { meeting.notes.append(n) }
                    if let o = result.outcome { meeting.outcomes.append(o) }
                    meeting.items += result.items
                    continue
                }
                guard lower.hasSuffix(".md") else {
                    // Never a silent skip (SPEC 2): a text file or an old .doc here is input someone
                    // meant to be read.
                    bag.error(.unreadableFile, at: .file(path), "'\(path)' is not a Markdown (.md) or Word (.docx) file",
                              hint: lower.hasSuffix(".doc") || lower.hasSuffix(".odt") || lower.hasSuffix(".rtf")
                                  ? "open it in Word or LibreOffice and save it as Word Document (.docx)"
                                  : "save it as Markdown (.md) or Word (.docx), or move it out of \(folder)/")
                    continue
                }
                guard let f = TextDecoder.load(path, from: source, diagnostics: &bag) else { continue }
                let result = reader.read(f, isOutcome: isOutcome, firstID: meeting.items.count, diagnostics: &bag)
                if let n = result.note { meeting.notes.append(n) }
                if let o = result.outcome { meeting.outcomes.append(o) }
                meeting.items += result.items
            }
        }
        ProgrammeOrder.apply(&meeting)
        // Completeness is judged on a meeting read whole: a note that failed to read would make
        // its session and acts look empty (follow-on warnings of one cause).
        if !bag.hasErrors { CoverageCheck.warn(meeting, diagnostics: &bag) }
        return (meeting, bag)
    }
}
