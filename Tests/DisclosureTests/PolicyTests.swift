import Testing
import Model
@testable import Disclosure

/// What must stay stays; what must go goes (SPEC 3.2).
@Suite struct PolicyTests {
    @Test func topicStatesStay() {
        // Guatemala and Mexico have delegates at t1, not at t2.
        #expect(Fixture.rewrite("Migrants transiting through Guatemala face violence.", session: "t2")
                == "Migrants transiting through Guatemala face violence.")
        #expect(Fixture.rewrite("Mexican civil society raised detention.", session: "t2") == "Mexican civil society raised detention.")
        #expect(Fixture.rewrite("Returns to Mexico rose.", session: "t2") == "Returns to Mexico rose.")
    }

    @Test func presentStatesGoWhateverTheyQualify() {
        #expect(Fixture.rewrite("Migrants transiting through Guatemala face violence.", session: "t1")
                == "Migrants transiting through one country face violence.")
        #expect(Fixture.rewrite("Mexican civil society raised detention.", session: "t1")
                == "One country's civil society raised detention.")
    }

    @Test func hyphenatedCompoundsOfAPresentState() {
        // Mexico sits at t1: there even a compound points at the delegation.
        #expect(Fixture.rewrite("A Mexico-led initiative was discussed.", session: "t1") == "A government-led initiative was discussed.")
        #expect(Fixture.rewrite("Mexico-based groups asked for visas.", session: "t1") == "Nationally based groups asked for visas.")
    }

    /// "Congolese" is the adjective of both Congos: whichever of them has a delegate at the
    /// table, the adjective goes.
    @Test func anAdjectiveTwoStatesShareGoesWhenEitherIsPresent() {
        for state in ["COD", "COG"] {
            var meeting = Fixture.meeting(items: [])
            meeting.people.append(Fixture.person("g-\(state)-1", "Jean Mbeki", org: "Government of \(state)", sector: .government,
                                                 region: "africa", state: state))
            meeting.presence["t2", default: []].append("g-\(state)-1")
            let r = Disclosure.rewriter(meeting: meeting, options: RewriteOptions())
            let it = Fixture.item(0, [.text("The Congolese delegation said no.")], session: "t2")
            let out = ItemRewriting.rewrite(it, with: r, in: Disclosure.context(of: it, participation: r.participation),
                                            fallback: .en).0.plainText
            #expect(out == "One government delegation said no.", "\(state): \(out)")
            // "Congo" alone is how people write either Congo.
            let said = Fixture.item(0, [.text("Congo said it would reply.")], session: "t2")
            #expect(ItemRewriting.rewrite(said, with: r, in: Disclosure.context(of: said, participation: r.participation),
                                          fallback: .en).0.plainText == "One government said it would reply.", "\(state)")
        }
        // "Korea" is either Korea; a roster's country "Congo" is still the Republic of the Congo.
        var meeting = Fixture.meeting(items: [])
        meeting.people.append(Fixture.person("g-prk-1", "Kim Il", org: "Government of PRK", sector: .government,
                                             region: "asia", state: "PRK"))
        meeting.presence["t2", default: []].append("g-prk-1")
        let r = Disclosure.rewriter(meeting: meeting, options: RewriteOptions())
        let korea = Fixture.item(0, [.text("Korea asked for the floor.")], session: "t2")
        #expect(ItemRewriting.rewrite(korea, with: r, in: Disclosure.context(of: korea, participation: r.participation),
                                      fallback: .en).0.plainText == "One government asked for the floor.")
        #expect(StateLexicon.gazetteer.stateID(forCountry: "Congo") == "COG")
    }

    @Test func statesSpeakingElsewhereGo() {
        // Mexico sits at t1 (chatham-house), not t2: at t2 it goes only where it speaks.
        #expect(Fixture.rewrite("Mexico said it would reply.", session: "t2") == "One government said it would reply.")
        #expect(Fixture.rewrite("The Mexican delegation said it would reply.", session: "t2")
                == "One government delegation said it would reply.")
        #expect(Fixture.rewrite("The Guatemalan authorities were silent.", session: "t2")
                == "One government's authorities were silent.")
        // A question's subject, after its auxiliary.
        #expect(Fixture.rewrite("Will Mexico support regularisation?", session: "t2") == "Will one government support regularisation?")
        #expect(Fixture.rewrite("Why does Mexico oppose firewalls?", session: "t2") == "Why does one government oppose firewalls?")
        // …but not a place: "Is Mexico City ready?" has no state as its subject… and "in Mexico" stays.
        #expect(Fixture.rewrite("Are migrants in Mexico safe?", session: "t2") == "Are migrants in Mexico safe?")
    }

    @Test func statesNeverAtAChathamHouseSessionStay() {
        // France has no delegate at all.
        #expect(Fixture.rewrite("France said it would reply.", session: "t1") == "France said it would reply.")
        #expect(Fixture.rewrite("The French delegation said no.", session: "t1") == "The French delegation said no.")
    }

    @Test func organisationWithoutParticipantsStays() {
        #expect(Fixture.rewrite("Terre des Hommes and TdH published a report.") == "Terre des Hommes and TdH published a report.")
    }

    @Test func onRecordPublicOfficialsAndTheirOrganisationsAreNamed() {
        #expect(Fixture.rewrite("Ingeborg Halvorsen of the International Organization for Migration opened the plenary.",
                                session: "plen")
                == "Ingeborg Halvorsen of the International Organization for Migration opened the plenary.")
        #expect(Fixture.rewrite("The SRSG and IOM spoke.", session: "plen") == "The SRSG and IOM spoke.")
        // …but not under the Chatham House Rule.
        #expect(Fixture.rewrite("Ingeborg Halvorsen spoke.", session: "t2") == "A UN participant spoke.")
        #expect(Fixture.rewrite("The SRSG spoke.", session: "t2") == "A UN participant spoke.")
    }

    @Test func onRecordOthersAreReplacedStatesStay() {
        #expect(Fixture.rewrite("Marcus Bell thanked Mexico and Germany.", session: "plen")
                == "A civil-society participant thanked Mexico and Germany.")
        // Consenting organisations (all their participants agreed) are named.
        #expect(Fixture.rewrite("PICUM presented its report.", session: "plen") == "PICUM presented its report.")
        #expect(Fixture.rewrite("Sin Fronteras presented its report.", session: "plen")
                == "A civil-society organisation from Latin America and the Caribbean presented its report.")
    }

    @Test func regionalOutcomeAnchorsAreNamed() {
        #expect(Fixture.rewrite("The Bloque Latinoamericano and Sin Fronteras convened the consultation.", outcome: true)
                == "The Bloque Latinoamericano and a civil-society organisation convened the consultation.")
        #expect(Fixture.rewrite("Isabel de la Cruz Morales chaired it.", outcome: true) == "A civil-society participant chaired it.")
    }

    @Test func rolePhrasesLikeWhatTheyPointAt() {
        #expect(Fixture.rewrite("The host government and the co-facilitators agreed.", session: "t2")
                == "Two governments agreed.")
        #expect(Fixture.rewrite("The co-facilitators said they would listen.", session: "t2")
                == "Two governments said they would listen.")
        // On the record, governments are states, and states stay (SPEC 3.2): a role phrase that
        // points at government delegations stays too, and so do their organisations' names.
        #expect(Fixture.rewrite("The co-facilitators said they would listen.", session: "plen")
                == "The co-facilitators said they would listen.")
        #expect(Fixture.rewrite("The Government of Germany thanked the host government.", session: "plen")
                == "The Government of Germany thanked the host government.")
    }

    /// A family name two participants share, one a government delegate: the descriptor says only
    /// "a participant" (no sector, no region), whichever of them was meant; with a given name it
    /// is one person again.
    @Test func aSharedFamilyNameGetsADescriptorTrueOfEveryoneWhoBearsIt() {
        var meeting = Fixture.meeting(items: [])
        meeting.people.append(Fixture.person("p40", "Greta Becker", org: "Sin Fronteras", region: "europe"))
        meeting.presence["t2", default: []].append("p40")
        let r = Disclosure.rewriter(meeting: meeting, options: RewriteOptions())
        func rewrite(_ text: String) -> String {
            let it = Fixture.item(0, [.text(text)], session: "t2")
            return ItemRewriting.rewrite(it, with: r, in: Disclosure.context(of: it, participation: r.participation),
                                         fallback: .en).0.plainText
        }
        #expect(rewrite("Becker asked about firewalls.") == "A participant asked about firewalls.")
        #expect(rewrite("Mr. Becker asked about firewalls.") == "A participant asked about firewalls.")
        #expect(rewrite("Hans Becker asked about firewalls.") == "A government representative asked about firewalls.")
        #expect(rewrite("Greta Becker asked about firewalls.").hasPrefix("A civil-society participant"))
    }

    @Test func governmentItemFromSessionWithoutGovernmentsNamingAState() {
        let item = Fixture.item(0, [.text("Ask Mexico why it still detains children.")], session: "g1", clearance: .government)
        let d = Fixture.disclosure([item])
        #expect(d.log.records.map(\.kind) == [.governmentItemNamesState])
        #expect(d.diagnostics.all.map(\.code) == [.governmentItemNamesState])
        #expect(d.diagnostics.all.first?.message.contains("'Mexico'") == true)
        // Where the state is the question's subject it holds a position, and is replaced (SPEC 3.2).
        let subject = Fixture.item(0, [.text("Why does Mexico still detain children?")], session: "g1", clearance: .government)
        let s = Fixture.disclosure([subject])
        #expect(s.cleared(for: GovernmentReaders.self).items.first?.plainText == "Why does one government still detain children?")
        #expect(s.diagnostics.all.isEmpty)
    }
}

/// Descriptors never name a region or constituency shared by fewer than `min_group` (SPEC 3.3).
@Suite struct SmallGroupTests {
    @Test func regionOnlyWhenEnoughOrganisationsShareIt() {
        // t1: four civil-society organisations from Latin America and the Caribbean, three states.
        #expect(Fixture.rewrite("Ana Ruiz spoke.", session: "t1", minGroup: 3)
                == "A civil-society participant from Latin America and the Caribbean spoke.")
        #expect(Fixture.rewrite("Ana Ruiz spoke.", session: "t1", minGroup: 5) == "A civil-society participant spoke.")
        #expect(Fixture.rewrite("Ambassador Herrera spoke.", session: "t1", minGroup: 3)
                == "A government representative from Latin America and the Caribbean spoke.")
        #expect(Fixture.rewrite("Ambassador Herrera spoke.", session: "t1", minGroup: 4) == "A government representative spoke.")
    }

    @Test(arguments: [1, 2, 3, 4, 5, 6])
    func neverBelowMinGroup(_ k: Int) {
        // At t2 every region has at most two organisations (or states): nothing may be named
        // unless k allows it.
        for name in ["Ana Ruiz", "Marcus Bell", "Pieter van der Berg", "Tom Young", "Hans Becker", "Kofi Mensah", "John Smith"] {
            let out = Fixture.rewrite("\(name) spoke.", session: "t2", minGroup: k)
            let regions = ["Latin America", "North America", "Europe", "Africa", "Asia", "constituency"]
            if k >= 3 { #expect(!regions.contains(where: out.contains), "\(name), k=\(k) → \(out)") }
        }
    }

    @Test func constituencyWhenItsGroupIsLargeEnough() {
        // g1: everyone from civil society; one women's organisation only.
        #expect(!Fixture.rewrite("Ana Ruiz spoke.", session: "g1", minGroup: 2).contains("women"))
        #expect(Fixture.rewrite("Ana Ruiz spoke.", session: "g1", minGroup: 1)
                == "A civil-society participant from Latin America and the Caribbean spoke.")
    }
}
