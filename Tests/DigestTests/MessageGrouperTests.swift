import Digest
import Foundation
import Testing

@Suite struct MessageGrouperTests {
    struct Pair { let same: Bool; let a: String; let b: String }

    static func labelledPairs() throws -> [Pair] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/similar-pairs.tsv")
        return try String(contentsOf: url, encoding: .utf8).split(separator: "\n").compactMap { line in
            guard !line.hasPrefix("#") else { return nil }
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            return f.count == 3 ? Pair(same: f[0] == "1", a: f[1], b: f[2]) : nil
        }
    }

    /// Precision and recall of the grouping on pairs labelled by hand, printed for the record.
    /// The bounds are the floor below which grouping would mislead readers of the report.
    @Test func precisionAndRecallOnLabelledPairs() throws {
        let pairs = try Self.labelledPairs()
        #expect(pairs.count >= 40)
        let grouper = MessageGrouper()
        var tp = 0, fp = 0, fn = 0
        for p in pairs {
            let joined = grouper.groups([p.a, p.b]).count == 1
            switch (joined, p.same) {
            case (true, true): tp += 1
            case (true, false): fp += 1
            case (false, true): fn += 1
            default: break
            }
        }
        let precision = Double(tp) / Double(max(1, tp + fp))
        let recall = Double(tp) / Double(max(1, tp + fn))
        print("recurring messages: threshold \(MessageGrouper.defaultThreshold), \(pairs.count) labelled pairs, "
              + "precision \(String(format: "%.2f", precision)), recall \(String(format: "%.2f", recall)) (tp \(tp), fp \(fp), fn \(fn))")
        #expect(precision >= 0.85)
        #expect(recall >= 0.8)
    }

    /// Precision and recall over a range of thresholds: the record behind the chosen constant.
    @Test func thresholdSweep() throws {
        let pairs = try Self.labelledPairs()
        for t in stride(from: 0.15, through: 0.5, by: 0.05) {
            let g = MessageGrouper(threshold: t)
            let joined = pairs.map { g.similar($0.a, $0.b) }
            let tp = zip(joined, pairs).filter { $0 && $1.same }.count
            let fp = zip(joined, pairs).filter { $0 && !$1.same }.count
            let fn = zip(joined, pairs).filter { !$0 && $1.same }.count
            print(String(format: "threshold %.2f: precision %.2f recall %.2f", t,
                         Double(tp) / Double(max(1, tp + fp)), Double(tp) / Double(max(1, tp + fn))))
        }
        #expect(pairs.contains { $0.same } && pairs.contains { !$0.same })
    }

    @Test func manualKeysJoinWhateverTheWording() {
        let g = MessageGrouper().groups(["Firewalls now.", "Regular pathways.", "Une autre phrase."],
                                        keys: ["fw", nil, "fw"])
        #expect(g == [[0, 2], [1]])
    }

    @Test func groupingIsTransitiveAndDeterministic() {
        let texts = ["End child immigration detention now.",
                     "End immigration detention of children.",
                     "States must end the immigration detention of children and families.",
                     "Remittance costs must fall."]
        let first = MessageGrouper().groups(texts)
        #expect(first == MessageGrouper().groups(texts))
        #expect(first.contains([0, 1, 2]))
    }
}

/// Issue 16: a rapporteur who pastes one message thousands of times (or a meeting whose notes all
/// say the same) must not make grouping compare every pair.
@Suite struct NearIdenticalScalingTests {
    static func texts(_ n: Int) -> (texts: [String], sources: [String]) {
        let extra = ["children", "detention", "unions", "border", "families", "shelters", "return", "education"]
        let texts = (0..<n).map { "Regular pathways at all skill levels, negotiated with trade unions, are the best answer to irregular migration and \(extra[$0 % 8]) \(extra[($0 / 8) % 8])." }
        return (texts, (0..<n).map { "notes/n\($0 / 10).md" })
    }

    @Test func nearIdenticalItemsAreComparedAFewTimesEachAndStillGroupTogether() {
        let grouper = MessageGrouper()
        let (small, smallSources) = Self.texts(1_000), (large, largeSources) = Self.texts(4_000)
        let a = grouper.comparisons(small, sources: smallSources), b = grouper.comparisons(large, sources: largeSources)
        #expect(a <= 32 * small.count && b <= 32 * large.count, "comparisons: \(a) for 1,000, \(b) for 4,000")
        #expect(Double(b) / Double(a) < 4.2, "grows linearly: \(a) → \(b)")
        let groups = grouper.groups(large, sources: largeSources)
        #expect(groups.count == 1, "\(groups.count) groups of \(groups.map(\.count).prefix(10))")
        // Ten items of one note never join each other alone, but still reach the others'.
        let alone = grouper.groups(Array(large.prefix(10)), sources: Array(largeSources.prefix(10)))
        #expect(alone.count == 10)
    }

    /// Small buckets still compare every pair: the example's grouping is unchanged.
    @Test func smallSetsCompareEveryPair() {
        let grouper = MessageGrouper()
        let texts = Array(repeating: Self.texts(1).texts[0], count: 9)
        #expect(grouper.comparisons(texts) == 9 * 8 / 2)
        #expect(grouper.comparisons(texts + [texts[0]]) == 9 * 8 / 2 + 8, "the tenth is paired with the eight before it")
    }

    /// A review's `split`: the text stands alone, whatever its wording or key.
    @Test func aSplitTextJoinsNoGroup() {
        let text = "End the immigration detention of children now, everywhere, in every region."
        let grouper = MessageGrouper()
        #expect(grouper.groups([text, text, text], keys: [nil, nil, "k"], sources: ["a", "b", "c"]) == [[0, 1, 2]])
        #expect(grouper.groups([text, text, text], keys: [nil, "k", "k"], sources: ["a", "b", "c"], alone: [1]) == [[0, 2], [1]])
    }
}
