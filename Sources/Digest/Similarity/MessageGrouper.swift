/// Groups texts that say the same thing: candidate pairs from a MinHash index, kept when their
/// exact feature similarity reaches `threshold`, joined transitively (union–find). Texts that
/// carry the same manual key (`same=KEY`) are joined whatever their wording.
public struct MessageGrouper: Sendable {
    /// Jaccard similarity of content-word features from which two messages count as one: near
    /// copies only. Chosen on `Tests/DigestTests/Fixtures/grouping-pairs-tune.tsv` (a helper's
    /// labelled pairs): below 0.6, most pairs that words join there are different points, so a
    /// wrong merge (a point lost under another) is never traded for a found one; 0.7 keeps a
    /// margin. Messages that say the same thing in other words are joined by `same=KEY`.
    public static let defaultThreshold = 0.7

    public var threshold: Double

    public init(threshold: Double = MessageGrouper.defaultThreshold) { self.threshold = threshold }

    /// Groups of indices into `texts` (each group sorted, groups ordered by their first index).
    /// `keys[i]` is text i's manual key, if any.
    /// `languages[i]` and `sources[i]` (when given): untagged texts are joined only within one
    /// language and never within one source document (SPEC 4); keys join across both.
    /// Texts in `alone` are joined to none (a review's `split` decision).
    public func groups(_ texts: [String], keys: [String?] = [], languages: [String] = [], sources: [String] = [],
                       alone: Set<Int> = []) -> [[Int]] {
        let features = texts.map(TextFeatures.init)
        var index = MinHashIndex()
        for f in features { index.insert(f) }
        var sets = UnionFind(texts.count)
        for (i, j) in index.candidatePairs(languages: Self.numbered(languages), sources: Self.numbered(sources))
        where !alone.contains(i) && !alone.contains(j) && features[i].jaccard(features[j]) >= threshold {
            sets.union(i, j)
        }
        var byKey: [String: Int] = [:]
        for (i, key) in keys.enumerated() {
            guard let key, !alone.contains(i) else { continue }
            if let first = byKey[key] { sets.union(first, i) } else { byKey[key] = i }
        }
        var groups: [Int: [Int]] = [:]
        for i in 0..<texts.count { groups[sets.find(i), default: []].append(i) }
        return groups.values.map { $0.sorted() }.sorted { $0[0] < $1[0] }
    }

    /// How many pairs `groups` would compare exactly: bounded by a constant per text, however
    /// alike the texts are (for measuring; issue 16).
    public func comparisons(_ texts: [String], languages: [String] = [], sources: [String] = []) -> Int {
        var index = MinHashIndex()
        for text in texts { index.insert(TextFeatures(text)) }
        return index.candidatePairs(languages: Self.numbered(languages), sources: Self.numbered(sources)).count
    }

    /// Each string replaced by a small integer, equal strings by equal integers.
    static func numbered(_ strings: [String]) -> [Int] {
        var numbers: [String: Int] = [:]
        return strings.map { s in
            if let n = numbers[s] { return n }
            numbers[s] = numbers.count
            return numbers.count - 1
        }
    }

    /// Whether two texts would be joined directly (for measuring precision and recall).
    public func similar(_ a: String, _ b: String) -> Bool {
        TextFeatures(a).jaccard(TextFeatures(b)) >= threshold
    }
}

/// Disjoint sets over 0..<n with path halving and union by size.
struct UnionFind {
    private var parent: [Int]
    private var size: [Int]

    init(_ n: Int) { parent = Array(0..<n); size = Array(repeating: 1, count: n) }

    mutating func find(_ x: Int) -> Int {
        var x = x
        while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }
        return x
    }

    mutating func union(_ a: Int, _ b: Int) {
        var ra = find(a), rb = find(b)
        guard ra != rb else { return }
        if size[ra] < size[rb] || (size[ra] == size[rb] && rb < ra) { swap(&ra, &rb) }
        parent[rb] = ra
        size[ra] += size[rb]
    }
}
