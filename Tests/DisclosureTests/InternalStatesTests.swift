import Model
import Testing
@testable import Disclosure

/// SPEC 3.1: internal outputs are civil society's own tools, in which states stay named; people and
/// organisations are still described. Public and government views replace the seated states.
@Suite struct InternalStatesTests {
    @Test func statesStayNamedForCivilSocietyAlone() {
        let text = "Mexico and Guatemala could champion regularisation; Ms. Ruiz will follow up."
        let d = Fixture.disclosure([Fixture.item(0, [.text(text)], clearance: .internal)])
        let forCivilSociety = d.cleared(for: InternalReaders.self).items[0].plainText
        #expect(forCivilSociety.contains("Mexico") && forCivilSociety.contains("Guatemala") && !forCivilSociety.contains("Ruiz"), "\(forCivilSociety)")
        let government = Fixture.disclosure([Fixture.item(0, [.text(text)], clearance: .government)])
            .cleared(for: GovernmentReaders.self).items[0].plainText
        #expect(!government.contains("Mexico") && !government.contains("Guatemala"), "\(government)")
    }
}
