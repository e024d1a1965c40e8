import Testing
@testable import Disclosure

/// A name used as an adjective ("the Ruiz paper") is replaced by a possessive descriptor, so the
/// sentence still reads: "a civil-society participant's paper", never "a … participant paper".
@Suite struct AttributiveNameTests {
    @Test(arguments: [
        ("The Ruiz paper on fees was shared.", "A civil-society participant's paper on fees was shared."),
        ("We read the Ruiz study twice.", "We read a civil-society participant's study twice."),
        ("The Ruiz said no.", nil),  // no noun after the name: not attributive
    ] as [(String, String?)])
    func aNameBeforeANounBecomesAPossessive(source: String, expected: String?) {
        let d = Fixture.disclosure([Fixture.item(0, [.text(source)])])
        let text = d.cleared(for: InternalReaders.self).items.first?.plainText ?? ""
        #expect(!text.contains("Ruiz"), "\(text)")
        if let expected { #expect(text == expected) } else { #expect(!text.contains("'s")) }
    }
}
