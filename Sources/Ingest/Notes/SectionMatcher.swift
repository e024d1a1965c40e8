import Foundation
import Model
import Diagnostics

/// Matches a heading to a section by id, heading or alias, ignoring case, accents, surrounding
/// punctuation and runs of spaces.
struct SectionMatcher {
    private var byKey: [String: Section] = [:]
    private let candidates: [String]

    init(_ sections: [Section]) {
        var names: [String] = []
        for section in sections {
            for name in [section.id, section.heading] + section.aliases {
                let key = Self.fold(name)
                if byKey[key] == nil { byKey[key] = section }
            }
            names.append(section.heading)
            names.append(contentsOf: section.aliases)
        }
        candidates = names
    }

    func section(for heading: String) -> Section? { byKey[Self.fold(heading)] }

    /// The section whose id, heading or alias `text` misspells (one edit for up to 6 letters, two
    /// for longer), or nil.
    func nearSection(for text: String) -> Section? {
        let key = Self.fold(text)
        guard key.count >= 4 else { return nil }
        return byKey.keys.sorted().first { Suggestion.isNearMiss(key, of: $0) }.flatMap { byKey[$0] }
    }

    /// The closest heading or alias, for "did you mean".
    func suggestion(for heading: String) -> String? {
        Suggestion.hint(for: heading, among: candidates)
    }

    /// Case- and accent-free, spaces collapsed, a trailing colon dropped.
    static func fold(_ s: String) -> String {
        let folded = s.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        let words = folded.split(whereSeparator: { $0.isWhitespace })
        var result = words.joined(separator: " ")
        while let last = result.last, last == ":" || last == "." { result.removeLast() }
        return result.trimmingCharacters(in: .whitespaces)
    }
}
