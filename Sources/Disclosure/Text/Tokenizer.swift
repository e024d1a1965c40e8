/// Splits flattened text into `Token`s. Near-linear: one pass over the characters.
package enum Tokenizer {
    /// `cuts`: offsets where a word is split even though letters stand on both sides.
    package static func tokenize(_ chars: [Character], cuts: Set<Int> = []) -> [Token] {
        var tokens: [Token] = []
        var i = 0
        var gapStart = 0
        var sawSentenceEnd = true
        var sawLetterAfterEnd = false
        var folded: [UInt8] = []
        folded.reserveCapacity(32)
        while i < chars.count {
            folded.removeAll(keepingCapacity: true)
            if Folding.isInvisible(chars[i]) { i += 1; continue }
            guard appendWord(chars[i], to: &folded) else {
                if isSentenceEnd(chars[i]) { sawSentenceEnd = true; sawLetterAfterEnd = false }
                i += 1
                continue
            }
            let start = i
            i += 1
            // Invisible characters inside a word do not end it ("Flo\u{200B}res" is one word).
            while i < chars.count, !cuts.contains(i), appendWord(chars[i], to: &folded) || Folding.isInvisible(chars[i]) { i += 1 }
            let foldedWord = String(decoding: folded, as: UTF8.self)
            let gap = String(chars[gapStart..<start])
            var sentenceStart = sawSentenceEnd && !sawLetterAfterEnd
            // "Dr. Flores", "U.S. delegates": an abbreviation's period ends no sentence.
            if sentenceStart, let prev = tokens.last, abbreviations.contains(prev.folded) || prev.text.count == 1 {
                sentenceStart = false
            }
            tokens.append(Token(folded: foldedWord, text: String(chars[start..<i]), start: start, end: i,
                                gap: gap, sentenceStart: tokens.isEmpty ? true : sentenceStart))
            gapStart = i
            sawSentenceEnd = false
            sawLetterAfterEnd = false
        }
        return tokens
    }

    /// Appends the folded form of `c` when it is a word character (`Folding.kind` is `.word`);
    /// false otherwise. ASCII letters and digits take a byte path: `Folding.kind` builds a
    /// lower-cased `String` per character, which made tokenizing most of the last gate's time.
    @inline(__always)
    private static func appendWord(_ c: Character, to folded: inout [UInt8]) -> Bool {
        if let a = c.asciiValue, c.utf8.count == 1 {
            switch a {
            case 0x41...0x5A: folded.append(a + 0x20); return true
            case 0x61...0x7A, 0x30...0x39: folded.append(a); return true
            default: return false
            }
        }
        guard case .word(let f) = Folding.kind(of: c) else { return false }
        folded.append(contentsOf: f.utf8)
        return true
    }

    @inline(__always)
    private static func isSentenceEnd(_ c: Character) -> Bool {
        if let a = c.asciiValue, c.utf8.count == 1 { return a == 0x2E || a == 0x21 || a == 0x3F }
        return Folding.kind(of: c) == .sentenceEnd
    }

    /// Words that end in a period without ending a sentence.
    static let abbreviations: Set<String> = [
        "mr", "ms", "mrs", "dr", "prof", "sr", "sra", "srta", "mme", "mlle", "st", "h", "e", "hon", "rev",
        "lic", "licda", "ing", "dra", "amb", "gen", "col", "no", "vs", "etc", "ca", "cf", "eg", "ie",
    ]
}
