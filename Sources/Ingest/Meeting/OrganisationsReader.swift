import Diagnostics
import Model

/// Reads organisations.csv (`name,acronym,aliases`): the other names of organisations.
enum OrganisationsReader {
    static let path = "organisations.csv"

    static func read(_ file: SourceFile, diagnostics: inout DiagnosticBag) -> [Organisation] {
        guard let table = CSVTable.read(file, required: ["name"], optional: ["acronym", "aliases", "website"], diagnostics: &diagnostics) else { return [] }
        var result: [Organisation] = []
        var seen: [String: SourceSpan] = [:]
        for row in table.rows {
            guard let name = table.field("name", of: row) else {
                diagnostics.error(.missingField, at: row.span, "row has no 'name'")
                continue
            }
            if let first = seen[name.value] {
                diagnostics.error(.duplicateID, at: name.span, "organisation '\(name.value)' is listed twice (first at line \(first.start.line))")
                continue
            }
            seen[name.value] = name.span
            result.append(Organisation(name: name.value, acronym: table.field("acronym", of: row)?.value,
                                       aliases: RosterReader.list(table.field("aliases", of: row)?.value), span: row.span))
        }
        return result
    }
}
