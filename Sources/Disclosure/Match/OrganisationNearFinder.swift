/// Organisation names written the way people remember them (SPEC 3.2: "matched like names"):
/// the content words of a participant organisation's name of three content words or more, in
/// order, each as written, in the singular or plural, or one edit away (two for 8 letters or
/// more), with at most one such typo and any small words between them changed or dropped — "the
/// Migrant Forum of Asia" (in Asia), "the Internacional Federation of Domestic and Care Workers",
/// "the Global Seafarer's and Transport Worker's Federation".
package struct OrganisationNearFinder: Sendable {
    private struct Name: Sendable { var content: [String]; var form: Form }
    private let names: [Name]
    private let byFirst: [String: [Int]]

    package init(forms: [Form]) {
        var names: [Name] = []
        var seen = Set<[String]>()
        for f in forms {
            guard case .organisation = f.referent, f.kind == .organisationName else { continue }
            let content = f.words.filter { !Self.small.contains($0) }.map(Self.singular)
            guard content.count >= 3, seen.insert(content).inserted else { continue }
            names.append(Name(content: content, form: f))
        }
        self.names = names
        var index: [String: [Int]] = [:]
        for (i, n) in names.enumerated() {
            // Indexed by each of the first two content words, so that a typo in the first still finds it.
            for w in n.content.prefix(2) { index[w, default: []].append(i) }
        }
        byFirst = index
    }

    package func mentions(in text: FlatText) -> [Mention] {
        let tokens = text.tokens
        var out: [Mention] = []
        var i = 0
        while i < tokens.count {
            guard tokens[i].isCapitalised, !Self.small.contains(tokens[i].folded) else { i += 1; continue }
            var found: Mention?
            // Candidates: names whose first or second content word is this word or the next one.
            var candidates = Set<Int>()
            for k in i..<min(tokens.count, i + 3) { for c in byFirst[Self.singular(tokens[k].folded)] ?? [] { candidates.insert(c) } }
            for c in candidates.sorted() {
                if let end = match(names[c].content, tokens, from: i) {
                    found = Mention(form: names[c].form, tokens: i..<end, range: tokens[i].start..<tokens[end - 1].end,
                                    titleStart: nil, possessive: false, ambiguous: false)
                    break
                }
            }
            if let m = found { out.append(m); i = m.tokens.upperBound } else { i += 1 }
        }
        return out
    }

    /// The token index after a match of `content` starting at `start` (the first content word may
    /// be missing: "the Federation of Domestic and Care Workers"), or nil.
    private func match(_ content: [String], _ tokens: [Token], from start: Int) -> Int? {
        for skipFirst in [false, true] {
            var want = skipFirst ? Array(content.dropFirst()) : content
            guard want.count >= 3 else { continue }
            var k = start, typos = 0, last = start
            while !want.isEmpty, k < tokens.count, k - start < content.count * 3 {
                let w = Self.singular(tokens[k].folded)
                if Self.small.contains(tokens[k].folded) { k += 1; continue }
                if w == want[0] { want.removeFirst(); last = k; k += 1; continue }
                let limit = want[0].count >= 8 ? 2 : want[0].count >= 4 ? 1 : 0
                if typos == 0, limit > 0, NearMissFinder.distance(Array(w.utf8), Array(want[0].utf8), limit: limit) <= limit {
                    typos += 1; want.removeFirst(); last = k; k += 1; continue
                }
                break
            }
            if want.isEmpty { return last + 1 }
        }
        return nil
    }

    /// Small words a name's readers change or drop, folded; and the `s` of a split possessive.
    static let small: Set<String> = [
        "the", "of", "in", "for", "and", "on", "at", "to", "a", "an", "s",
        "de", "del", "la", "las", "los", "el", "y", "en", "para", "por",
        "du", "des", "le", "les", "l", "d", "et", "pour", "sur", "au", "aux",
    ]

    /// A word without a plural or possessive `s` ("migrants", "workers'").
    static func singular(_ w: String) -> String {
        w.count > 3 && w.hasSuffix("s") && !w.hasSuffix("ss") ? String(w.dropLast()) : w
    }
}
