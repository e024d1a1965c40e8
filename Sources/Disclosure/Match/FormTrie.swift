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
        var n = 0
        var i = start
        while i < tokens.count {
            if let next = nodes[n].children[tokens[i].folded] {
                n = next
                i += 1
            } else if i + 1 < tokens.count, tokens[i].isCapitalised, tokens[i].folded.count + tokens[i + 1].folded.count >= 6,
                      (tokens[i + 1].gap == " " && tokens[i + 1].isCapitalised) || ["-", "–", "‐", "‑"].contains(tokens[i + 1].gap),
                      let next = nodes[n].children[tokens[i].folded + tokens[i + 1].folded] {
                // A word of the form typed as two capitalised words ("Latino Americano" for
                // "Latinoamericano") or split by a hyphen or dash ("Hoff–mann"): SPEC 3.2 ignores
                // separators. Not lower-case pairs: "to go" is not Togo, "I ran" not Iran.
                n = next
                i += 2
            } else {
                break
            }
            if !nodes[n].forms.isEmpty { out.append((i, nodes[n].forms)) }
        }
        return out.reversed()
    }

    /// Whether one folded word is a whole form by itself.
    package func isForm(word: String) -> Bool {
        guard let n = nodes[0].children[word] else { return false }
        return !nodes[n].forms.isEmpty
    }
}
