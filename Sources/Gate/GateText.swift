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
                if f.isEmpty {
                    guard let skip = Self.brokenWord(chars, at: i, wordStart: start) else { break }
                    i += skip
                    continue
                }
                folded += f
                i += 1
            }
            if let read = Confusables.digitsAsLetters(folded) { folded = read }
            if !chars[start].isASCII, !folded.utf8.allSatisfy({ $0 < 0x80 }),
               let read = Confusables.transliteratedWord(String(chars[start..<i])) { folded = read }
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

    /// How many characters at `i` to read through when they only break a word as typed: a
    /// hyphen and a line break before a lower-case letter ("Hoff-⏎mann", "Guate- mala"), or
    /// between capitals ("PI-⏎CUM"); a stray `*_^~+=|\` between letters ("Boa*teng"); the space
    /// between spaced capitals ("F L O R E S", three or more).
    static func brokenWord(_ chars: [Character], at i: Int, wordStart: Int) -> Int? {
        let c = chars[i]
        if "-\u{2010}\u{2011}".contains(c) {
            var k = i + 1
            while k < chars.count, k <= i + 3, chars[k].isWhitespace { k += 1 }
            guard k > i + 1, k < chars.count, chars[k].isLetter else { return nil }
            if chars[k].isLowercase { return k - i }
            let before = chars[wordStart..<i]
            var e = k
            while e < chars.count, chars[e].isLetter { e += 1 }
            return before.count >= 2 && before.allSatisfy(\.isUppercase) && chars[k..<e].allSatisfy(\.isUppercase) ? k - i : nil
        }
        if "*_^~+=|\\·#$%!&@".contains(c), i > wordStart, chars[i - 1].isLetter, i + 1 < chars.count, chars[i + 1].isLetter { return 1 }
        if c == " ", i - wordStart >= 1, chars[i - 1].isUppercase, i + 1 < chars.count, chars[i + 1].isUppercase,
           i + 2 >= chars.count || !chars[i + 2].isLetter {
            // Spaced only when every letter of the word so far stood alone, and three in all.
            let soFar = chars[wordStart..<i].filter { !$0.isWhitespace }
            guard soFar.allSatisfy(\.isUppercase), chars[wordStart..<i].count == 2 * soFar.count - 1 else { return nil }
            var k = i, n = soFar.count
            while k + 1 < chars.count, chars[k] == " ", chars[k + 1].isUppercase, k + 2 >= chars.count || !chars[k + 2].isLetter { n += 1; k += 2 }
            return n >= 3 ? 1 : nil
        }
        return nil
    }

    static func invisible(_ c: Character) -> Bool { !c.isASCII && c.unicodeScalars.allSatisfy(Confusables.isInvisible) }

    /// The folded words of a name.
    static func words(_ s: String) -> [String] { GateText(s).words.map(\.folded) }
}
