import Foundation

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
    private static let hyphens: Set<Character> = ["-", "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2212}", "\u{00AD}"]

    package static func kind(of c: Character) -> Kind {
        if c.isASCII {
            if c.isLetter || c.isNumber { return .word(c.lowercased()) }
            if c == "'" || c == "`" { return .apostrophe }
            if c == "-" { return .hyphen }
            if c.isWhitespace { return .space }
            if c == "." || c == "!" || c == "?" { return .sentenceEnd }
            return .other
        }
        if apostrophes.contains(c) { return .apostrophe }
        if hyphens.contains(c) { return .hyphen }
        if c.isWhitespace { return .space }
        if c == "…" || c == "¡" || c == "¿" { return c == "…" ? .sentenceEnd : .other }
        if c.isLetter || c.isNumber { return .word(fold(c)) }
        return .other
    }

    /// The folded form of one letter.
    package static func fold(_ c: Character) -> String {
        if let s = special[c] { return s }
        let scalars = String(c).decomposedStringWithCanonicalMapping.unicodeScalars.filter {
            $0.properties.generalCategory != .nonspacingMark && $0.properties.generalCategory != .enclosingMark
        }
        return String(String.UnicodeScalarView(scalars)).lowercased()
    }

    /// The folded words of a string, e.g. `"Côte d’Ivoire"` → `["cote", "d", "ivoire"]`.
    package static func words(_ s: String) -> [String] {
        Tokenizer.tokenize(Array(s)).map(\.folded)
    }

    /// A whole string folded to its words joined by single spaces.
    package static func key(_ s: String) -> String { words(s).joined(separator: " ") }
}
