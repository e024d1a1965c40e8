/// The language of an item's text, for the descriptors that replace names in it: guessed from
/// its stop words, English when nothing tells.
public enum Language: String, Hashable, Sendable, CaseIterable {
    case en, es, fr

    private static let stopWords: [Language: Set<String>] = [
        .en: ["the", "and", "of", "to", "is", "that", "for", "with", "on", "are", "was", "said", "it", "be",
              "this", "by", "as", "not", "their", "should", "have", "has", "from", "at", "an", "which", "its",
              "in", "a", "who", "were", "they", "we", "be", "been", "will", "would", "can", "could", "more", "but",
              "or", "if", "than", "also", "into", "about", "after", "before", "asked", "described", "noted"],
        .es: ["el", "los", "las", "que", "y", "del", "por", "con", "para", "una", "se", "es", "su", "sus", "la", "de", "en", "segun", "no", "pero", "mas", "sobre", "entre", "cuando", "donde", "sin", "hay", "porque", "a",
              "al", "lo", "como", "pero", "son", "esta", "este", "dijo", "gobierno", "muy", "tambien"],
        .fr: ["le", "les", "et", "des", "du", "est", "une", "pour", "dans", "sur", "au", "aux", "qui",
              "pas", "ne", "sont", "ont", "avec", "ce", "cette", "leur", "leurs", "il", "elle", "a", "la", "de", "en", "selon", "que", "mais", "plus", "entre", "quand", "sans", "parce", "aussi"],
    ]

    /// The language whose stop words are most frequent in `text`; `fallback` on a tie or none.
    public static func detect(_ text: String, fallback: Language = .en) -> Language {
        detect(tokens: Tokenizer.tokenize(Array(text)), fallback: fallback)
    }

    /// The languages whose stop-word list has a word (a word may be in several).
    private static let stopWordLanguages: [String: [Language]] = {
        var index: [String: [Language]] = [:]
        for lang in Language.allCases { for w in stopWords[lang] ?? [] { index[w, default: []].append(lang) } }
        return index
    }()

    package static func detect(tokens: [Token], fallback: Language, ignoring: Set<Int> = []) -> Language {
        var score: [Language: Int] = [:]
        var letters: [Language: Int] = [:]
        for (i, t) in tokens.enumerated() where !ignoring.contains(i) {
            for lang in stopWordLanguages[t.folded] ?? [] { score[lang, default: 0] += 1 }
            // Letters only one of the two Romance languages writes: they break a tie between them.
            let ascii = t.text.utf8.allSatisfy { $0 < 0x80 }
            if !ascii, t.text.contains(where: { "ñáíóú".contains($0) }) { letters[.es, default: 0] += 1 }
            if (!ascii && t.text.contains(where: { "èêàçûùâîôœë".contains($0) })) || t.afterApostrophe { letters[.fr, default: 0] += 1 }
        }
        if let es = score[.es], let fr = score[.fr], es == fr, es > (score[.en] ?? 0) {
            return (letters[.fr] ?? 0) > (letters[.es] ?? 0) ? .fr : .es
        }
        let best = score.max { ($0.value, $0.key == fallback ? 1 : 0) < ($1.value, $1.key == fallback ? 1 : 0) }
        guard let b = best, b.value > 0 else { return fallback }
        return b.value > (score[fallback] ?? 0) ? b.key : fallback
    }
}
