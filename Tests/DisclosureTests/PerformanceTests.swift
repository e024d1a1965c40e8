import Testing
import Model
@testable import Disclosure

/// Rewriting stays near-linear in the text: a night's notes take well under a second.
@Suite struct PerformanceTests {
    @Test func threeHundredItems() {
        let sentences = SentenceTests.english.map(\.input) + SentenceTests.spanish.map(\.input) + SentenceTests.french.map(\.input)
        let items = (0..<300).map { i in
            Fixture.item(i, [.text(sentences[i % sentences.count] + " " + sentences[(i * 7) % sentences.count])],
                         session: ["t1", "t2", "g1", "plen"][i % 4])
        }
        _ = Fixture.disclosure([])   // word lists and state forms, loaded once per process
        let clock = ContinuousClock()
        let start = clock.now
        let d = Fixture.disclosure(items)
        let elapsed = clock.now - start
        print("300 items rewritten in \(elapsed); \(d.log.rewriteCount) rewrites")
        #expect(d.log.rewriteCount > 300)
        #expect(elapsed < .seconds(10))   // a debug build, other tests running beside it
    }
}
