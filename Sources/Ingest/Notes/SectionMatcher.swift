import Foundation
import Model
import Diagnostics

/// Matches a heading to a section by id, heading or alias, ignoring case, accents, surrounding
/// punctuation and runs of spaces.
struct SectionMatcher {
    private var byKey: [String: Section] = [:]
    /// By heading and alias only: an id is often an ordinary word ("questions", "process").
    private var byName: [String: Section] = [:]
    private let candidates: [String]
    private let headings: [String]

    init(_ sections: [Section]) {
        var names: [String] = []
        for section in sections {
            for name in [section.id, section.heading] + section.aliases {
                let key = Self.fold(name)
                if byKey[key] == nil { byKey[key] = section }
            }
            for name in [section.heading] + section.aliases where byName[Self.fold(name)] == nil { byName[Self.fold(name)] = section }
            names.append(section.heading)
            names.append(contentsOf: section.aliases)
        }
        candidates = names
        headings = sections.map(\.heading)
    }

    func section(for heading: String) -> Section? { byKey[Self.fold(heading)] }

    /// The section `text` names by its heading or an alias, exactly (case, accents aside).
    func section(named text: String) -> Section? { byName[Self.fold(text)] }

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
            ?? (headings.isEmpty ? nil : "the sections are " + headings.map { "'\($0)'" }.joined(separator: ", "))
    }

    /// Case- and accent-free, typographic apostrophes as straight ones ("Les États d’abord"),
    /// spaces collapsed, a trailing colon dropped.
    static func fold(_ s: String) -> String {
        let folded = s.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .replacingOccurrences(of: "\u{2019}", with: "'").replacingOccurrences(of: "\u{2018}", with: "'")
        let words = folded.split(whereSeparator: { $0.isWhitespace })
        var result = words.joined(separator: " ")
        while let last = result.last, last == ":" || last == "." { result.removeLast() }
        return result.trimmingCharacters(in: .whitespaces)
    }
}
