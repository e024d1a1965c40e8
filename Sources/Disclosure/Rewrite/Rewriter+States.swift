/// States (SPEC 3.2): a state present at the session is replaced whatever it qualifies; a state
/// present at another chatham-house session only where it speaks or holds a position; the
/// replacement depends on how the state is written — a name, a possessive, an adjective before
/// (en) or after (es, fr) a noun, a demonym.
extension Rewriter {
    /// Participles of place and passage, folded (stems, and whole words where a stem would catch
    /// "passed by", an act): the state after them is a place.
    static let placeStems: [String] = [
        "surround", "border", "flank", "cross", "travers", "separat", "divid",
        "rodead", "atravesad", "recorrid", "pasad", "cruzad", "transitad", "separad", "limitad", "bordead", "entour", "longe", "survol",
    ]
    static let placeParticiples: Set<String> = [
        "passe", "passee", "passes", "passees", "borde", "bordee", "bordes", "bordees", "separe", "separee", "separes",
        "limite", "limitee", "transited", "traversed",
    ]

    /// A past participle before "by", "por", "par" ("proposed by", "propuesto por", "proposé par").
    static func isParticiple(_ token: Token, before preposition: String) -> Bool {
        let word = token.folded
        // Verbs of place and passage: "surrounded by Mexico", "pasan por México", "passé par le Mexique".
        if placeParticiples.contains(word) || placeStems.contains(where: { word.hasPrefix($0) }) { return false }
        switch preposition {
        case "by": return word.hasSuffix("ed") || ["made", "put", "taken", "given", "written", "held", "led", "set", "brought"].contains(word)
        case "por": return ["ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas", "esto", "esta", "echo", "echa", "ito", "ita"].contains { word.hasSuffix($0) }
        // French by the accent as written ("proposé", not "la route par…"), or an irregular ending
        // ("soutenu", "fait", "mis").
        case "par": return ["é", "ée", "és", "ées"].contains { token.text.hasSuffix($0) }
            || (word.count >= 4 && ["u", "ue", "us", "it", "ite", "is", "ise"].contains { word.hasSuffix($0) })
        default: return false
        }
    }

    private func isName(_ m: Mention) -> Bool { m.form.kind != .stateAdjective }

    /// "confirmé", "dicho", "said", "proposed": a past participle after an auxiliary.
    static func looksLikeParticiple(_ t: Token) -> Bool {
        guard t.isLowercase, t.folded.count > 3 else { return false }
        return ["é", "ée", "és", "ées"].contains { t.text.hasSuffix($0) } || ["ado", "ido", "cho", "ed", "id"].contains { t.folded.hasSuffix($0) }
    }

    static let auxiliaries: Set<String> = ["a", "ha", "han", "ont", "avait", "avaient", "has", "have", "had", "habia", "habian", "va", "van", "vont"]

    /// The next token after `index`, adverbs skipped.
    private func nextWord(_ index: Int, _ tokens: [Token], _ lang: Language) -> Int? {
        var k = index
        while k < tokens.count, Lexicon.adverbs.contains(tokens[k].folded)
                || (lang == .en && tokens[k].folded.hasSuffix("ly") && tokens[k].isLowercase) { k += 1 }
        return k < tokens.count ? k : nil
    }

    private func noun(_ t: Token, _ lang: Language) -> Lexicon.Noun? {
        // Offices are often capitalised ("the Mexican Ministry of Foreign Affairs").
        guard t.isLowercase || Lexicon.ministries.contains(t.folded) else { return nil }
        return Lexicon.nouns[lang]?[t.folded]
    }

    func stateChain(_ ms: [Mention], from i: Int, tokens: [Token], in c: ContentContext, lang: Language) -> (Int, Unit?) {
        var j = i
        while j + 1 < ms.count, case .state = ms[j + 1].referent, isName(ms[j + 1]) == isName(ms[i]),
              ms[j].possessive == ms[j + 1].possessive || !ms[j].possessive, coordinated(ms[j], ms[j + 1], tokens) { j += 1 }
        let chain = Array(ms[i...j])
        let n = chain.count
        // An adjective several states share ("Congolese") is treated as the strictest of them.
        let treatments = chain.map { m -> DisclosurePolicy.StateTreatment in
            let all = ([m.referent] + m.others).compactMap { r -> DisclosurePolicy.StateTreatment? in
                if case .state(let id) = r { return policy.treatment(ofState: id, in: c) }
                return nil
            }
            return all.contains(.always) ? .always : all.contains(.ifActor) ? .ifActor : .keep
        }
        guard treatments.contains(where: { $0 != .keep }) else { return (n, nil) }
        let first = chain[0].firstToken
        let after = tokenIndex(atOrAfter: chain[n - 1].range.upperBound, tokens)
        // A verb after a comma is the next clause's ("many of them Moroccan, have no way out").
        // A verb of any of the three languages (a French sentence may quote "Abidjan said"), one
        // of a single letter only in the sentence's own ("a", "y").
        let verbAfter = after < tokens.count && !tokens[after].gap.contains(",")
            && (nextWord(after, tokens, lang).map { k in
                Lexicon.isVerb(tokens[k], lang) || (tokens[k].folded.count > 2 && Language.allCases.contains { Lexicon.isVerb(tokens[k], $0) })
                    // "Berne a confirmé", "Ottawa ha dicho": an auxiliary of any language before a verb.
                    || (Self.auxiliaries.contains(tokens[k].folded) && k + 1 < tokens.count
                        && (Language.allCases.contains { Lexicon.isVerb(tokens[k + 1], $0) } || Self.looksLikeParticiple(tokens[k + 1])))
            } ?? false)
        let ids = chain.compactMap { m -> String? in if case .state(let id) = m.referent { return id }; return nil }
        let always = treatments.contains(.always)
        var reason: String {
            "state \(ids.joined(separator: ", ")) " + (always ? "present at this session" : "speaks or holds a position (present at another chatham-house session)")
        }
        func unit(_ start: Int, _ end: Int, _ text: String) -> (Int, Unit?) {
            var start = start
            // "both Mexico and Guatemala" → "two governments", not "both two governments".
            var text = text
            if n > 1, let k = tokens.lastIndex(where: { $0.end <= start }), tokens[k].end == start - 1,
               ["both", "ambos", "ambas", "tanto"].contains(tokens[k].folded), !text.isEmpty, !text.hasPrefix("de ") {
                start = tokens[k].start
            }
            // "Neither Canada nor Germany objected" → "Neither of two governments objected".
            if n > 1, lang == .en, let k = tokens.lastIndex(where: { $0.end <= start }), tokens[k].end == start - 1,
               tokens[k].folded == "neither", !text.isEmpty {
                start = tokens[k].start
                text = (tokens[k].isCapitalised ? "Neither of " : "neither of ") + text
            }
            let (range, t) = Articles.finish(text, range: start..<end, tokens: tokens, lang: lang)
            return (n, Unit(range: range, text: t, reason: reason, referents: chain.map(\.referent)))
        }
        let end = chain[n - 1].range.upperBound
        let possessive = chain[n - 1].possessive

        if isName(chain[0]) {
            // Actor: the subject of a verb, a possessive before a noun of its words, "the position
            // of Mexico", "according to Mexico".
            // After a preposition of place ("in Mexico", "au Mexique"), a name is a place, whatever follows.
            var q = first - 1
            if q >= 0, Articles.definite.contains(tokens[q].folded) { q -= 1 }
            let place = q >= 0 && Lexicon.placePrepositions.contains(tokens[q].folded)
            var actor = verbAfter && !place
            // A question's subject after its auxiliary: "Will Mexico support…?", "Why does Ghana…?"
            if lang == .en, first >= 1, tokens[first].gap == " ", Lexicon.questionAuxiliaries.contains(tokens[first - 1].folded),
               after < tokens.count, !Lexicon.placePrepositions.contains(tokens[after].folded) { actor = true }
            // "Mexico's red lines": a state that owns anything acts.
            if possessive, !(after < tokens.count && Lexicon.placeNouns.contains(tokens[after].folded)) { actor = true }
            // "Canada: opposed…" — a label at the start of a line or sentence.
            if !place, after < tokens.count, tokens[after].gap.trimmingCharacters(in: .whitespaces).hasPrefix(":") { actor = true }
            // "Germany, in its intervention, said…": a verb after an inserted phrase.
            if !actor, !place, after < tokens.count, tokens[after].gap.trimmingCharacters(in: .whitespaces) == "," {
                var k = after
                while k < min(tokens.count, after + 8), !(tokens[k].gap.contains(",") && k > after) { k += 1 }
                if k < tokens.count, k < after + 8, let v = nextWord(k, tokens, lang), Lexicon.isVerb(tokens[v], lang) { actor = true }
            }
            // "we will lobby Canada", "presionar a México": the object of an advocacy verb.
            var o = first - 1
            while o >= 0, Articles.definite.contains(tokens[o].folded) || ["a", "al", "aupres", "de"].contains(tokens[o].folded) { o -= 1 }
            if o >= 0, Lexicon.advocacyVerbs.contains(tokens[o].folded) { actor = true }
            // "the Ministry of Foreign Affairs of Mexico", "la Cancillería de México".
            if tokens[max(0, first - 6)..<first].contains(where: { Lexicon.ministries.contains($0.folded) }) { actor = true }
            // "the Argentine delegate": a name before a noun of its words, as an adjective.
            if lang == .en, !possessive, after < tokens.count, tokens[after].gap == " ", noun(tokens[after], lang) != nil,
               !chain.contains(where: { $0.form.kind == .stateCapital || $0.form.kind == .stateCode }) {
                return englishAdjective(chain, after: after, tokens: tokens, always: always, verbAfter: verbAfter, unit: unit)
            }
            var k = first - 1
            if k >= 0, Articles.definite.contains(tokens[k].folded) { k -= 1 }
            if k >= 0, ["of", "de", "del", "du", "d", "by", "par", "por"].contains(tokens[k].folded), k >= 1,
               noun(tokens[k - 1], lang) != nil || Self.isParticiple(tokens[k - 1], before: tokens[k].folded) { actor = true }
            // "the delegate from Canada", "el delegado de…" (above): a representative's state.
            if k >= 1, tokens[k].folded == "from", let nn = noun(tokens[k - 1], lang), nn.cls != .word { actor = true }
            var p = first - 1
            if p >= 0, Articles.definite.contains(tokens[p].folded) { p -= 1 }
            if p >= 0, Lexicon.accordingTo.contains(tokens[p].folded) { actor = true }
            if p >= 1, tokens[p - 1].folded == "according", tokens[p].folded == "to" { actor = true }
            // "d'après le Canada", "de acuerdo con Alemania", "as Germany put it".
            if p >= 1, tokens[p - 1].folded == "d", tokens[p].folded == "apres" { actor = true }
            if p >= 2, tokens[p - 2].folded == "de", tokens[p - 1].folded == "acuerdo", tokens[p].folded == "con" { actor = true }
            if p >= 0, tokens[p].folded == "as", after + 1 < tokens.count, ["put", "said", "says", "noted", "stated"].contains(tokens[after].folded) {
                actor = true
            }
            // "For Canada, alternatives are the rule" — "Para México, …", "Pour le Canada, …": a view.
            if p >= 0, ["for", "para", "pour"].contains(tokens[p].folded), tokens[p].sentenceStart || tokens[p].gap.contains(":"),
               after < tokens.count, tokens[after].gap.trimmingCharacters(in: .whitespaces).hasPrefix(",") { actor = true }
            // A capital or a code is its state only where it acts: "Ottawa said", not "in Ottawa".
            let actsOnly = chain.allSatisfy { $0.form.kind == .stateCapital || $0.form.kind == .stateCode }
            guard (always && !actsOnly) || actor else { return (n, nil) }
            // A compound: "a Mexico-led initiative" → "a government-led initiative", "Mexico-based
            // groups" → "nationally based groups" (not "one country-based").
            if lang == .en, n == 1, !possessive, after < tokens.count, tokens[after].afterHyphen, tokens[after].isLowercase {
                let suffix = tokens[after]
                let text = suffix.folded == "based" ? "nationally based" : "government-" + suffix.text
                return unit(chain[0].range.lowerBound, suffix.end, text)
            }
            // "el gobierno de Guatemala", "the Government of Mexico", "la délégation du Mexique":
            // the noun and the name together become one descriptor.
            if k >= 1, let nn = noun(tokens[k - 1], lang), nn.cls != .word, ["of", "de", "del", "du", "d"].contains(tokens[k].folded),
               (!nn.plural && n == 1) || (nn.plural && n > 1 && (nn.cls == .government || nn.cls == .delegation)) {
                let nounIndex = k - 1
                let det = nounIndex >= 1 && Articles.definite.contains(tokens[nounIndex - 1].folded) ? nounIndex - 1 : nounIndex
                let text: String
                switch (lang, nn.cls, nn.plural) {
                case (_, .government, true): text = Phrasebook.phrase(.government, count: n, lang)
                case (.en, .delegation, true): text = Phrasebook.number(n, .en) + " government delegations"
                case (.es, .delegation, true): text = Phrasebook.number(n, .es, feminine: true) + " delegaciones"
                case (.fr, .delegation, true): text = Phrasebook.number(n, .fr) + " délégations"
                case (.en, .government, _): text = "one government"
                case (.en, .delegation, _): text = "one government delegation"
                case (.en, _, _): text = "a government " + tokens[nounIndex].text
                case (.es, _, _): text = (nn.feminine ? "una " : "un ") + tokens[nounIndex].text
                case (.fr, _, _): text = (nn.feminine ? "une " : "un ") + tokens[nounIndex].text
                }
                return unit(tokens[det].start, end, text)
            }
            var text = Phrasebook.phrase(actor ? .government : .country, count: n, lang)
            if possessive, lang == .en { text = Phrasebook.possessive(text) }
            let (t, prefix) = Articles.absorbLeft(first, tokens: tokens, lang: lang, place: !actor)
            return unit(tokens[t].start, end, prefix + text)
        }

        // Adjectives and demonyms.
        if lang == .en {
            return englishAdjective(chain, after: after, tokens: tokens, always: always, verbAfter: verbAfter, unit: unit)
        }

        // Spanish and French: the adjective follows its noun.
        let prev = first - 1
        if prev >= 0, let nn = noun(tokens[prev], lang) {
            // "la delegación mexicana" → "una delegación"; "la posición mexicana" → "la posición de un gobierno"
            let detIndex = prev - 1 >= 0 && Articles.definite.contains(tokens[prev - 1].folded) ? prev - 1 : nil
            if !nn.plural, nn.cls != .word, n == 1 {
                let article = lang == .es ? (nn.feminine ? "una" : "un") : (nn.feminine ? "une" : "un")
                let start = tokens[detIndex ?? prev].start
                return unit(start, end, article + " " + tokens[prev].text)
            }
            return unit(chain[0].range.lowerBound, end, "de " + Phrasebook.phrase(.government, count: n, lang))
        }
        let detBefore = prev >= 0 && ["los", "las", "les", "des"].contains(tokens[prev].folded)
        if detBefore || (tokens[first].isCapitalised && verbAfter) {
            // A demonym: "los mexicanos dijeron", "les Ivoiriens sont ouverts…"
            guard always || verbAfter else { return (n, nil) }
            let start = detBefore ? tokens[prev].start : chain[0].range.lowerBound
            let det = detBefore ? tokens[prev].text + " " : ""
            return unit(start, end, det + Phrasebook.phrase(verbAfter ? .representatives : .nationals, count: n, lang))
        }
        // A topic: "trabajadores filipinos" → "trabajadores de un país".
        guard always else { return (n, nil) }
        return unit(chain[0].range.lowerBound, end, "de " + Phrasebook.phrase(.country, count: n, lang))
    }

    /// English adjectives and demonyms: "the Mexican delegation", "the Ghanaian and Bangladeshi
    /// delegates", "Filipino seafarers", "the Ivorians are open to…".
    private func englishAdjective(_ chain: [Mention], after: Int, tokens: [Token], always: Bool, verbAfter: Bool,
                                  unit: (Int, Int, String) -> (Int, Unit?)) -> (Int, Unit?) {
        let n = chain.count
        let first = chain[0].firstToken
        let end = chain[n - 1].range.upperBound
        let next = after < tokens.count && tokens[after].gap.allSatisfy({ $0 == " " }) ? after : nil
        let (t, _) = Articles.absorbLeft(first, tokens: tokens, lang: .en)
        let hadThe = t < first && tokens[t].folded == "the"
        let start = tokens[t].start
        if let k = next, let nn = noun(tokens[k], .en) {
            switch nn.cls {
            case .government: return unit(start, end, Phrasebook.number(n, .en))
            case .delegation: return unit(start, end, Phrasebook.number(n, .en) + " government")
            // A title points at one person ("the Swiss ambassador"): say only what they are.
            case .person where !nn.plural && ["ambassador", "minister", "envoy"].contains(tokens[k].folded):
                return unit(start, tokens[k].end, "a government representative")
            case .person where !nn.plural: return unit(start, end, "a government")
            case .person:
                let text = (hadThe ? "the " : "") + tokens[k].text + " of " + Phrasebook.phrase(.government, count: n, .en)
                return unit(start, tokens[k].end, text)
            case .word: return unit(start, end, Phrasebook.possessive(Phrasebook.phrase(.government, count: n, .en)))
            }
        }
        // A plural ("Filipinos", "Ivorians") is a demonym, not an adjective before a noun.
        let plural = chain[n - 1].form.words.last.map { $0.hasSuffix("s") && !$0.hasSuffix("ss") } ?? false
        if !plural, let k = next, tokens[k].isLowercase, !Lexicon.isVerb(tokens[k], .en) {
            // A topic: "Filipino seafarers" → "one country's seafarers"; inside a noun phrase
            // ("the 2015 Mexican programme") the adjective is dropped.
            guard always else { return (n, nil) }
            if t == first, first > 0, !tokens[first].sentenceStart, !Lexicon.placePrepositions.contains(tokens[first - 1].folded),
               !["and", "or", "of", "for", "with", "by", "on", "about"].contains(tokens[first - 1].folded) {
                return unit(tokens[first - 1].end, end, "")
            }
            return unit(start, end, Phrasebook.possessive(Phrasebook.phrase(.country, count: n, .en)))
        }
        // A demonym: "the Ivorians are open to…"
        guard always || verbAfter else { return (n, nil) }
        let text = (hadThe ? "the " : "") + Phrasebook.phrase(verbAfter ? .representatives : .nationals, count: n, .en)
        return unit(start, end, text)
    }
}
