import Foundation

/// Guesses whether a short text is English, Spanish or French from its function words, so that
/// recurring messages are grouped within one language (SPEC 4). Ties and unknowns fall back to
/// the given default.
public enum LanguageGuess {
    private static let markers: [(String, Set<String>)] = [
        ("en", ["the", "and", "of", "to", "is", "are", "for", "with", "should", "must", "that", "on", "in"]),
        ("es", ["el", "los", "las", "y", "del", "que", "para", "con", "por", "deben", "una", "se", "en", "la"]),
        ("fr", ["le", "les", "et", "des", "du", "que", "pour", "avec", "par", "doivent", "une", "est", "au", "aux", "la"]),
    ]

    public static func language(of text: String, default fallback: String = "en") -> String {
        let words = text.lowercased().split(whereSeparator: { !$0.isLetter })
        var scores = [0, 0, 0]
        for w in words {
            let word = String(w)
            for (i, (_, set)) in markers.enumerated() where set.contains(word) { scores[i] += 1 }
        }
        guard let best = scores.max(), best > 0 else { return fallback }
        let winners = scores.indices.filter { scores[$0] == best }
        return winners.count == 1 ? markers[winners[0]].0 : fallback
    }
}
