import Diagnostics
import Model

/// Warnings about a meeting that is legal but probably incomplete: a session with no notes, an
/// act that no item speaks to.
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
    }
}
