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
