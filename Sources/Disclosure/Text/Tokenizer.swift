import Model

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
            while true {
                while i < chars.count, !cuts.contains(i), appendWord(chars[i], to: &folded) || Folding.isInvisible(chars[i]) { i += 1 }
                // A word broken at a line end, "Hoff-⏎mann" or "Guate- mala": one word, so that
                // the name in it is found (SPEC 3.2: matching ignores line breaks).
                guard let skip = lineEndHyphen(chars, at: i, start: start) ?? strayMark(chars, at: i) ?? letterSpaced(chars, at: i, start: start) else { break }
                i += skip
            }
            var foldedWord = String(decoding: folded, as: UTF8.self)
            if let read = Confusables.digitsAsLetters(foldedWord) { foldedWord = read }
            // A name in Cyrillic or Greek letters ("Боатенг"), read as a word where its look-alike
            // reading is not all Latin (a word of look-alikes only, "Веӏӏ", is a spoof of "Bell").
            if !chars[start].isASCII, !foldedWord.utf8.allSatisfy({ $0 < 0x80 }),
               let read = Confusables.transliteratedWord(String(chars[start..<i])) { foldedWord = read }
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

    /// The length of a hyphen and one line break or space at `i` when a lower-case letter follows
    /// them (a word hyphenated at the end of a line); nil otherwise.
    @inline(__always)
    private static func lineEndHyphen(_ chars: [Character], at i: Int, start: Int) -> Int? {
        guard i + 2 < chars.count, chars[i] == "-" || chars[i] == "\u{2010}" || chars[i] == "\u{2011}" else { return nil }
        var k = i + 1
        while k < chars.count, k <= i + 3, chars[k] == " " || chars[k] == "\n" { k += 1 }
        guard k > i + 1, k < chars.count, chars[k].isLetter else { return nil }
        if chars[k].isLowercase { return k - i }
        // "PI-⏎CUM": an acronym broken the same way, capitals on both sides.
        guard i - start >= 2, chars[start..<i].allSatisfy(\.isUppercase) else { return nil }
        var e = k
        while e < chars.count, chars[e].isLetter { guard chars[e].isUppercase else { return nil }; e += 1 }
        return k - i
    }

    /// 1 when `chars[i]` is a typing slip inside a word, a `*`, `_`, `^`, `~`, `+`, `=`, `|`, `\`,
    /// `·`, `#`, `$`, `%`, `!`, `&` or `@` with a letter on each side ("Boa*teng", "Flo_res",
    /// "Kow@lski"). Not `.`, `/`, `'` or `:`: domains, "Mexico/Guatemala" and "O'Brien" need them.
    @inline(__always)
    private static func strayMark(_ chars: [Character], at i: Int) -> Int? {
        guard i >= 1, i + 1 < chars.count, "*_^~+=|\\·#$%!&@".contains(chars[i]), chars[i - 1].isLetter, chars[i + 1].isLetter else { return nil }
        return 1
    }

    /// 1 (the space) when a word of one capital letter starts a run of three or more spaced
    /// capitals, "F L O R E S", "P A Z": read as the word they spell.
    @inline(__always)
    private static func letterSpaced(_ chars: [Character], at i: Int, start: Int) -> Int? {
        guard i + 1 < chars.count, chars[i] == " ", chars[i - 1].isUppercase, chars[i + 1].isUppercase,
              i + 2 >= chars.count || !chars[i + 2].isLetter else { return nil }
        // Every letter so far is spaced: start, start+2, … are capitals, the others spaces.
        guard stride(from: start, to: i, by: 2).allSatisfy({ chars[$0].isUppercase }),
              stride(from: start + 1, to: i, by: 2).allSatisfy({ chars[$0] == " " }) else { return nil }
        var k = i, letters = (i - start + 1) / 2
        while k + 1 < chars.count, chars[k] == " ", chars[k + 1].isUppercase, k + 2 >= chars.count || !chars[k + 2].isLetter {
            letters += 1; k += 2
        }
        return letters >= 3 ? 1 : nil
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
