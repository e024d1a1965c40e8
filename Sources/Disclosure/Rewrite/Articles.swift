/// The small grammar around a replaced phrase: articles before it that the descriptor absorbs
/// ("the Mexican delegation" → "one government delegation", "du Mexique" → "d'un pays"),
/// French elision and a capital at the start of a sentence.
package enum Articles {
    /// Articles a descriptor replaces, by language, and what a contracted one leaves behind.
    private static let absorbed: [Language: [String: String]] = [
        .en: ["the": "", "a": "", "an": ""],
        .es: ["el": "", "la": "", "los": "", "las": "", "un": "", "una": "", "del": "de ", "al": "a "],
        .fr: ["le": "", "la": "", "les": "", "l": "", "un": "", "une": "", "du": "de ", "des": "de ",
              "au": "à ", "aux": "à "],
    ]

    /// The definite articles that may stand before a noun or a demonym.
    package static let definite: Set<String> = ["the", "el", "la", "los", "las", "le", "les", "l"]

    /// Where a replacement starting at token `index` really starts, and the words it must begin
    /// with: an article before it is absorbed. `place` marks a country named as a place (French
    /// `en`/`au` become `dans`).
    package static func absorbLeft(_ index: Int, tokens: [Token], lang: Language, place: Bool = false)
        -> (token: Int, prefix: String) {
        guard index > 0 else { return (index, "") }
        let prev = tokens[index - 1]
        let gap = tokens[index].gap
        let joined = gap.allSatisfy { $0 == " " } && !gap.isEmpty || (prev.folded == "l" && tokens[index].afterApostrophe)
        guard joined else { return (index, "") }
        if lang == .fr, place, ["en", "au", "aux"].contains(prev.folded) { return (index - 1, "dans ") }
        if let p = absorbed[lang]?[prev.folded], prev.text == prev.text.lowercased() || prev.sentenceStart || prev.isCapitalised {
            return (index - 1, p)
        }
        return (index, "")
    }

    /// Final touches on a replacement covering `range` (character offsets): French elision with a
    /// `de`/`que` before it, and a capital at the start of a sentence.
    package static func finish(_ text: String, range: Range<Int>, tokens: [Token], lang: Language)
        -> (range: Range<Int>, text: String) {
        var text = text
        var range = range
        if lang == .fr {
            for (full, short) in [("de un", "d'un"), ("de une", "d'une"), ("à un", "à un")] where text.hasPrefix(full + " ") || text == full {
                text = short + text.dropFirst(full.count)
            }
            if text.hasPrefix("un") || text.hasPrefix("une"),
               let k = tokens.lastIndex(where: { $0.end <= range.lowerBound }),
               tokens[k].end == range.lowerBound - 1, ["de", "que"].contains(tokens[k].folded) {
                let elided = tokens[k].folded == "de" ? "d'" : "qu'"
                text = (tokens[k].isCapitalised ? elided.capitalisedFirst : elided) + text
                range = tokens[k].start..<range.upperBound
            }
        }
        if let first = tokens.first(where: { $0.start >= range.lowerBound }), first.start == range.lowerBound,
           first.sentenceStart, first.isCapitalised || first.sentenceStart {
            text = text.capitalisedFirst
        }
        return (range, text)
    }
}

extension String {
    /// The string with its first letter in upper case.
    package var capitalisedFirst: String {
        guard let f = first else { return self }
        return f.uppercased() + dropFirst()
    }
}
