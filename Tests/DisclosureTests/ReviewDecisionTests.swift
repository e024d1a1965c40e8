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
}
