/// The sentence around a mention, for the redaction log's "before" and "after" columns (SPEC 3.4).
/// Hand-written because the only sentence breaker on this machine is ICU's, which the tool does not
/// link (its confusables come from a generated table), and the log needs little: items are a few
/// sentences; a title's or an initial's full stop ends none. One per item: its sentences are split
/// once, and each mention's occurrences found once, so an item of 40,000 mentions stays linear.
public struct SentenceContext {
    private let source: [Character]
    private let lower: [Character]?
    private let sourceSentences: [Range<Int>]
    private let rewritten: [String]
    private let rewrittenWhole: String
    private let sourceWhole: String
    private var occurrences: [String: [Int]] = [:]

    public init(source: String, rewritten: String) {
        self.source = Array(source)
        let lowered = Array(source.lowercased())
        lower = lowered.count == self.source.count ? lowered : nil
        sourceSentences = Self.ranges(self.source)
        let r = Array(rewritten)
        self.rewritten = Self.ranges(r).map { String(r[$0]) }
        rewrittenWhole = rewritten
        sourceWhole = source
    }

    /// The source sentence holding the `occurrence`-th (0-based) `mention`, and the rewritten
    /// sentence at the same place (the whole rewritten text when rewriting changed the number of
    /// sentences).
    public mutating func around(_ mention: String, occurrence: Int) -> (before: String, after: String) {
        let whole = sourceWhole.count > Self.longest ? String(sourceWhole.prefix(Self.longest)) + "…" : sourceWhole
        let rewrittenShort = rewrittenWhole.count > Self.longest ? String(rewrittenWhole.prefix(Self.longest)) + "…" : rewrittenWhole
        guard let lower, !mention.isEmpty else { return (whole, rewrittenShort) }
        let key = mention.lowercased()
        if occurrences[key] == nil { occurrences[key] = Self.find(Array(key), in: lower) }
        guard let offsets = occurrences[key], occurrence < offsets.count,
              let n = sentence(containing: offsets[occurrence]) else { return (whole, rewrittenShort) }
        let before = Self.window(source, sourceSentences[n], around: offsets[occurrence])
        let after = sourceSentences.count == rewritten.count ? rewritten[n] : rewrittenWhole
        return (before, after.count > Self.longest ? String(after.prefix(Self.longest)) + "…" : after)
    }

    /// The longest sentence the log quotes whole; of a longer one, a window around the mention.
    static let longest = 400

    static func window(_ chars: [Character], _ r: Range<Int>, around offset: Int) -> String {
        guard r.count > longest else { return String(chars[r]) }
        let lo = max(r.lowerBound, offset - longest / 2), hi = min(r.upperBound, lo + longest)
        return (lo > r.lowerBound ? "…" : "") + String(chars[lo..<hi]) + (hi < r.upperBound ? "…" : "")
    }

    /// The sentence whose range holds `offset` (binary search: the ranges are in order).
    private func sentence(containing offset: Int) -> Int? {
        var lo = 0, hi = sourceSentences.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if sourceSentences[mid].upperBound <= offset { lo = mid + 1 } else { hi = mid }
        }
        return lo < sourceSentences.count && sourceSentences[lo].contains(offset) ? lo : nil
    }

    /// The sentences of `text`, as trimmed character ranges.
    public static func sentences(_ text: String) -> [String] {
        let chars = Array(text)
        return ranges(chars).map { String(chars[$0]) }
    }

    static func ranges(_ chars: [Character]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var start = 0
        for i in chars.indices where ".!?…".contains(chars[i]) && (i + 1 == chars.count || chars[i + 1].isWhitespace)
            && !isAbbreviation(chars, endingAt: i) {
            out.append(trimmed(chars, start..<(i + 1)))
            start = i + 1
        }
        if start < chars.count { out.append(trimmed(chars, start..<chars.count)) }
        return out.filter { !$0.isEmpty }
    }

    /// Where `needle` starts in `hay` (non-overlapping, left to right).
    static func find(_ needle: [Character], in hay: [Character]) -> [Int] {
        guard !needle.isEmpty, needle.count <= hay.count else { return [] }
        var out: [Int] = []
        var i = 0
        while i + needle.count <= hay.count {
            if hay[i] == needle[0], Array(hay[i..<(i + needle.count)]) == needle { out.append(i); i += needle.count } else { i += 1 }
        }
        return out
    }

    static func trimmed(_ chars: [Character], _ r: Range<Int>) -> Range<Int> {
        var lo = r.lowerBound, hi = r.upperBound
        while lo < hi, chars[lo].isWhitespace { lo += 1 }
        while hi > lo, chars[hi - 1].isWhitespace { hi -= 1 }
        return lo..<hi
    }

    /// "Ms", "Dr", "Sra", "Mme", a single letter (an initial): their full stop ends no sentence.
    /// Looks back over the word before the stop only (at most a few characters).
    private static func isAbbreviation(_ chars: [Character], endingAt i: Int) -> Bool {
        var j = i - 1
        var word = ""
        while j >= 0, !chars[j].isWhitespace, chars[j] != "(", word.count <= 6 { word.insert(chars[j], at: word.startIndex); j -= 1 }
        guard word.count <= 6 else { return false }
        let bare = word.lowercased().filter(\.isLetter)
        if bare.count == 1 { return true }
        return ["mr", "ms", "mrs", "dr", "sr", "sra", "srta", "dra", "mme", "mlle", "prof", "st", "hon", "amb", "ing", "lic",
                "eg", "ie", "etc", "vs", "art", "para"].contains(bare)
    }
}
