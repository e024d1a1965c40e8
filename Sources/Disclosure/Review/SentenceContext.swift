/// The sentence around a mention, for the redaction log's "before" and "after" columns (SPEC 3.4).
/// Hand-written because the only sentence breaker on this machine is ICU's, which the tool does not
/// link (its confusables come from a generated table), and the log needs little: items are a few
/// sentences; a title's or an initial's full stop ends none.
public enum SentenceContext {
    /// The sentences of `text`, each trimmed.
    public static func sentences(_ text: String) -> [Substring] {
        var out: [Substring] = []
        var start = text.startIndex
        var i = text.startIndex
        while i < text.endIndex {
            let c = text[i]
            let next = text.index(after: i)
            if ".!?…".contains(c), next == text.endIndex || text[next].isWhitespace, !isAbbreviation(text[start..<i]) {
                out.append(text[start...i].trimmed)
                start = next
            }
            i = next
        }
        if !text[start...].trimmed.isEmpty { out.append(text[start...].trimmed) }
        return out.filter { !$0.isEmpty }
    }

    /// Which sentence of `text` holds the `occurrence`-th (0-based) `mention`, ignoring case.
    static func index(of mention: String, occurrence: Int, in text: String) -> Int? {
        let lower = text.lowercased(), needle = mention.lowercased()
        guard !needle.isEmpty, lower.count == text.count else { return nil }
        var from = lower.startIndex
        var found: String.Index?
        for _ in 0...occurrence {
            guard let r = lower.range(of: needle, range: from..<lower.endIndex) else { return nil }
            found = r.lowerBound
            from = r.upperBound
        }
        guard let at = found else { return nil }
        let offset = lower.distance(from: lower.startIndex, to: at)
        var seen = 0
        for (n, s) in sentences(text).enumerated() {
            let end = text.distance(from: text.startIndex, to: s.endIndex)
            seen = end
            if offset < end { return n }
        }
        return seen > 0 ? sentences(text).count - 1 : nil
    }

    /// The sentence before and after rewriting: the source sentence holding the mention, and the
    /// rewritten sentence at the same place (the whole rewritten text when rewriting changed the
    /// number of sentences).
    static func around(_ mention: String, occurrence: Int, source: String, rewritten: String) -> (before: String, after: String) {
        let before = sentences(source), after = sentences(rewritten)
        guard let n = index(of: mention, occurrence: occurrence, in: source), n < before.count else {
            return (source, rewritten)
        }
        return (String(before[n]), before.count == after.count ? String(after[n]) : rewritten)
    }

    /// "Ms", "Dr", "Sra", "Mme", a single letter (an initial): their full stop ends no sentence.
    private static func isAbbreviation(_ before: Substring) -> Bool {
        let word = before.split(whereSeparator: { $0.isWhitespace || $0 == "(" }).last.map(String.init) ?? ""
        let bare = word.lowercased().filter(\.isLetter)
        if bare.count == 1 { return true }
        return ["mr", "ms", "mrs", "dr", "sr", "sra", "srta", "dra", "mme", "mlle", "prof", "st", "hon", "amb", "ing", "lic",
                "eg", "ie", "etc", "vs", "no", "art", "para"].contains(bare) && word.count <= 6
    }
}

private extension Substring {
    var trimmed: Substring {
        var s = self
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return s
    }
}
