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

    /// Every pair (i < j) that shares at least one band bucket, sorted, each once.
    func candidatePairs() -> [(Int, Int)] {
        var seen = Set<Int64>()
        var pairs: [(Int, Int)] = []
        for key in buckets.keys.sorted() {
            let members = buckets[key]!
            guard members.count > 1 else { continue }
            for a in 0..<members.count {
                for b in (a + 1)..<members.count {
                    let i = members[a], j = members[b]
                    if seen.insert(Int64(i) << 32 | Int64(j)).inserted { pairs.append((i, j)) }
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
