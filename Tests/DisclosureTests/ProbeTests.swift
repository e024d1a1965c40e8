import Testing
import Model
@testable import Disclosure

@Suite struct ProbeTests {
    @Test func probe() {
        let sentences: [(String, String)] = [
            ("Ms. Ana Ruiz of Sin Fronteras said the visa should be kept.", "t2"),
            ("The Mexican delegation said it would consider firewalls.", "t1"),
            ("La delegación mexicana dijo que lo consideraría.", "t1"),
            ("La délégation mexicaine a dit qu'elle y réfléchirait.", "t1"),
            ("Germany told table 5 that it supports regularisation.", "t1"),
            ("The Ivorians are open to a firewall.", "t1"),
            ("The Ghanaian and Bangladeshi delegates asked about return.", "t1"),
            ("Migrants transiting through Guatemala face violence.", "t2"),
            ("Mexican civil society raised detention.", "t2"),
            ("Filipino seafarers are often abandoned.", "t1"),
            ("As Flores said, the flores were red.", "t2"),
            ("Flores opened the discussion.", "t2"),
            ("Mr. Bell rang the bell.", "t2"),
            ("**Ana** Ruiz and Dr. López spoke.", "t2"),
            ("Ruiz’s proposal was welcomed by PICUM and the Platform.", "t2"),
            ("The host government said it would reply.", "t2"),
            ("Mexico and Guatemala said they would reply.", "t1"),
            ("Mexico's position on detention is firm.", "t2"),
            ("Young people asked Tom Young about MADE, which was made in 2011.", "t2"),
            ("Ingeborg Halvorsen opened the plenary with PICUM.", "plen"),
            ("Ana Ruiz (Sin Fronteras) and Marcus Bell spoke with the Ambassador Herrera.", "plen"),
            ("Según México, la detención de niños debe terminar.", "t2"),
            ("Le Mexique a rappelé que la détention des enfants doit cesser.", "t1"),
            ("Los mexicanos dijeron que sí.", "t1"),
            ("Les travailleurs philippins sont mal protégés.", "t1"),
            ("Ms. Nguyen and Mr. El Amrani asked M. Kouassi and Ms. Ní Bhriain.", "t2"),
            ("María José López Hernández said López would write.", "t2"),
        ]
        let clock = ContinuousClock()
        var t0 = clock.now
        _ = OrdinaryWords.shared.contains("x"); print("words", clock.now - t0); t0 = clock.now
        _ = StateLexicon.gazetteer.forms(words: .shared); print("state forms", clock.now - t0); t0 = clock.now
        _ = Fixture.rewrite("x"); print("first", clock.now - t0); t0 = clock.now
        _ = Fixture.rewrite("x"); print("second", clock.now - t0); t0 = clock.now
        for (s, session) in sentences {
            print("<\(session)> \(s)\n     → \(Fixture.rewrite(s, session: session))")
        }
    }
}
