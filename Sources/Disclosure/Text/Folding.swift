import Foundation
import Model

/// Folds text for matching (SPEC 3.2): lower case, accents dropped, apostrophe and hyphen styles
/// unified. Works one `Character` at a time so that folded tokens keep their place in the source.
package enum Folding {
    /// What a character is to the tokenizer.
    package enum Kind: Equatable, Sendable {
        /// A letter or digit, folded (may be more than one letter: `ß` → `ss`).
        case word(String)
        case apostrophe
        case hyphen
        case space
        case sentenceEnd
        case other
    }

    private static let special: [Character: String] = [
        "ß": "ss", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ø": "o", "Ø": "o", "ł": "l", "Ł": "l",
        "đ": "d", "Đ": "d", "ı": "i", "ð": "d", "þ": "th",
    ]
    private static let apostrophes: Set<Character> = ["'", "\u{2019}", "\u{2018}", "\u{02BC}", "`", "\u{00B4}", "\u{2032}"]
    private static let hyphens: Set<Character> = ["-", "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2212}"]

    package static func kind(of c: Character) -> Kind {
        if c.isASCII {
            if c.isLetter || c.isNumber { return .word(c.lowercased()) }
            if c == "'" || c == "`" { return .apostrophe }
            if c == "-" { return .hyphen }
            if c.isWhitespace { return .space }
            if c == "." || c == "!" || c == "?" { return .sentenceEnd }
            return .other
        }
        if isInvisible(c) { return .other }
        if apostrophes.contains(c) { return .apostrophe }
        if hyphens.contains(c) { return .hyphen }
        if c.isWhitespace { return .space }
        if c == "…" || c == "¡" || c == "¿" { return c == "…" ? .sentenceEnd : .other }
        if c.isLetter || c.isNumber { return .word(fold(c)) }
        return .other
    }

    /// The folded form of one letter.
    /// Invisible formatting is dropped and a look-alike letter of another script read as the
    /// Latin letter it imitates (`Confusables`): "Cаnada" with a Cyrillic а folds to "canada".
    package static func fold(_ c: Character) -> String {
        if let s = special[c] { return s }
        var out = ""
        // Compatibility mapping: ligatures ("ﬂores"), fullwidth and mathematical letters read as letters.
        for scalar in String(c).decomposedStringWithCompatibilityMapping.unicodeScalars {
            let category = scalar.properties.generalCategory
            if category == .nonspacingMark || category == .enclosingMark || Confusables.isInvisible(scalar) { continue }
            if let ascii = Confusables.ascii(for: scalar) { out += ascii } else { out.unicodeScalars.append(scalar) }
        }
        return out.lowercased()
    }

    /// A character made only of invisible formatting (zero-width space, soft hyphen, bidi marks…):
    /// matching sees through it, inside a word too (SPEC 1).
    package static func isInvisible(_ c: Character) -> Bool {
        !c.isASCII && c.unicodeScalars.allSatisfy(Confusables.isInvisible)
    }

    /// The folded words of a string, e.g. `"Côte d’Ivoire"` → `["cote", "d", "ivoire"]`.
    package static func words(_ s: String) -> [String] {
        Tokenizer.tokenize(Array(s)).map(\.folded)
    }

    /// A whole string folded to its words joined by single spaces.
    package static func key(_ s: String) -> String { words(s).joined(separator: " ") }
}
