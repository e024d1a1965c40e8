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
        // sheets and handouts; any other item there cleared for fewer readers than the public is
        // printed nowhere, which must never happen silently.
        let kinds = Dictionary(meeting.sessions.map { ($0.id, $0.kind) }, uniquingKeysWith: { a, _ in a })
        // (Internal items of a table note reach its facilitator sheets, among civil society's notes.)
        for item in meeting.items where item.clearance == .government && item.role != .strategy && item.role != .questions {
            guard let session = item.origin.session, kinds[session] == .table else { continue }
            diagnostics.warning(.itemReachesNoOutput, at: item.span,
                                "this government item of table session '\(session)' is printed in no output",
                                hint: "of a table note, the public report prints what was said, facilitator sheets and handouts its strategy and questions; move it to such a section, or make it public if it may be")
        }
    }
}
