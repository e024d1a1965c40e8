import Foundation
import Diagnostics
import Model

/// Reads roster.csv (SPEC 1): one `Person` per row, every reference checked against the meeting
/// (region) and the state gazetteer (a government delegate's `country`).
enum RosterReader {
    static let path = "roster.csv"
    static let required = ["id", "name", "organisation", "sector", "region"]
    static let optional = ["aliases", "family_name", "constituency", "public", "list_consent", "language", "country"]

    /// The people of the roster, and the ids of the rows it rejected (each already reported once;
    /// nil when the whole file was rejected).
    static func read(_ file: SourceFile, index: ReferenceIndex, diagnostics: inout DiagnosticBag) -> (people: [Person], rejected: Set<String>?) {
        guard let table = CSVTable.read(file, required: required, optional: optional, diagnostics: &diagnostics) else { return ([], nil) }
        var rejected = Set(table.rejected.compactMap { table.field("id", of: $0)?.value })
        var people: [Person] = []
        var seen: [String: SourceSpan] = [:]
        for row in table.rows {
            var missing = false
            for column in required where table.field(column, of: row) == nil {
                diagnostics.error(.missingField, at: row.span, "row has no '\(column)'")
                missing = true
            }
            guard !missing, let id = table.field("id", of: row), let name = table.field("name", of: row),
                  let organisation = table.field("organisation", of: row), let sectorField = table.field("sector", of: row),
                  let region = table.field("region", of: row) else {
                if let id = table.field("id", of: row) { rejected.insert(id.value) }
                continue
            }
            if let first = seen[id.value] {
                diagnostics.error(.duplicateID, at: id.span, "roster id '\(id.value)' is used twice (first at line \(first.start.line))")
                continue
            }
            seen[id.value] = id.span
            guard let sector = Sector(rawValue: sectorField.value.lowercased()) else {
                diagnostics.error(.invalidValue, at: sectorField.span, "unknown sector '\(sectorField.value)'",
                                  hint: Suggestion.hint(for: sectorField.value, among: Sector.allCases.map(\.rawValue)))
                rejected.insert(id.value)
                continue
            }
            index.check(.region, region.value, at: region.span, in: "roster.csv", diagnostics: &diagnostics)
            var person = Person(id: id.value, name: name.value,
                                aliases: list(table.field("aliases", of: row)?.value),
                                familyName: table.field("family_name", of: row)?.value,
                                organisation: organisation.value, sector: sector,
                                constituency: table.field("constituency", of: row)?.value,
                                region: region.value, span: row.span)
            person.isPublic = yes(table.field("public", of: row), diagnostics: &diagnostics)
            person.listConsent = yes(table.field("list_consent", of: row), diagnostics: &diagnostics)
            if let language = table.field("language", of: row) {
                if ["en", "es", "fr"].contains(language.value.lowercased()) {
                    person.language = language.value.lowercased()
                } else {
                    diagnostics.error(.invalidValue, at: language.span, "language '\(language.value)' should be en, es or fr")
                }
            }
            let country = table.field("country", of: row)
            person.country = country?.value
            if sector == .government {
                if let country {
                    if let state = CountryLookup.stateID(named: country.value) {
                        person.stateID = state
                    } else {
                        diagnostics.error(.unknownCountry, at: country.span,
                                          "unknown country '\(country.value)' for government delegate '\(id.value)'",
                                          hint: CountryLookup.hint(for: country.value))
                    }
                } else {
                    diagnostics.error(.unknownCountry, at: row.span,
                                      "government delegate '\(id.value)' has no 'country'",
                                      hint: "name the state the delegate represents, or its ISO alpha-3 code")
                }
            }
            people.append(person)
        }
        return (people, rejected.subtracting(people.map(\.id)))
    }

    /// `a; b; c` → ["a", "b", "c"].
    static func list(_ s: String?) -> [String] {
        (s ?? "").split(separator: ";").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
    }

    private static func yes(_ field: CSVField?, diagnostics: inout DiagnosticBag) -> Bool {
        guard let field else { return false }
        switch field.value.lowercased() {
        case "yes", "y", "true", "1": return true
        case "no", "n", "false", "0": return false
        default:
            diagnostics.error(.invalidValue, at: field.span, "'\(field.value)' should be yes or no")
            return false
        }
    }
}
