import Diagnostics

/// Reads seating.csv (`session,person`): who sits where; it wins over `seats` in meeting.yaml.
enum SeatingReader {
    static let path = "seating.csv"

    /// Session id → roster ids, in file order. Unknown sessions and people are reported.
    static func read(_ file: SourceFile, index: ReferenceIndex, diagnostics: inout DiagnosticBag) -> [String: [String]] {
        guard let table = CSVTable.read(file, required: ["session", "person"], diagnostics: &diagnostics) else { return [:] }
        var seating: [String: [String]] = [:]
        for row in table.rows {
            guard let session = table.field("session", of: row), let person = table.field("person", of: row) else {
                diagnostics.error(.missingField, at: row.span, "row needs both a session and a person")
                continue
            }
            let knownSession = index.check(.session, session.value, at: session.span, in: "seating.csv", diagnostics: &diagnostics)
            let knownPerson = index.check(.person, person.value, at: person.span, in: "seating.csv", diagnostics: &diagnostics)
            guard knownSession, knownPerson else { continue }
            if seating[session.value, default: []].contains(person.value) {
                diagnostics.error(.duplicateID, at: person.span, "'\(person.value)' is seated twice at '\(session.value)'")
                continue
            }
            seating[session.value, default: []].append(person.value)
        }
        return seating
    }
}
