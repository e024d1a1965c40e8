/// Splits flattened text into `Token`s. Near-linear: one pass over the characters.
package enum Tokenizer {
    package static func tokenize(_ chars: [Character]) -> [Token] {
        var tokens: [Token] = []
        var i = 0
        var gapStart = 0
        var sawSentenceEnd = true
        var sawLetterAfterEnd = false
        while i < chars.count {
            guard case .word(let f0) = Folding.kind(of: chars[i]) else {
                if Folding.kind(of: chars[i]) == .sentenceEnd { sawSentenceEnd = true; sawLetterAfterEnd = false }
                i += 1
                continue
            }
            let start = i
            var folded = f0
            i += 1
            while i < chars.count, case .word(let f) = Folding.kind(of: chars[i]) {
                folded += f
                i += 1
            }
            let gap = String(chars[gapStart..<start])
            var sentenceStart = sawSentenceEnd && !sawLetterAfterEnd
            // "Dr. Flores", "U.S. delegates": an abbreviation's period ends no sentence.
            if sentenceStart, let prev = tokens.last, abbreviations.contains(prev.folded) || prev.text.count == 1 {
                sentenceStart = false
            }
            tokens.append(Token(folded: folded, text: String(chars[start..<i]), start: start, end: i,
                                gap: gap, sentenceStart: tokens.isEmpty ? true : sentenceStart))
            gapStart = i
            sawSentenceEnd = false
            sawLetterAfterEnd = false
        }
        return tokens
    }

    /// Words that end in a period without ending a sentence.
    static let abbreviations: Set<String> = [
        "mr", "ms", "mrs", "dr", "prof", "sr", "sra", "srta", "mme", "mlle", "st", "h", "e", "hon", "rev",
        "lic", "licda", "ing", "dra", "amb", "gen", "col", "no", "vs", "etc", "ca", "cf", "eg", "ie",
    ]
}
