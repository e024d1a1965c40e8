import Diagnostics
import Model

/// Resolves `roles:` referents once the roster is known: a roster id is a person; anything else
/// must be an organisation of the roster or of organisations.csv.
enum RoleResolver {
    static func resolve(_ roles: [Role], referents: [(phrase: String, value: String, span: SourceSpan)],
                        meeting: Meeting, index: ReferenceIndex, diagnostics: inout DiagnosticBag) -> [Role] {
        var organisations: [String] = meeting.people.map(\.organisation)
        for o in meeting.organisations { organisations += [o.name] + o.aliases + (o.acronym.map { [$0] } ?? []) }
        let folded = Set(organisations.map(SectionMatcher.fold))
        var result = roles
        for (i, role) in roles.enumerated() {
            for ref in referents where ref.phrase == role.phrase {
                if index.contains(.person, ref.value) {
                    result[i].referents.append(.person(ref.value))
                } else if folded.contains(SectionMatcher.fold(ref.value)) {
                    result[i].referents.append(.organisation(ref.value))
                } else if !index.isSilenced(.person, ref.value) && !(index.isSilenced(.person) && meeting.organisations.isEmpty) {
                    diagnostics.error(.unknownOrganisation, at: ref.span,
                                      "role '\(role.phrase)' points at '\(ref.value)', which is neither a roster id nor an organisation",
                                      hint: Suggestion.hint(for: ref.value, among: (index.ids[.person] ?? []) + Array(Set(organisations)).sorted()))
                }
            }
        }
        return result
    }
}
