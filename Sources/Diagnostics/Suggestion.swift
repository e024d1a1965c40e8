/// "Did you mean …?": the closest candidate to a misspelt reference, by edit distance, ignoring
/// case — or nil when nothing is close enough to be a plausible typo.
public enum Suggestion {
    public static func closest(to word: String, among candidates: [String]) -> String? {
        let w = Array(word.lowercased())
        var best: (String, Int)?
        for c in candidates {
            let d = distance(w, Array(c.lowercased()))
            if best == nil || d < best!.1 { best = (c, d) }
        }
        guard let (candidate, d) = best else { return nil }
        let limit = max(1, min(w.count, candidate.count) / 3)
        return d <= limit ? candidate : nil
    }

    /// A hint string for a diagnostic, or nil.
    public static func hint(for word: String, among candidates: [String]) -> String? {
        closest(to: word, among: candidates).map { "did you mean '\($0)'?" }
    }

    /// The closest candidate, else the whole list when it is short enough to read (a reference
    /// to an id that nothing resembles: `region=lac` in a meeting without it).
    public static func hintOrList(for word: String, among candidates: [String], maximum: Int = 15) -> String? {
        if let near = hint(for: word, among: candidates) { return near }
        guard !candidates.isEmpty, candidates.count <= maximum else { return nil }
        return "the known ones are " + candidates.map { "'\($0)'" }.joined(separator: ", ")
    }

    /// Whether `word` is a near miss of `known` — a misspelling of a field name (SPEC 1): within
    /// one edit for names of up to 6 letters, two for longer ones, a swap of two letters counting
    /// as one edit; case ignored. A name equal to `known` is no near miss.
    public static func isNearMiss(_ word: String, of known: String) -> Bool {
        let a = Array(word.lowercased()), b = Array(known.lowercased())
        guard a != b else { return false }
        let limit = b.count <= 6 ? 1 : 2
        guard abs(a.count - b.count) <= limit else { return false }
        return distance(a, b) <= limit
    }

    /// Edit distance with adjacent transpositions (optimal string alignment).
    public static func distance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var prev2 = [Int](repeating: 0, count: b.count + 1)
        var prev = Array(0...b.count)
        var cur = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            cur[0] = i
            for j in 1...b.count {
                cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { cur[j] = min(cur[j], prev2[j - 2] + 1) }
            }
            (prev2, prev, cur) = (prev, cur, prev2)
        }
        return prev[b.count]
    }
}
