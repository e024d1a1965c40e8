import Foundation
import Model

/// Near matches of participants' family names (SPEC 3.2): one edit for a name of 5–7 letters, two
/// for longer ones, a swap of two letters counting as one ("Flroes", "Vilanueva", "Hofmann"). Next
/// to a title, a given name of the person or a verb of speech such a word is a form and replaced;
/// elsewhere it is only a suspicion for the secretariat's review, never a rewrite.
package final class NearMissFinder: @unchecked Sendable {
    private struct Candidate { var folded: [UInt8]; var form: Form }
    private let byLength: [Int: [Candidate]]
    /// Family names of three or four letters, for near matches after a title only.
    private let short: [Candidate]
    private let exact: Set<String>
    let words: OrdinaryWords
    /// Acronyms the meeting declares or that name public bodies: never suspected.
    let knownAcronyms: Set<String>
    private let lock = NSLock()
    private var cache: [String: [Form]] = [:]

    /// Given names of participants (folded), with whose they are: alone they are suspicions.
    private var givenNames: [String: Referent] = [:]

    package init(forms: [Form], words: OrdinaryWords, knownAcronyms: Set<String> = []) {
        self.knownAcronyms = knownAcronyms
        var byLength: [Int: [Candidate]] = [:]
        var short: [Candidate] = []
        for f in forms where f.kind == .titledGivenName {
            if let w = f.words.first, w.count >= 3 { givenNames[w] = givenNames[w] ?? f.referent }
        }
        var exact = Set<String>()
        for f in forms {
            exact.insert(f.words.joined(separator: " "))
            let person = f.kind == .familyName || f.kind == .alias || f.kind == .fullName
            // A state's name or adjective of six letters or more, misspelt ("Mexcian", "Guatamalan").
            let state = (f.kind == .stateName || f.kind == .stateAdjective) && !f.ordinary
            if person, case .person = f.referent, f.words.count == 1, let w = f.words.first, (3...4).contains(w.count) {
                short.append(Candidate(folded: Array(w.utf8), form: f))
            }
            guard f.words.count == 1, person || state, let w = f.words.first, w.count >= (state ? 6 : 5) else { continue }
            if person, case .person = f.referent {} else if !state { continue }
            byLength[w.utf8.count, default: []].append(Candidate(folded: Array(w.utf8), form: f))
        }
        self.byLength = byLength
        self.short = short
        self.exact = exact
        self.words = words
    }

    /// The forms a folded word nearly matches, cached: a meeting's vocabulary is small.
    private func near(_ word: String) -> [Form] {
        lock.lock()
        if let hit = cache[word] { lock.unlock(); return hit }
        lock.unlock()
        var out: [Form] = []
        let w = Array(word.utf8)
        if w.count >= 5, !exact.contains(word) {
            for len in (w.count - 2)...(w.count + 2) {
                for c in byLength[len] ?? [] {
                    let limit = c.folded.count <= 7 ? 1 : 2
                    if abs(c.folded.count - w.count) <= limit, Self.distance(w, c.folded, limit: limit) <= limit { out.append(c.form) }
                }
            }
        }
        lock.lock(); cache[word] = out; lock.unlock()
        return out
    }

    /// Near matches in a text that stand where a name does: after a title or a given name of the
    /// person, or before a verb of speech.
    package func mentions(in text: FlatText, titleBefore: (Int, [Token]) -> Int?) -> [Mention] {
        let tokens = text.tokens
        var out: [Mention] = []
        for (i, t) in tokens.enumerated() where t.folded.utf8.count >= 3 && (t.isCapitalised || i > 0) {
            var forms = t.folded.utf8.count >= 5 ? near(t.folded) : []
            var p = i
            // A short family name (3–4 letters) one edit off, right after a title ("Mr. Ezeh" for
            // Eze, "Sra. de la Crus"): the title says it is a name.
            if forms.isEmpty, t.isCapitalised, (3...5).contains(t.folded.utf8.count), !exact.contains(t.folded) {
                var q = i
                while q > 0, NameParts.particles.contains(tokens[q - 1].folded), i - q < 3 { q -= 1 }
                let w = Array(t.folded.utf8)
                let close = short.filter { abs($0.folded.count - w.count) <= 1 && Self.distance(w, $0.folded, limit: 1) <= 1 }.map(\.form)
                // After a title, or after the person's own given name ("Chinedu Ezeh").
                let afterGiven = q > 0 && tokens[q - 1].isCapitalised
                let speaks = i + 1 < tokens.count && tokens[i + 1].gap == " " && Lexicon.speechVerbs.contains(tokens[i + 1].folded)
                if titleBefore(q, tokens) != nil || speaks { forms = close } else if afterGiven {
                    forms = close.filter { $0.givenWords.contains(tokens[q - 1].folded) }
                }
            }
            guard t.folded.utf8.count >= 5 || !forms.isEmpty else { continue }
            // A compound name with a typo in one part ("Osei-Mesnah"): the two words together.
            if forms.isEmpty, i > 0, t.afterHyphen {
                forms = near(tokens[i - 1].folded + t.folded)
                p = i - 1
            }
            guard !forms.isEmpty else { continue }
            // A title may stand before the particles of the name: "Ms. El-mArani".
            while p > 0, NameParts.particles.contains(tokens[p - 1].folded), i - p < 3 { p -= 1 }
            let title = titleBefore(p, tokens)
            let verbAfter = i + 1 < tokens.count && tokens[i + 1].gap.allSatisfy({ $0 == " " })
                && Lexicon.speechVerbs.contains(tokens[i + 1].folded)
            // An ordinary word ("Rye's", "Floors") is a name only after a title or a given name.
            let ordinary = words.isOrdinary([t.folded])
            // A misspelt state: capitalised, no word of the languages, one edit away, not part of a
            // longer proper name ("British Columbia"), and nobody's name in its place ("Ms. Brnenan").
            let neighbourCapitalised = (i > 0 && tokens[i - 1].isCapitalised && !tokens[i - 1].sentenceStart
                                        && !["the", "la", "el", "le", "les", "los", "las"].contains(tokens[i - 1].folded)
                                        && tokens[i].gap.allSatisfy { $0 == " " })
                || (i + 1 < tokens.count && tokens[i + 1].isCapitalised && tokens[i + 1].gap.allSatisfy { $0 == " " })
            let personContext = title != nil || forms.contains { f in
                !f.referent.isState && i > 0 && f.givenWords.contains(tokens[i - 1].folded) }
            for f in forms where f.referent.isState {
                guard t.isCapitalised, !ordinary, !neighbourCapitalised, !personContext,
                      let w = f.words.first, Self.distance(Array(t.folded.utf8), Array(w.utf8), limit: 1) <= 1 else { continue }
                out.append(Mention(form: f, tokens: i..<(i + 1), range: t.start..<t.end, titleStart: nil,
                                   possessive: false, ambiguous: false))
                break
            }
            if out.last?.tokens.lowerBound == i { continue }
            for f in forms where !f.referent.isState {
                // After a given name of the person, or a near miss of one ("Laila Hadad").
                let afterGiven = i > 0 && tokens[i - 1].isCapitalised && (f.givenWords.contains(tokens[i - 1].folded)
                    || (tokens[i - 1].folded.count >= 4 && f.givenWords.contains {
                        $0.count >= 4 && Self.distance(Array(tokens[i - 1].folded.utf8), Array($0.utf8), limit: 1) <= 1 }))
                guard title != nil || afterGiven || (verbAfter && t.isCapitalised && !ordinary) else { continue }
                let start = title.map { tokens[$0].start } ?? (afterGiven ? tokens[i - 1].start : tokens[p].start)
                let first = title ?? (afterGiven ? i - 1 : p)
                var form = f
                form.kind = .familyName
                out.append(Mention(form: form, tokens: first..<(i + 1), range: start..<t.end, titleStart: title,
                                   possessive: false, ambiguous: false))
                break
            }
        }
        return out
    }

    /// Edit distance with adjacent swaps, stopping early past `limit`.
    static func distance(_ a: [UInt8], _ b: [UInt8], limit: Int) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var prev2 = [Int](repeating: 0, count: b.count + 1)
        var prev = Array(0...b.count)
        var cur = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            cur[0] = i
            var rowMin = cur[0]
            for j in 1...b.count {
                cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { cur[j] = min(cur[j], prev2[j - 2] + 1) }
                rowMin = min(rowMin, cur[j])
            }
            if rowMin > limit { return limit + 1 }
            (prev2, prev, cur) = (prev, cur, prev2)
        }
        return prev[b.count]
    }

    /// SPEC 3.4's suspicions in a text, outside the ranges already replaced: a capitalised word that
    /// is a participant's given name, or a near miss of a family name, standing alone.
    package func suspicions(in text: FlatText, outside replaced: [Range<Int>]) -> [(range: Range<Int>, reason: String)] {
        let tokens = text.tokens
        var taken = TakenCharacters(replaced, length: tokens.last?.end ?? 0)
        let unknown = unknownSuspicions(tokens, outside: taken)
        var out: [(Range<Int>, String)] = unknown
        for u in unknown { taken.mark(u.range) }
        for (i, t) in tokens.enumerated() where taken.isFree(t.start..<t.end) {
            // A given name typed in lower case ("carmen and daniela asked") is one still, unless
            // it is an ordinary word of the meeting's languages.
            if t.isLowercase, let r = givenNames[t.folded], !words.isOrdinary([t.folded]) {
                out.append((t.start..<t.end, "the given name of \(r) alone, in lower case"))
                continue
            }
            guard t.isCapitalised else { continue }
            // A given name that is also a word ("Claire", "Sofía") opening a sentence is a
            // suspicion still when a verb of speech follows it ("Claire said …").
            let verbAfter = i + 1 < tokens.count && tokens[i + 1].gap.allSatisfy { $0 == " " }
                && Lexicon.speechVerbs.contains(tokens[i + 1].folded)
            if let r = givenNames[t.folded], !t.sentenceStart || verbAfter || !words.isOrdinary([t.folded]) {
                out.append((t.start..<t.end, "the given name of \(r) alone"))
            } else if t.folded.utf8.count >= 5, !words.isOrdinary([t.folded]),
                      let f = near(t.folded).first(where: { !$0.referent.isState }) {
                out.append((t.start..<t.end, "a near miss of '\(f.written)', \(f.referent)"))
            }
        }
        return out.sorted { $0.0.lowerBound < $1.0.lowerBound }
    }
}

/// Which characters of a text are already taken by a replacement: a bit per character, so that a
/// paragraph of 40,000 mentions is checked in linear time, not mention by mention.
struct TakenCharacters {
    private var taken: [Bool]

    init(_ ranges: [Range<Int>], length: Int) {
        taken = Array(repeating: false, count: max(length, ranges.map(\.upperBound).max() ?? 0))
        for r in ranges { mark(r) }
    }

    mutating func mark(_ r: Range<Int>) {
        for i in r where i >= 0 && i < taken.count { taken[i] = true }
    }

    func isFree(_ r: Range<Int>) -> Bool {
        !r.contains { $0 >= 0 && $0 < taken.count && taken[$0] }
    }
}
