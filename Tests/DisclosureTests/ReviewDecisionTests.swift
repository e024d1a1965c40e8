import Diagnostics
import Model
import Testing
@testable import Disclosure

/// Issue 12: review decisions by content-derived keys — keep restores a false hit, replace prints
/// a given text for a suspicion, withdraw removes an item from every view, a moved item keeps its
/// decision, a decision whose text is gone is stale.
@Suite struct ReviewDecisionTests {
    static let span = SourceSpan(path: "review.yaml", line: 3, column: 3)

    func disclosure(_ items: [Item], _ decisions: [ReviewDecision]) -> Disclosure {
        var meeting = Fixture.meeting(items: items)
        for d in decisions { meeting.decisions[d.key] = d }
        return Disclosure(meeting: meeting, options: .init())
    }

    @Test func keepRestoresAFalseHitAndReplacePrintsTheGivenText() throws {
        let items = [Fixture.item(0, [.text("We heard Ms. Ruiz on detention.")]),
                     Fixture.item(1, [.text("Later Marcus explained the fees.")])]
        let first = disclosure(items, [])
        let rewrite = try #require(first.log.records.first { $0.item == 0 && $0.isRewrite })
        let suspicion = try #require(first.log.records.first { $0.item == 1 && $0.kind == .suspicion })
        #expect(suspicion.blocksRelease && !rewrite.blocksRelease)
        let decided = disclosure(items, [ReviewDecision(key: rewrite.key, action: .keep, span: Self.span),
                                         ReviewDecision(key: suspicion.key, action: .replace("a delegate"), span: Self.span)])
        let texts = decided.cleared(for: InternalReaders.self).items.map(\.plainText)
        #expect(texts == ["We heard Ms. Ruiz on detention.", "Later a delegate explained the fees."], "\(texts)")
        #expect(!decided.log.records.contains { $0.blocksRelease })
        #expect(decided.staleDecisions.isEmpty)
    }

    @Test func withdrawRemovesTheItemFromEveryView() {
        let items = [Fixture.item(0, [.text("Regularisation is not an amnesty.")]),
                     Fixture.item(1, [.text("Children must never be detained.")])]
        let key = ReviewKey.item(path: items[1].origin.path, text: items[1].content.plainText)
        let d = disclosure(items, [ReviewDecision(key: key, action: .withdraw, span: Self.span)])
        #expect(d.cleared(for: PublicReaders.self).items.map(\.plainText) == ["Regularisation is not an amnesty."])
        #expect(d.cleared(for: InternalReaders.self).items.count == 1)
    }

    @Test func aMovedItemKeepsItsDecisionAndAnEditedOneMakesItStale() throws {
        let item = Fixture.item(0, [.text("Later Marcus explained the fees.")], line: 10)
        let key = try #require(disclosure([item], []).log.records.first { $0.kind == .suspicion }?.key)
        let decision = ReviewDecision(key: key, action: .keep, span: Self.span)
        let moved = disclosure([Fixture.item(0, [.text("Later Marcus explained the fees.")], line: 20)], [decision])
        #expect(moved.staleDecisions.isEmpty && !moved.log.records.contains { $0.blocksRelease })
        let edited = disclosure([Fixture.item(0, [.text("Later Marcus explained the high fees.")], line: 10)], [decision])
        #expect(edited.staleDecisions == [key])
        #expect(edited.diagnostics.all.contains { $0.code == .staleDecision && $0.span == Self.span })
        #expect(edited.log.records.contains { $0.blocksRelease })
    }

    /// Decisions in bulk: by kind, by file, or both; a mention's own decision wins, a more specific
    /// selection wins over a wider one, a rewrite is never decided in bulk, a selection that
    /// matches nothing is stale.
    @Test func decisionsInBulkSelectByKindAndFile() throws {
        let items = [Fixture.item(0, [.text("Later Marcus explained the fees.")]),
                     Fixture.item(1, [.text("Then Marcus asked about visas, and Ms. Ruiz agreed.")], session: "g1")]
        let first = disclosure(items, [])
        let suspicions = first.log.records.filter { $0.kind == .suspicion }
        try #require(suspicions.count == 2, "\(first.log.records.map { ($0.kind, $0.original) })")
        let byKind = ReviewDecision(key: "kind:suspicion", action: .replace("someone"), span: Self.span)
        let byFile = ReviewDecision(key: "file:notes/g1.md kind:suspicion", action: .keep, span: Self.span)
        let all = disclosure(items, [byKind, byFile])
        let texts = all.cleared(for: InternalReaders.self).items.map(\.plainText)
        #expect(texts == ["Later someone explained the fees.", "Then Marcus asked about visas, and a civil-society participant agreed."]
                || texts[0] == "Later someone explained the fees." && texts[1].hasPrefix("Then Marcus asked"), "\(texts)")
        #expect(!all.log.records.contains { $0.blocksRelease })
        #expect(all.log.records.filter(\.isRewrite).allSatisfy { $0.decision == nil }, "a rewrite is never decided in bulk")
        let own = ReviewDecision(key: try #require(suspicions.first { $0.item == 0 }).key, action: .keep, span: Self.span)
        let mixed = disclosure(items, [byKind, own])
        #expect(mixed.cleared(for: InternalReaders.self).items[0].plainText == "Later Marcus explained the fees.")
        let stale = disclosure(items, [ReviewDecision(key: "file:notes/none.md", action: .keep, span: Self.span)])
        #expect(stale.staleDecisions == ["file:notes/none.md"])
    }

    /// `split` on an item takes it out of its group of recurring messages; the log gives the
    /// sentence before and after each rewrite.
    @Test func splitMarksTheItemAloneAndTheLogHasTheSentences() throws {
        let items = [Fixture.item(0, [.text("Children must never be detained. Ms. Ruiz said so twice.")])]
        let key = ReviewKey.item(path: items[0].origin.path, text: items[0].content.plainText)
        let d = disclosure(items, [ReviewDecision(key: key, action: .split, span: Self.span)])
        #expect(d.cleared(for: PublicReaders.self).items.first?.standsAlone == true)
        #expect(d.staleDecisions.isEmpty)
        let r = try #require(d.log.records.first { $0.isRewrite })
        #expect(r.sentenceBefore == "Ms. Ruiz said so twice.", "\(r.sentenceBefore)")
        #expect(r.sentenceAfter.hasSuffix("said so twice.") && !r.sentenceAfter.contains("Ruiz"), "\(r.sentenceAfter)")
        #expect(d.log.csv.hasPrefix("file,line,column,original,replacement,reason,before,after,key,decision\r\n"))
    }
}
