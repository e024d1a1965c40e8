import Foundation
import Model

/// The gate's own reading of drawn text (SPEC 3.5), independent of the rewriter's tokenizer:
/// Unicode compatibility decomposition, accents, invisible characters and case dropped, look-alike
/// letters of other scripts read as Latin (`Confusables`), words split at anything else.
struct GateText {
    struct Word {
        var folded: String
        var capitalised: Bool
        /// The first word of the text, or after `.`, `!`, `?`, `:`.
        var sentenceStart: Bool
        /// What stands between the previous word and this one.
        var gap: String
        /// Character offsets of the word in the text.
        var start: Int
        var end: Int
    }

    let text: String
    let words: [Word]

    init(_ text: String) {
        self.text = text
        var words: [Word] = []
        let chars = Array(text)
        var i = 0
        var gapStart = 0
        var atStart = true
        while i < chars.count {
            var folded = Self.fold(chars[i])
            if folded.isEmpty {
                if !Self.invisible(chars[i]), ".!?:".contains(chars[i]) { atStart = true }
                i += 1
                continue
            }
            let start = i
            let capitalised = chars[i].isUppercase
            i += 1
            while i < chars.count {
                if Self.invisible(chars[i]) { i += 1; continue }
                let f = Self.fold(chars[i])
                if f.isEmpty { break }
                folded += f
                i += 1
            }
            words.append(Word(folded: folded, capitalised: capitalised, sentenceStart: atStart,
                              gap: String(chars[gapStart..<start]), start: start, end: i))
            gapStart = i
            atStart = false
        }
        self.words = words
    }

    /// A letter or digit folded to lower-case ASCII where it has a reading; "" for anything else.
    static func fold(_ c: Character) -> String {
        if let a = c.asciiValue {
            switch a {
            case 0x41...0x5A: return String(UnicodeScalar(a + 0x20))
            case 0x61...0x7A, 0x30...0x39: return String(c)
            default: return ""
            }
        }
        guard c.isLetter || c.isNumber else { return "" }
        var out = ""
        for u in String(c).decomposedStringWithCompatibilityMapping.unicodeScalars {
            let cat = u.properties.generalCategory
            if cat == .nonspacingMark || cat == .enclosingMark || Confusables.isInvisible(u) { continue }
            if let a = Confusables.ascii(for: u) { out += a; continue }
            switch u {
            case "ß": out += "ss"
            case "æ", "Æ": out += "ae"
            case "œ", "Œ": out += "oe"
            case "ø", "Ø": out += "o"
            case "ł", "Ł": out += "l"
            case "đ", "Đ", "ð": out += "d"
            default: out += String(u).lowercased()
            }
        }
        return out
    }

    static func invisible(_ c: Character) -> Bool { !c.isASCII && c.unicodeScalars.allSatisfy(Confusables.isInvisible) }

    /// The folded words of a name.
    static func words(_ s: String) -> [String] { GateText(s).words.map(\.folded) }
}
