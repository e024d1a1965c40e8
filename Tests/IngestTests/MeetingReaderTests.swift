import Diagnostics
import Ingest
import Model
import Testing
import TestSupport

@Suite struct MeetingReaderTests {
    let read = MeetingReader.read(MeetingFixture.source)

    @Test func fixtureReadsWithoutDiagnostics() {
        #expect(MeetingFixture.diagnose(MeetingFixture.source) == [])
        #expect(read.0 != nil)
    }

    @Test func meetingDefinition() throws {
        let m = try #require(read.0)
        #expect(m.title == "Test Stocktaking Meeting")
        #expect(m.dates == ["2017-12-02", "2017-12-03"])
        #expect(m.acts.map(\.id) == ["2", "3"])
        #expect(m.acts[0].targets.map(\.id) == ["2.1"])
        #expect(m.sections.map(\.role) == [.messages, .specificities, .strategy, .questions])
        #expect(m.session("d2-t01")?.kind == .table)
        #expect(m.session("d2-t01")?.table == 1)
        #expect(m.minGroup == 3 && m.paper == .a4 && !m.duplex)
        let host = try #require(m.roles.first { $0.phrase == "host government" })
        #expect(host.referents == [.organisation("Government of Mexico")])
        #expect(m.roles.first { $0.phrase == "the rapporteur" }?.referents == [.person("p001")])
        #expect(m.acts[0].span == SourceSpan(path: "meeting.yaml", line: 7, column: 5))
    }

    @Test func rosterAndPresence() throws {
        let m = try #require(read.0)
        #expect(m.people.map(\.id) == ["p001", "p002", "g001"])
        let g = try #require(m.person("g001"))
        #expect(g.stateID == "MEX" && g.language == "es" && g.isGovernment)
        #expect(m.person("p001")?.aliases == ["Ms. Ruiz"])
        #expect(m.person("p001")?.listConsent == true)
        #expect(m.presence["d2-t01"] == ["p001", "p002", "g001"])
        #expect(m.presence["d1-act2"] == ["p001", "p002"])   // sectors: civil-society
        #expect(m.delegations["Government of Mexico"]?.count == 1)
    }

    @Test func itemsCarrySectionClearanceAttributesAndNesting() throws {
        let m = try #require(read.0)
        let texts = m.items.map(\.content.plainText)
        #expect(texts == [
            "Regularisation for long-term residents.", "Firewalls between services and enforcement.",
            "Children must never be detained.", "Two governments are open to firewalls.",
            "How will you end child detention?", "Region | Point\nAsia | Recruitment fees",
            "Protect migrant domestic workers.",
        ])
        let first = m.items[0], nested = m.items[1]
        #expect(first.acts == ["2"] && first.targets == ["2.1"] && first.regions == ["lac"])
        #expect(first.clearance == .public && first.role == .messages && first.rule == .chathamHouse)
        #expect(first.span.path == "notes/d1-act2.md" && first.span.start == SourceLocation(line: 9, column: 1))
        #expect(nested.parent == first.id && nested.depth == 1 && nested.clearance == .internal)
        #expect(m.items[2].tags == ["children"])
        #expect(m.items[3].clearance == .internal && m.items[3].role == .strategy)
        // A table note's key message: public, on the session's act (the fixture's only round of
        // tables holds no questions, which no later handout could print).
        #expect(m.items[4].clearance == .public && m.items[4].same == "detention" && m.items[4].acts == ["3"])
        if case .table = m.items[5].content {} else { Issue.record("a table is one item") }
        let outcome = m.items[6]
        #expect(outcome.origin == .outcome(region: "asia", process: nil, anchors: ["Migrant Forum in Asia"], path: "regional/asia.md"))
        #expect(outcome.acts == ["3"] && outcome.rule == .onRecord && outcome.tags == ["women"] && outcome.regions == ["asia"])
        #expect(m.items.enumerated().allSatisfy { $0.offset == $0.element.id })
        #expect(m.notes.map(\.session) == ["d1-act2", "d2-t01"])
        #expect(m.notes[1].acts == ["3"])   // the session's acts
    }

    @Test func sessionCapAndAttributesTightenNeverLoosen() throws {
        let yaml = MeetingFixture.meetingYAML.replacingOccurrences(
            of: "acts: [2], rule: chatham-house, sectors", with: "acts: [2], rule: chatham-house, clearance: government, sectors")
        let note = MeetingFixture.noteAct2.replacingOccurrences(of: "Two governments are open to firewalls.",
                                                                with: "Two governments are open. {.government}")
        let (m, bag) = MeetingReader.read(MeetingFixture.source.with("meeting.yaml", yaml).with("notes/d1-act2.md", note))
        let items = try #require(m?.items)
        #expect(items[0].clearance == .government)   // public section, capped by the session
        #expect(items[3].clearance == .internal)     // internal section stays internal
        #expect(bag.all.map(\.code) == [.clearanceLoosened])
        #expect(bag.all.first?.span.description == "notes/d1-act2.md:14:27")
    }
}
