import Diagnostics
import Model

/// Who was present at each session (SPEC 1): its rows in seating.csv, else its `seats`, else
/// everyone on the roster whose sector is among the session's `sectors` (default: all).
enum PresenceResolver {
    /// `rosterRejected`: roster.csv could not be read (reported), so a table whose seats all
    /// named its people is not reported again as without seats.
    static func resolve(_ meeting: Meeting, seating: [String: [String]], rosterRejected: Bool = false,
                        diagnostics: inout DiagnosticBag) -> [String: [String]] {
        var presence: [String: [String]] = [:]
        let known = Set(meeting.people.map(\.id))
        for session in meeting.sessions {
            if let rows = seating[session.id], !rows.isEmpty {
                presence[session.id] = rows
            } else if !session.seats.isEmpty {
                presence[session.id] = session.seats.filter { known.contains($0) }
            } else {
                if session.kind == .table, !rosterRejected {
                    diagnostics.error(.tableWithoutSeats, at: session.span,
                                      "table session '\(session.id)' has no seats",
                                      hint: "list them in 'seats:' or in seating.csv")
                }
                let sectors = Set(session.sectors.isEmpty ? Sector.allCases : session.sectors)
                presence[session.id] = meeting.people.filter { sectors.contains($0.sector) }.map(\.id)
            }
        }
        return presence
    }
}
