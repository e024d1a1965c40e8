/// Finds the pairs of texts whose feature sets are probably similar without comparing all pairs:
/// MinHash signatures cut into bands (locality-sensitive hashing); texts sharing a band bucket
/// become candidate pairs, which the caller verifies exactly. Cost grows with the number of texts
/// times the signature length, plus the candidates.
struct MinHashIndex {
    /// Signature length = bands × rows. 40 bands of 2 rows make a pair with Jaccard 0.25 a
    /// candidate with probability ≈ 0.92 and one with 0.05 with probability ≈ 0.10.
    static let bands = 40
    static let rows = 2

    private var buckets: [Int: [Int]] = [:]
    private(set) var count = 0

    /// Adds the next text (its index is the insertion order).
    mutating func insert(_ features: TextFeatures) {
        let signature = Self.signature(features.shingles)
        for band in 0..<Self.bands {
            var h: UInt64 = 0xcbf29ce484222325 &+ UInt64(band)
            for r in 0..<Self.rows { h = (h ^ signature[band * Self.rows + r]) &* 0x100000001b3 }
            buckets[Int(truncatingIfNeeded: h), default: []].append(count)
        }
        count += 1
    }

    /// How many earlier members of its bucket each text is paired with, and how many it may pass
    /// over looking for them. A bucket of texts that all say nearly the same thing (a rapporteur
    /// who pastes one message a thousand times) would otherwise give every pair — a cost that
    /// grows as the square of the texts. Pairing each text with its nearest eligible predecessors
    /// keeps it linear, and the groups are the same whenever the bucket's texts are alike, because
    /// grouping is transitive. A bucket of up to `window + 1` eligible texts gives every pair.
    static let window = 8
    static let maximumSteps = 64
    /// The most earlier texts one text is compared with, over all its buckets.
    static let maximumPartners = 32

    /// The pairs (i < j) that share a band bucket and may be joined — same `language`, different
    /// `source` (both are small integers per text, or empty for "no constraint") — each text paired
    /// with at most `window` earlier members of each bucket and `maximumPartners` in all; sorted,
    /// each once.
    func candidatePairs(languages: [Int] = [], sources: [Int] = []) -> [(Int, Int)] {
        var seen = Set<Int64>()
        var pairs: [(Int, Int)] = []
        var runStart: [Int] = []
        var partners = [Int](repeating: 0, count: count)
        for key in buckets.keys.sorted() {
            guard let members = buckets[key], members.count > 1 else { continue }
            // runStart[p]: the first position of the run of one source that position p is in, so
            // that a long run of one document's texts is passed over in one step.
            runStart.removeAll(keepingCapacity: true)
            for p in 0..<members.count {
                let sameAsPrevious = p > 0 && !sources.isEmpty && sources[members[p]] == sources[members[p - 1]]
                runStart.append(sameAsPrevious ? runStart[p - 1] : p)
            }
            for b in 1..<members.count {
                let j = members[b]
                var a = b - 1, linked = 0, steps = 0
                while a >= 0, linked < Self.window, steps < Self.maximumSteps, partners[j] < Self.maximumPartners {
                    steps += 1
                    let i = members[a]
                    if !sources.isEmpty, sources[i] == sources[j] { a = runStart[a] - 1; continue }
                    a -= 1
                    if !languages.isEmpty, languages[i] != languages[j] { continue }
                    linked += 1
                    if seen.insert(Int64(i) << 32 | Int64(j)).inserted { pairs.append((i, j)); partners[j] += 1 }
                }
            }
        }
        return pairs.sorted { ($0.0, $0.1) < ($1.0, $1.1) }
    }

    /// A deterministic signature: for each of the hash seeds, the minimum hash over the set.
    static func signature(_ shingles: Set<String>) -> [UInt64] {
        let n = bands * rows
        var mins = [UInt64](repeating: .max, count: n)
        for shingle in shingles {
            let base = fnv1a(shingle)
            for k in 0..<n {
                let h = mix(base &+ UInt64(k) &* 0x9E3779B97F4A7C15)
                if h < mins[k] { mins[k] = h }
            }
        }
        return mins
    }

    /// FNV-1a over UTF-8: stable across runs (Swift's `Hasher` is seeded per process).
    static func fnv1a(_ s: String) -> UInt64 {
        var h: UInt64 = 0xcbf29ce484222325
        for b in s.utf8 { h = (h ^ UInt64(b)) &* 0x100000001b3 }
        return h
    }

    /// splitmix64's finaliser.
    static func mix(_ x: UInt64) -> UInt64 {
        var z = x
        z = (z ^ (z >> 30)) &* 0xbf58476d1ce4e5b9
        z = (z ^ (z >> 27)) &* 0x94d049bb133111eb
        return z ^ (z >> 31)
    }
}
