import Diagnostics
/// Finds the mentions of participants in a text (SPEC 3.2): case, accents, hyphen and apostrophe
/// style, line breaks and inline markup ignored; acronyms and abbreviations only as written;
/// ordinary-word family names only where they cannot be the word. One pass over the tokens, the
/// longest form at each position first.
package struct MentionFinder: Sendable {
    package let trie: FormTrie

    package init(forms: [Form]) { trie = FormTrie(forms) }

    /// A finder over a prepared trie (the states') and more forms (the meeting's).
    package init(base: FormTrie, adding forms: [Form]) {
        var t = base
        for f in forms { t.insert(f) }
        trie = t
    }

    package func mentions(in text: FlatText) -> [Mention] {
        let tokens = text.tokens
        var out: [Mention] = []
        var i = 0
        while i < tokens.count {
            var found: Mention?
            candidates: for (end, formIndices) in trie.matches(in: tokens, at: i) {
                let ordered = formIndices.map { trie.forms[$0] }.sorted { $0.priority < $1.priority }
                for (k, form) in ordered.enumerated() {
                    if var m = accept(form, tokens: tokens, range: i..<end, chars: text.chars) {
                        // The same words may name several people ("Becker") or states ("Congolese"):
                        // the mention keeps them all, so that none is let through.
                        if m.referent.isPerson || m.referent.isState {
                            for other in ordered[(k + 1)...] where other.referent != m.referent {
                                guard other.referent.isPerson == m.referent.isPerson, other.referent.isState == m.referent.isState,
                                      !m.others.contains(other.referent),
                                      accept(other, tokens: tokens, range: i..<end, chars: text.chars) != nil else { continue }
                                m.others.append(other.referent)
                            }
                        }
                        found = m
                        break candidates
                    }
                }
            }
            if var m = found {
                // "The Platform for International Cooperation…": an alias with its article ("the
                // Platform") starts a word earlier than the full name, which must win, or its
                // tail would print. A longer form of the same referent inside the match extends it.
                var s = i + 1
                while s < m.tokens.upperBound {
                    for (end, formIndices) in trie.matches(in: tokens, at: s) where end > m.tokens.upperBound {
                        for f in formIndices.map({ trie.forms[$0] }) where f.referent == m.referent {
                            guard let longer = accept(f, tokens: tokens, range: s..<end, chars: text.chars) else { continue }
                            m.tokens = m.tokens.lowerBound..<longer.tokens.upperBound
                            m.range = m.range.lowerBound..<longer.range.upperBound
                            m.possessive = longer.possessive
                            m.form = f
                            break
                        }
                    }
                    s += 1
                }
                out.append(m)
                var j = m.tokens.upperBound
                while j < tokens.count, tokens[j].start < m.range.upperBound { j += 1 }
                i = j
            } else {
                i += 1
            }
        }
        return out
    }

    private func accept(_ form: Form, tokens: [Token], range: Range<Int>, chars: [Character]) -> Mention? {
        let slice = tokens[range]
        if form.caseSensitive {
            guard slice.map(\.text) == form.writtenTokens else { return nil }
        }
        // Words joined by an apostrophe to a word before them are not names (`l'Ana` is fine,
        // but `d'Ivoire` must not start a match of `Ivoire`): a match must start at a word start,
        // unless the previous token is an elided article.
        if let first = slice.first, first.afterApostrophe, range.lowerBound > 0 {
            let prev = tokens[range.lowerBound - 1].folded
            if !["l", "d", "qu", "j", "n", "s", "c", "m", "t"].contains(prev) { return nil }
        }
        // Nor may a match end inside a hyphenated or apostrophe word (`Mexico-based` is fine).
        let title = titleBefore(range.lowerBound, tokens: tokens)
        // A given name after a title, and not followed by a family name ("Dr. Tomás Aranda" is someone else).
        if form.kind == .titledGivenName {
            guard title != nil else { return nil }
            if range.upperBound < tokens.count, tokens[range.upperBound].isCapitalised,
               tokens[range.upperBound].gap.allSatisfy({ $0 == " " || $0 == "-" }) { return nil }
        }
        // A verb of speech right after: "rosa flores said" (not "to sow a field", "a park created").
        let verbAfter = range.upperBound < tokens.count && tokens[range.upperBound].gap.allSatisfy({ $0 == " " })
            && Lexicon.speechVerbs.contains(tokens[range.upperBound].folded)
        var ambiguous = false
        if form.ordinary, case .state = form.referent {
            // A homograph: capitalised, or next to a noun that makes it a state.
            let neighbours = [range.lowerBound - 1, range.upperBound].filter { tokens.indices.contains($0) }
            let nearNoun = neighbours.contains { k in Language.allCases.contains { Lexicon.nouns[$0]?[tokens[k].folded] != nil } }
            guard slice.first!.isCapitalised || nearNoun else { return nil }
        } else if form.ordinary {
            let first = slice.first!
            let afterGiven = range.lowerBound > 0 && form.givenWords.contains(tokens[range.lowerBound - 1].folded)
                && tokens[range.lowerBound - 1].isCapitalised && tokens[range.lowerBound].gap == " "
            let before = range.lowerBound > 0 ? tokens[range.lowerBound - 1] : nil
            let after = range.upperBound < tokens.count ? tokens[range.upperBound] : nil
            let speakerLabel = form.referent.isPerson && first.text.count >= 2 && first.text.allSatisfy(\.isUppercase)
                && (after.map { $0.gap.trimmingCharacters(in: .whitespaces).hasPrefix(":") } ?? false || verbAfter)
            if title != nil || afterGiven || speakerLabel {
                // a name ("PAZ: Jalisco has…", a speaker's label in capitals)
            } else if form.referent.isOrganisation, !verbAfter,
                      !slice.contains(where: { $0.isCapitalised && !Self.articles.contains($0.folded) && !NameParts.particles.contains($0.folded) }) {
                // "El colectivo de madres": an ordinary-word name counts only with a capital on a word of its own.
                return nil
            } else if !form.referent.isOrganisation, let b = before, Self.articles.contains(b.folded), b.end == first.start - 1 {
                // "La Paz", "the Young": an article makes it the word (or a place)
                return nil
            } else if form.words.count == 1,
                      before.map({ $0.folded.allSatisfy(\.isNumber) && first.gap == " " }) == true
                        || after.map({ $0.folded.allSatisfy(\.isNumber) && $0.gap == " " }) == true {
                // "2 May 2018": a date
                return nil
            } else if !first.isCapitalised && !slice.contains(where: { $0.isCapitalised && !NameParts.particles.contains($0.folded) }) {
                // In lower case it is the word ("flores silvestres") — unless it speaks ("as flores
                // said") or is a whole name of two words or more ("rosa flores").
                guard verbAfter || (form.kind == .fullName && form.words.count >= 2) else { return nil }
            } else if first.sentenceStart, case .organisation = form.referent, !verbAfter {
                return nil
            } else if first.sentenceStart, case .person = form.referent,
                      slice.filter({ $0.isCapitalised && !NameParts.particles.contains($0.folded) }).count < 2 {
                ambiguous = true
            }
        }
        // A name of several words does not run across a comma or a sentence's end unless the
        // next word is capitalised ("Leblanc, Catherine" in a list; not "Rosa, flores y velas").
        if form.referent.isPerson, range.count >= 2, tokens[(range.lowerBound + 1)..<range.upperBound].contains(where: { t in
            (t.gap.contains(where: { ",;:!?".contains($0) }) || t.gap.contains(". ")) && !t.isCapitalised }) {
            return nil
        }
        var start = tokens[range.lowerBound].start
        var titleStart: Int?
        if case .person = form.referent {
            // Titles and initials before the name: "H.E. Ambassador Herrera", "Dr. A. Ruiz".
            var s = range.lowerBound
            // The particles between a title and the name ("Mr. van den Berg" for van der Berg):
            // left behind, they would still point at the person.
            var p = s
            while p > 0, NameParts.particles.contains(tokens[p - 1].folded), tokens[p].gap == " " { p -= 1 }
            if p < s, titleBefore(p, tokens: tokens) != nil { s = p }
            // A variant of the person's given name just before the family name ("Ibrahim Sow" for
            // Ibrahima Sow, "Dan Young", "Rosita Flores", "Muhammad Rafiq"): it goes with the name.
            // (Before a family name that is also a word, not at a sentence's start: "Esperan Paz y
            // justicia" is a verb and two nouns.)
            if s == range.lowerBound, s > 0, tokens[s].gap == " ", tokens[s - 1].isCapitalised,
               !(form.ordinary && tokens[s - 1].sentenceStart),
               !slice.contains(where: { form.givenWords.contains($0.folded) }),
               Self.isGivenVariant(tokens[s - 1].folded, of: form.givenWords) {
                s -= 1
            }
            while true {
                if let t = titleBefore(s, tokens: tokens) { s = t; continue }
                if s > 0, tokens[s - 1].text.count == 1, tokens[s - 1].isCapitalised,
                   tokens[s].gap.hasPrefix(".") || tokens[s].gap.hasPrefix("-") { s -= 1; continue }
                break
            }
            if s < range.lowerBound { titleStart = s; start = tokens[s].start }
        }
        var end = tokens[range.upperBound - 1].end
        // "Rosa F. said", "Rosa Fl. said": the cut's period goes with it, unless it also ends the sentence.
        if form.caseSensitive, form.kind == .alias, form.referent.isPerson, tokens[range.upperBound - 1].text.count <= 4, end < chars.count, chars[end] == ".",
           range.upperBound < tokens.count, tokens[range.upperBound].isLowercase {
            end += 1
        }
        // A dotted acronym keeps its last dot when the sentence goes on ("M.A.D.E. and…").
        if form.written.hasSuffix("."), end + 2 < chars.count, chars[end] == ".", chars[end + 1] == " ", chars[end + 2].isLowercase {
            end += 1
        }
        var possessive = false
        if range.upperBound < tokens.count, tokens[range.upperBound].afterApostrophe, tokens[range.upperBound].folded == "s" {
            possessive = true
            end = tokens[range.upperBound].end
        } else if end < chars.count, Folding.kind(of: chars[end]) == .apostrophe,
                  tokens[range.upperBound - 1].folded.hasSuffix("s"),
                  end + 1 == chars.count || !(chars[end + 1].isLetter) {
            possessive = true
            end += 1
        }
        return Mention(form: form, tokens: range, range: start..<end, titleStart: titleStart,
                       possessive: possessive, ambiguous: ambiguous)
    }

    /// A short form, a diminutive or a spelling of one of `given` ("dan", "rosita", "muhammad",
    /// "ibrahim"): the same first letter and either one the other's start (three letters or
    /// more) or at most two letters apart ("Espacio" is no Esperanza).
    static func isGivenVariant(_ word: String, of given: Set<String>) -> Bool {
        guard word.count >= 3 else { return false }
        return given.contains { g in
            guard g.count >= 3, g != word, g.first == word.first else { return false }
            if g.hasPrefix(word) || word.hasPrefix(g) { return true }
            return abs(g.count - word.count) <= 2 && Suggestion.distance(Array(g), Array(word)) <= 2
        }
    }

    private static let articles: Set<String> = ["the", "a", "an", "la", "el", "le", "les", "los", "las", "un", "una", "une"]

    /// The token index where a title ending just before `index` starts, or nil.
    package func titleBefore(_ index: Int, tokens: [Token]) -> Int? {
        for title in NameParts.titles.sorted(by: { $0.count > $1.count }) where index >= title.count {
            let s = index - title.count
            guard Array(tokens[s..<index].map(\.folded)) == title else { continue }
            let t = tokens[s]
            // A lower-case short word is not a title ("me", "m") unless it ends in a full stop ("ms.").
            if t.isCapitalised || t.folded.count > 3 { return s }
            if t.folded.count >= 2, tokens[index].gap.hasPrefix(".") { return s }
        }
        return nil
    }
}
