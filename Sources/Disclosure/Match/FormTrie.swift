/// A trie over folded words: every form of every participant, so that a text is scanned once,
/// longest match first, without a regular expression per form.
package struct FormTrie: Sendable {
    private struct Node: Sendable {
        var children: [String: Int] = [:]
        var forms: [Int] = []
    }

    package private(set) var forms: [Form] = []
    private var nodes: [Node] = [Node()]
    private var seen: Set<Form> = []

    package init(_ forms: [Form] = []) { for f in forms { insert(f) } }

    package mutating func insert(_ form: Form) {
        guard !form.words.isEmpty else { return }
        guard seen.insert(form).inserted else { return }
        var n = 0
        for w in form.words {
            if let next = nodes[n].children[w] { n = next } else {
                nodes.append(Node())
                nodes[n].children[w] = nodes.count - 1
                n = nodes.count - 1
            }
        }
        forms.append(form)
        nodes[n].forms.append(forms.count - 1)
    }

    /// Every form that matches the tokens starting at `start`, longest first: (end, form indices).
    package func matches(in tokens: [Token], at start: Int) -> [(end: Int, forms: [Int])] {
        var out: [(Int, [Int])] = []
        walk(tokens, node: 0, at: start, into: &out)
        // A letter spelt out may start a spelt name ("B-o-a-t-e-n-g") where the walk above read
        // it as a word of its own; that reading counts only where it reaches further (so that
        // "P.I.C.U.M." stays the dotted acronym it is written as).
        if tokens[start].folded.count == 1, let (next, joined) = splitWord(in: tokens, at: start, node: 0),
           start + joined > (out.last?.0 ?? start) {
            var spelt: [(Int, [Int])] = []
            if !nodes[next].forms.isEmpty { spelt.append((start + joined, nodes[next].forms)) }
            walk(tokens, node: next, at: start + joined, into: &spelt)
            if let far = spelt.last, far.0 > (out.last?.0 ?? start) { out = spelt }
        }
        return out.reversed()
    }

    private func walk(_ tokens: [Token], node: Int, at start: Int, into out: inout [(Int, [Int])]) {
        var n = node
        var i = start
        while i < tokens.count {
            // A word typed in pieces first: "Catherine Le Blanc" is Catherine Leblanc, not the
            // cut "Catherine Le" and a stray "Blanc".
            // (Letters spelt out are tried by `matches` alone: "P.I.C.U.M." stays its dotted form.)
            if tokens[i].folded.count > 1, let (next, joined) = splitWord(in: tokens, at: i, node: n) {
                n = next
                i += joined
            } else if let next = nodes[n].children[tokens[i].folded] {
                n = next
                i += 1
            } else if let (next, joined) = splitWord(in: tokens, at: i, node: n) {
                n = next
                i += joined
            } else {
                break
            }
            if !nodes[n].forms.isEmpty { out.append((i, nodes[n].forms)) }
        }
    }

    /// A word of a form typed in pieces: the node it leads to and how many tokens it took.
    /// SPEC 3.2 ignores separators inside a name:
    /// - two capitalised words ("Latino Americano" for "Latinoamericano");
    /// - a capitalised word and its rest after a hyphen, dash, period, slash, apostrophe or space
    ///   ("Hoff–mann", "Boa.teng", "Boa/teng", "Boa'teng", "Mr. Boa teng");
    /// - single letters spelled out with one separator each ("B-o-a-t-e-n-g", "b o a t e n g").
    /// Only when the pieces together are a word of a form, six letters or more: "to go" is not
    /// Togo, "I ran" not Iran, and a lower-case first piece is always the word itself.
    private func splitWord(in tokens: [Token], at i: Int, node n: Int) -> (Int, Int)? {
        guard i + 1 < tokens.count else { return nil }
        let first = tokens[i]
        // "N'Diaye" (or "N'diaye") for Ndiaye: a capital and an apostrophe before a rest of three letters.
        var spelled = first.folded.count == 1
        if spelled, first.isCapitalised, tokens[i + 1].gap.count == 1, "'’".contains(tokens[i + 1].gap),
           tokens[i + 1].folded.count >= 3 {
            spelled = false
        }
        guard first.isCapitalised || spelled else { return nil }
        // A particle joins the next word only inside a name ("Catherine Le Blanc" for Leblanc),
        // after a given name or a title: "Le Blanc-Mesnil accueille…" is a town.
        if !spelled, NameParts.particles.contains(first.folded), !(i > 0 && tokens[i - 1].isCapitalised && tokens[i].gap == " ") { return nil }
        var joined = first.folded
        var k = i + 1
        while k < tokens.count, k - i < 24, joined.count < 24 {
            let t = tokens[k]
            // One separator, or a dash with a space each side ("Boa - teng").
            let spacedDash = !spelled && k == i + 1 && [" - ", " – ", " — "].contains(t.gap) && t.isLowercase
            guard t.gap.count == 1 || spacedDash, let sep = spacedDash ? "-" : t.gap.first, Self.separators.contains(sep) else { return nil }
            if spelled {
                guard t.folded.count == 1 else { return nil }
            } else if k > i + 1 {
                return nil
            } else if sep == " " && t.isCapitalised {
                // "Latino Americano": two capitals, a space.
            } else if sep == " " || sep == "." || sep == "/" {
                // "Boa.teng", "Boa/teng": the rest in lower case, three letters or more ("Ibrahim
                // a…" is not Ibrahima). After a space only next to a title ("Mr. Boa teng"):
                // "March and", "Had dad", "le blanc" are words, not Marchand, Haddad, Leblanc.
                guard t.isLowercase, t.folded.count >= 3 else { return nil }
                if sep == " " {
                    guard i > 0, Self.titleWords.contains(tokens[i - 1].folded) else { return nil }
                }
            } else if sep == "'" || sep == "’" {
                // "Boa'teng", "N'Diaye" — not "Santo's".
                guard t.folded.count >= 3 else { return nil }
            }
            joined += t.folded
            k += 1
            guard joined.count >= 6 || (spelled && k - i >= 4 && joined.count >= 4) else { continue }
            if let next = nodes[n].children[joined] { return (next, k - i) }
        }
        return nil
    }

    private static let separators: Set<Character> = [" ", "-", "–", "‐", "‑", ".", "/", "'", "’"]
    private static let titleWords: Set<String> = Set(NameParts.titles.filter { $0.count == 1 }.map { $0[0] })

    /// Whether one folded word is a whole form by itself.
    package func isForm(word: String) -> Bool {
        guard let n = nodes[0].children[word] else { return false }
        return !nodes[n].forms.isEmpty
    }
}
