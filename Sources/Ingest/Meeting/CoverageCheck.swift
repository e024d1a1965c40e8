import Diagnostics
import Model

/// Warnings about a meeting that is legal but probably incomplete: a session with no notes, an
/// act that no item speaks to, an item that no output prints.
enum CoverageCheck {
    static func warn(_ meeting: Meeting, diagnostics: inout DiagnosticBag) {
        let noted = Set(meeting.notes.map(\.session))
        for session in meeting.sessions where !noted.contains(session.id) {
            diagnostics.warning(.sessionWithoutNotes, at: session.span, "session '\(session.id)' has no notes yet")
        }
        let spoken = Set(meeting.items.flatMap(\.acts))
        for act in meeting.acts where !spoken.contains(act.id) {
            diagnostics.warning(.actWithoutInput, at: act.span, "no note or regional outcome speaks to act '\(act.id)' (\(act.title))")
        }
        // Table notes reach the public report, and their strategy and questions the facilitator
        // sheets and handouts of later rounds; any other item there cleared for fewer readers
        // than the public is printed nowhere, which must never happen silently.
        let byID = Dictionary(meeting.sessions.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        // (Internal items of a table note reach later rounds' facilitator sheets, among civil society's notes.)
        var lastRound: [String: [Item]] = [:]
        let rounds = TableRounds(meeting)
        var reaches: [String: Bool] = [:]
        for item in meeting.items where item.clearance != .public && item.role != .logistics {
            guard let id = item.origin.session, let session = byID[id] else { continue }
            // Before the tables' day, briefing packs print it anyway; a regional outcome has no session.
            if session.kind != .table, session.day < rounds.firstDay { continue }
            let later = reaches[id] ?? rounds.precedesARound(id)
            reaches[id] = later
            if session.kind == .table, item.clearance == .government, item.role != .strategy, item.role != .questions {
                diagnostics.warning(.itemReachesNoOutput, at: item.span,
                                    "this government item of table session '\(id)' is printed in no output",
                                    hint: "of a table note, the public report prints what was said, later rounds' facilitator sheets and handouts its strategy and questions; move it to such a section, or make it public if it may be")
            } else if !later {
                lastRound[item.origin.path, default: []].append(item)
            }
        }
        // One warning per note of the last round: its questions and strategy came after every table.
        for (_, items) in lastRound.sorted(by: { $0.key < $1.key }) {
            let n = items.count
            diagnostics.warning(.itemReachesNoOutput, at: items[0].span,
                                "\(n) item\(n == 1 ? "" : "s") of this note, written after the last round of tables began, not public, \(n == 1 ? "is" : "are") printed in no output",
                                hint: "handouts and facilitator sheets draw on what was written before their round; make an item public if the report may print it")
        }
    }
}
