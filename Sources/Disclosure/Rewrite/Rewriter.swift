import Diagnostics
import Model

/// Rewrites one run of text under its content's rule (SPEC 3.2, 3.3): finds the mentions, decides
/// which are replaced, and replaces them by descriptors so that the sentence still reads — a person
/// with their organisation as one descriptor, coordinated names as one plural, articles agreeing.
package struct Rewriter: Sendable {
    /// One replacement, with why.
    package struct Unit: Sendable {
        package var range: Range<Int>
        package var text: String
        package var reason: String
        package var referents: [Referent]
    }

    /// What rewriting a text gave.
    package struct Output: Sendable {
        package var units: [Unit] = []
        /// Family names that are also words, at the start of a sentence: warnings (rewritten only
        /// when they read as a name, see `readsAsName`).
        package var ambiguous: [Mention] = []
        /// States still named after rewriting.
        package var statesNamed: [Mention] = []
        /// Suspicions left as written (SPEC 3.4), for the log and the review.
        package var suspicions: [(range: Range<Int>, reason: String)] = []
        package var edits: [TextEdit] { units.map { TextEdit(range: $0.range, replacement: $0.text) } }
    }

    package let finder: MentionFinder
    package let policy: DisclosurePolicy
    package let meeting: Meeting
    package var options: RewriteOptions
    /// Near matches of family names, when the meeting's rewriter has them.
    package let nearMiss: NearMissFinder?
    /// Organisation names with a typo or a changed small word, when the meeting's rewriter has them.
    package let organisationNear: OrganisationNearFinder?

    package var participation: Participation { policy.participation }

    package init(finder: MentionFinder, policy: DisclosurePolicy, meeting: Meeting, options: RewriteOptions,
                 nearMiss: NearMissFinder? = nil, organisationNear: OrganisationNearFinder? = nil) {
        self.finder = finder; self.policy = policy; self.meeting = meeting; self.options = options
        self.nearMiss = nearMiss; self.organisationNear = organisationNear
    }

    /// Rewrites an inline run. `language` is the item's (detected once for the whole item).
    package func rewrite(_ inlines: [Inline], in c: ContentContext, language: Language) -> ([Inline], Output, FlatText) {
        let flat = FlatText(inlines).splitting { joined, at in
            // "*Ms. Haddad*reported": split where the joined word is no form; "[Sal](#)as" stays whole.
            !self.finder.trie.isForm(word: joined.folded)
        }
        var out = analyse(flat, in: c, language: language)
        // A replacement never glues itself to a letter: "*Ms. Haddad*reported" → "… participant reported".
        for k in out.units.indices where !out.units[k].text.isEmpty {
            let r = out.units[k].range
            if r.upperBound < flat.chars.count, flat.chars[r.upperBound].isLetter { out.units[k].text += " " }
            if r.lowerBound > 0, flat.chars[r.lowerBound - 1].isLetter { out.units[k].text = " " + out.units[k].text }
        }
        // A link loses its destination when its text or its address named someone replaced here:
        // `[Ana Ruiz](mailto:ana@…)` must not keep the address.
        // In chatham-house content every link loses its address (a web address is contact data).
        let editor = InlineEditor(edits: out.edits) { dest, range in
            (c.rule == .chathamHouse && !options.letSlipClasses.contains(.contactData)) || out.units.contains { $0.range.overlaps(range) } || self.mustUnwrap(dest, in: c)
        }
        return (editor.apply(inlines), out, flat)
    }

    /// The language of a text, guessed from its words outside the names it mentions
    /// (`de la Cruz` says nothing about the sentence around it).
    package func language(of text: String) -> Language { language(of: FlatText(text)) }

    /// The language of an already tokenized text, its names left out.
    package func language(of flat: FlatText) -> Language {
        var names = Set<Int>()
        for m in finder.mentions(in: flat) { names.formUnion(m.tokens) }
        return Language.detect(tokens: flat.tokens, fallback: options.fallbackLanguage, ignoring: names)
    }

    /// A link whose destination names a participant that is replaced here loses its link.
    func mustUnwrap(_ destination: String, in c: ContentContext) -> Bool {
        let flat = FlatText(destination.replacingOccurrences(of: ".", with: " ").replacingOccurrences(of: "/", with: " ")
            .replacingOccurrences(of: "_", with: " "))
        return finder.mentions(in: flat).contains { policy.replaces($0.referent, in: c) }
    }

    package func analyse(_ flat: FlatText, in c: ContentContext, language lang: Language) -> Output {
        let tokens = flat.tokens
        var out = Output()
        let exact = finder.mentions(in: flat)
        var near: [Mention] = []
        for n in (nearMiss?.mentions(in: flat, titleBefore: finder.titleBefore) ?? [])
            + (organisationNear?.mentions(in: flat) ?? [])
        where !exact.contains(where: { $0.range.overlaps(n.range) }) && !near.contains(where: { $0.range.overlaps(n.range) }) {
            near.append(n)
        }
        // A role noun next to a name is that name's title ("the Ambassador Herrera"): the name wins.
        let patterns = c.rule == .chathamHouse && !options.letSlipClasses.contains(.contactData) ? patternUnits(flat, lang: lang, session: c.session).filter { u in
            !(u.reason.hasPrefix(PatternKind.identifyingRole.rawValue) || u.reason.hasPrefix(PatternKind.bracketedAcronym.rawValue))
                || !exact.contains { $0.range.overlaps(u.range) }
        } : []
        out.units = patterns
        let ms = (exact + near).sorted { $0.range.lowerBound < $1.range.lowerBound }.filter { m in
            if case .person(let id) = m.referent, options.letSlip.contains(id) { return false }
            switch m.referent {
            case .person where options.letSlipClasses.contains(.people): return false
            case .organisation where options.letSlipClasses.contains(.organisations): return false
            case .state where options.letSlipClasses.contains(.states): return false
            // With states named (internal outputs), a role that points at governments only ("the
            // co-facilitators", "host government") is named too.
            case .role(let r) where options.letSlipClasses.contains(.states) && pointsAtGovernmentsOnly(r): return false
            case .organisation(let key) where options.letSlipClasses.contains(.states) && sector(ofOrganisation: key) == .government:
                return false
            default: break
            }
            return !patterns.contains { $0.range.overlaps(m.range) }
        }
        var i = 0
        while i < ms.count {
            let m = ms[i]
            if m.ambiguous, policy.replaces(m.referent, in: c) {
                out.ambiguous.append(m)
                if !readsAsName(m, tokens) { i += 1; continue }
                // "Flores stressed…", "Young's suggestion": a name after all; rewritten, and still
                // a warning for the secretariat to read.
            } else if m.ambiguous {
                i += 1
                continue
            }
            if case .state = m.referent {
                let (n, unit) = stateChain(ms, from: i, tokens: tokens, in: c, lang: lang)
                if let u = unit { out.units.append(u) } else { out.statesNamed.append(contentsOf: ms[i..<i + n]) }
                i += n
                continue
            }
            guard policy.replaces(m.referent, in: c) else { i += 1; continue }
            let (n, unit) = participantChain(ms, from: i, tokens: tokens, chars: flat.chars, in: c, lang: lang)
            out.units.append(unit)
            i += n
        }
        if !patterns.isEmpty { out.units.sort { $0.range.lowerBound < $1.range.lowerBound } }
        if c.rule == .chathamHouse, let nearMiss {
            out.suspicions = nearMiss.suspicions(in: flat, outside: out.units.map(\.range) + ms.map(\.range))
        }
        return out
    }

    /// Whether an ordinary-word family name at the start of a sentence reads as a name: it owns
    /// something (`Young's suggestion`) or a verb follows it (`Flores stressed`, `Paz dijo`).
    package func readsAsName(_ m: Mention, _ tokens: [Token]) -> Bool {
        if m.possessive { return true }
        let k = tokenIndex(atOrAfter: m.range.upperBound, tokens)
        guard k < tokens.count, tokens[k].gap.allSatisfy({ $0 == " " }) else { return false }
        return Language.allCases.contains { Lexicon.isVerb(tokens[k], $0) }
    }

    // MARK: People, organisations, roles

    private enum Group: Equatable { case people, organisations }

    private func group(_ r: Referent) -> Group? {
        switch r {
        case .person: return .people
        case .organisation: return .organisations
        case .role(let i):
            guard meeting.roles.indices.contains(i) else { return nil }
            if case .person? = meeting.roles[i].referents.first { return .people }
            return .organisations
        case .state: return nil
        }
    }

    /// Token index of the first token at or after a character offset.
    func tokenIndex(atOrAfter offset: Int, _ tokens: [Token]) -> Int {
        var lo = 0, hi = tokens.count
        while lo < hi { let mid = (lo + hi) / 2; if tokens[mid].start < offset { lo = mid + 1 } else { hi = mid } }
        return lo
    }

    /// Whether mention `b` follows `a` joined only by `and`, `or`, `y`, `et` or commas.
    func coordinated(_ a: Mention, _ b: Mention, _ tokens: [Token]) -> Bool {
        let from = tokenIndex(atOrAfter: a.range.upperBound, tokens)
        // Mentions that touch or overlap ("B-O-A-T-E-N-G") are not a list.
        guard from <= b.firstToken else { return false }
        let between = tokens[from..<b.firstToken]
        guard between.count <= 3 else { return false }
        // "and", ", and", "and the", "et le": conjunctions, and an article after one.
        guard between.allSatisfy({ Lexicon.conjunctions.contains($0.folded) || Articles.definite.contains($0.folded) }),
              between.first.map({ Lexicon.conjunctions.contains($0.folded) }) ?? true else { return false }
        // "Canada–Mexico", "Mexican-Guatemalan", "US/Mexico": a pair joined by a dash or a slash.
        if between.isEmpty { return [",", "-", "–", "—", "/", "‐", "‑"].contains(tokens[b.firstToken].gap.trimmingCharacters(in: .whitespaces)) }
        return (between.map(\.gap) + [tokens[b.firstToken].gap]).allSatisfy { $0.allSatisfy { " ,)".contains($0) } }
    }

    private static let affiliationWords: Set<String> = ["of", "from", "at", "with", "the", "de", "del", "la", "el", "du", "des", "le", "l", "d"]

    /// The index of an organisation (or, for a delegate, a state) mention right after person mention
    /// `k` ("Ana Ruiz of Sin Fronteras", "Ana Ruiz (Sin Fronteras)"), if any.
    private func affiliation(_ ms: [Mention], after k: Int, _ tokens: [Token]) -> Int? {
        guard k + 1 < ms.count, case .person(let pid) = ms[k].referent, !ms[k].possessive else { return nil }
        let next = ms[k + 1]
        switch next.referent {
        case .organisation: break
        case .state: guard participation.people[pid]?.isGovernment == true, next.form.kind != .stateAdjective else { return nil }
        default: return nil
        }
        let from = tokenIndex(atOrAfter: ms[k].range.upperBound, tokens)
        let between = tokens[from..<next.firstToken]
        guard between.count <= 2, between.allSatisfy({ Self.affiliationWords.contains($0.folded) }) else { return nil }
        let gaps = between.map(\.gap) + [tokens[next.firstToken].gap]
        guard gaps.allSatisfy({ $0.allSatisfy { " (,'’".contains($0) } }) else { return nil }
        if between.isEmpty, !tokens[next.firstToken].gap.contains("(") { return nil }
        return k + 1
    }

    private func participantChain(_ ms: [Mention], from i: Int, tokens: [Token], chars: [Character],
                                  in c: ContentContext, lang: Language) -> (Int, Unit) {
        let g = group(ms[i].referent)
        var j = i
        var end = ms[i].range.upperBound
        var referents: [Referent] = []
        var possessive = false
        var namesake = false   // a name several participants share
        while true {
            referents.append(ms[j].referent)
            if !ms[j].others.isEmpty { namesake = true }
            end = ms[j].range.upperBound
            possessive = ms[j].possessive
            if let a = affiliation(ms, after: j, tokens) {
                let gaps = tokens[tokenIndex(atOrAfter: ms[j].range.upperBound, tokens)...ms[a].firstToken].map(\.gap).joined()
                let opened = gaps.contains("(")
                let comma = gaps.contains(",")
                j = a
                end = ms[a].range.upperBound
                possessive = ms[a].possessive
                var e = end
                while e < chars.count, chars[e] == " " { e += 1 }
                if e < chars.count, (opened && chars[e] == ")") || (comma && chars[e] == ",") { end = e + 1 }
            }
            var last = ms[j]
            last.range = last.range.lowerBound..<end
            // The same person twice in a row ("Isabel" + "de la Cruz"): one mention.
            if j + 1 < ms.count, ms[j + 1].referent == ms[j].referent, !possessive,
               tokens[ms[j + 1].firstToken].gap.allSatisfy({ $0 == " " }),
               tokenIndex(atOrAfter: end, tokens) == ms[j + 1].firstToken {
                j += 1
                continue
            }
            if j + 1 < ms.count, group(ms[j + 1].referent) == g, !ms[j + 1].ambiguous,
               policy.replaces(ms[j + 1].referent, in: c), coordinated(last, ms[j + 1], tokens) {
                j += 1
                continue
            }
            break
        }
        var (kind, count) = descriptorKind(referents, group: g)
        // A name several participants share says only what they all are: "a participant" when
        // one of them is a government delegate and another is not, and no region.
        for m in ms[i...j] where !m.others.isEmpty {
            let sectors = Set(([m.referent] + m.others).map { r -> String in
                if case .person(let id) = r { return participation.people[id]?.sector.rawValue ?? "" }
                return ""
            })
            if sectors.count > 1, case .person = kind { kind = .person(nil) }
        }
        // A name used as an adjective ("the Kowalski paper", "the PICUM study") is a possessive
        // once replaced: "a civil-society participant's paper", never "… participant paper".
        if lang == .en, !possessive, isAttributive(from: ms[i].firstToken, end: end, tokens) { possessive = true }
        // A possessive keeps the descriptor short: never "a participant from Asia's paper".
        let qualifier = count == 1 && !possessive && !namesake ? self.qualifier(for: referents[0], in: c, lang: lang) : nil
        var text = Phrasebook.phrase(kind, count: count, lang, qualifier: qualifier)
        if possessive, lang == .en { text = Phrasebook.possessive(text) }
        let (t, prefix) = Articles.absorbLeft(ms[i].firstToken, tokens: tokens, lang: lang)
        let start = t < ms[i].firstToken ? tokens[t].start : ms[i].range.lowerBound
        let (range, finished) = Articles.finish(prefix + text, range: start..<end, tokens: tokens, lang: lang)
        let reason = referents.map(describe).joined(separator: ", ") + " (\(c.rule.rawValue))"
        return (j - i + 1, Unit(range: range, text: finished, reason: reason, referents: referents))
    }

    /// Whether a role of meeting.yaml points only at government organisations.
    private func pointsAtGovernmentsOnly(_ role: Int) -> Bool {
        guard meeting.roles.indices.contains(role), !meeting.roles[role].referents.isEmpty else { return false }
        return meeting.roles[role].referents.allSatisfy { ref in
            guard case .organisation(let name) = ref else { return false }
            return sector(ofOrganisation: participation.organisationKey(named: name) ?? Folding.key(name)) == .government
        }
    }

    private static let notNouns: Set<String> = [
        "and", "or", "of", "in", "on", "at", "for", "with", "to", "from", "by", "is", "are", "was", "were", "has",
        "have", "had", "will", "would", "can", "could", "should", "must", "may", "also", "who", "which", "that",
        "as", "but", "not", "then", "than", "said", "says", "today", "yesterday", "tomorrow", "tonight", "here", "there",
        "again", "too", "now", "later", "earlier", "first", "last", "once", "twice", "ago", "instead", "however",
        "together", "alone", "itself", "themselves", "so", "if", "when", "while", "because", "since", "before", "after",
        "into", "about", "over", "under", "during", "this", "these", "those", "each", "every", "all", "both",
    ]

    /// "the X noun": the mention follows "the" and a lower-case word that is no verb follows it.
    private func isAttributive(from first: Int, end: Int, _ tokens: [Token]) -> Bool {
        guard first > 0, tokens[first - 1].folded == "the" else { return false }
        let k = tokenIndex(atOrAfter: end, tokens)
        guard k < tokens.count, tokens[k].gap == " ", tokens[k].isLowercase else { return false }
        return !Self.notNouns.contains(tokens[k].folded) && !Lexicon.adverbs.contains(tokens[k].folded)
            && !tokens[k].folded.hasSuffix("ly") && !Lexicon.isVerb(tokens[k], .en)
    }

    private func descriptorKind(_ referents: [Referent], group: Group?) -> (Phrasebook.Kind, Int) {
        // Roles expanded into what they point at, then each participant counted once.
        var expanded: [Referent] = []
        for r in referents {
            guard case .role(let i) = r else { expanded.append(r); continue }
            for ref in meeting.roles[i].referents {
                switch ref {
                case .person(let id): expanded.append(.person(id))
                case .organisation(let n): expanded.append(.organisation(participation.organisationKey(named: n) ?? Folding.key(n)))
                }
            }
        }
        var seen = Set<Referent>()
        let distinct = expanded.filter { seen.insert($0).inserted }
        var sectors: [Sector?] = []
        var orgs = false
        for r in distinct {
            switch r {
            case .person(let id): sectors.append(participation.people[id]?.sector)
            case .organisation(let key): orgs = true; sectors.append(sector(ofOrganisation: key))
            case .state: sectors.append(.government)
            case .role: break
            }
        }
        let count = max(1, distinct.count)
        let same = Set(sectors.map { $0?.rawValue ?? "" }).count == 1 ? sectors.first! : nil
        if orgs, same == .government { return (.government, count) }
        let kind: Phrasebook.Kind = (orgs || group == .organisations) ? .organisation(same) : .person(same)
        return (kind, count)
    }

    func sector(ofOrganisation key: String) -> Sector? {
        let members = participation.members(of: key)
        let counts = Dictionary(grouping: members, by: \.sector).mapValues(\.count)
        return counts.max { $0.value < $1.value }?.key
    }

    func describe(_ r: Referent) -> String {
        switch r {
        case .person(let id): return "person \(id)"
        case .organisation(let key): return "organisation '\(participation.organisations[key]?.name ?? key)'"
        case .state(let id): return "state \(id)"
        case .role(let i): return "role '\(meeting.roles[i].phrase)'"
        }
    }
}
