import Foundation

/// The ordinary words of English, Spanish and French, from Debian's word lists (`wamerican`,
/// `wspanish`, `wfrench`), folded. Loaded once per process. A family name that is also an ordinary
/// word (`Flores`, `Paz`, `Young`, `Bell`) is matched alone only where it cannot be the word.
package final class OrdinaryWords: Sendable {
    package static let paths = ["/usr/share/dict/american-english", "/usr/share/dict/spanish", "/usr/share/dict/french"]

    /// The lists of this system, loaded on first use.
    package static let shared = OrdinaryWords(paths: paths)

    private let words: Set<String>
    /// The word lists that could not be read: without them no surname counts as ordinary in that
    /// language (reported by `Disclosure` as a note, never an error).
    package let missing: [String]

    package init(paths: [String]) {
        var set = Set<String>()
        var missing: [String] = []
        for path in paths {
            guard let data = FileManager.default.contents(atPath: path) else { missing.append(path); continue }
            for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
                // Proper nouns are capitalised in the lists: only lower-case entries are words.
                guard let first = line.first, first.isLowercase, !line.contains("'") else { continue }
                set.insert(line.allSatisfy(\.isASCII) ? String(line) : Folding.key(String(line)))
            }
        }
        self.words = set
        self.missing = missing
    }

    /// A fixed list (tests).
    package init(words: Set<String>) { self.words = Set(words.map(Folding.key)); self.missing = [] }

    /// Whether a folded word is an ordinary word (Spanish plurals included: `flores` ← `flor`).
    package func contains(_ folded: String) -> Bool {
        if words.contains(folded) { return true }
        if folded.hasSuffix("es"), words.contains(String(folded.dropLast(2))) { return true }
        if folded.hasSuffix("s"), folded.count > 3, words.contains(String(folded.dropLast())) { return true }
        return false
    }

    /// Whether every word of a folded phrase is an ordinary word or a particle (`de la cruz`).
    package func isOrdinary(_ words: [String]) -> Bool {
        !words.isEmpty && words.allSatisfy { NameParts.particles.contains($0) || contains($0) }
    }
}
