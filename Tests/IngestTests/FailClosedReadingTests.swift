import Diagnostics
import Foundation
import Ingest
import Model
import Testing
import TestSupport

/// SPEC 1, "fail closed": whatever a rapporteur meant as a clearance, a section or a field, and the
/// reader cannot read with certainty, is a located error — never text printed under an open section.
@Suite struct FailClosedReadingTests {
    let base = MeetingFixture.source

    func note(_ body: String, front: String = "session: d1-act2") -> MeetingMemorySource {
        base.with("notes/x.md", "---\n\(front)\n---\n\n## Key messages\n" + body + "\n")
    }

    func errors(_ source: MeetingSource) -> [String] {
        MeetingFixture.diagnose(source).filter { $0.contains("error") }
    }

    @Test(arguments: [
        ("- Firewalls are needed. {.internal}.", "notes/x.md:6:25: error [bad-attribute]"),
        ("- {.internal} Firewalls are needed.", "notes/x.md:6:3: error [bad-attribute]"),
        ("- Firewalls are needed. {.internal} {act=2}", "notes/x.md:6:25: error [bad-attribute]"),
        ("- Firewalls are *needed {.internal}*", "notes/x.md:6:25: error [bad-attribute]"),
        ("- Firewalls are needed (.internal)", "notes/x.md:6:25: error [bad-attribute]"),
        ("- Firewalls are needed [.government]", "notes/x.md:6:25: error [bad-attribute]"),
        ("- Firewalls are needed {internal}", "notes/x.md:6:24: error [bad-attribute]"),
        ("- Firewalls are needed {.internal", "notes/x.md:6:24: error [bad-attribute]"),
        ("- Firewalls are needed.\n\n  {.internal}", "notes/x.md:8:3: error [bad-attribute]"),
        ("- Firewalls\n  - nested\n\n  {.internal}", "notes/x.md:9:3: error [bad-attribute]"),
    ])
    func attributeSlipsAreErrors(body: String, expected: String) {
        #expect(errors(note(body)) == [expected], "\(body)")
    }

    /// A clearance in words, as a Word note would mark it or as a label, in a Markdown note: an
    /// error at the mark (red-team round 3); prose in brackets passes.
    @Test(arguments: [
        ("- Firewalls are needed, never in plenary. [internal]", "notes/x.md:6:43"),
        ("- Firewalls are needed. (internal)", "notes/x.md:6:25"),
        ("- Push one state quietly. [act 2.3; internal]", "notes/x.md:6:27"),
        ("- Travailler un État en coulisses. [interne]", "notes/x.md:6:36"),
        ("- INTERNAL ONLY: bypass the ministry.", "notes/x.md:6:3"),
        ("- NO PUBLICAR: hablar con el cónsul.", "notes/x.md:6:3"),
        ("- Lobby quietly (do not publish).", "notes/x.md:6:17"),
    ])
    func clearanceInWordsIsAnError(body: String, at: String) {
        let got = errors(note(body))
        #expect(got.contains { $0.hasPrefix(at) && $0.hasSuffix("[bad-attribute]") }, "\(body): \(got)")
    }

    @Test func bracketedProseIsNotAClearance() {
        let body = "- Jobs (private sector, trade unions) matter.\n- Internal displacement (IDPs) grew [sic].\n- Private sector: more jobs.\n- Internal displacement: a new chapter."
        #expect(errors(note(body)).isEmpty)
    }

    @Test(arguments: [
        ("**States first**\nTwo governments are open to firewalls.", "notes/x.md:6:1"),
        ("States first:\n- Two governments are open to firewalls.", "notes/x.md:6:1"),
        ("States first: two governments are open to firewalls.", "notes/x.md:6:1"),
        ("- Firewalls.\n- **States frist**: two governments are open.", "notes/x.md:7:3"),
        ("> ## States first\n> Two governments are open to firewalls.", "notes/x.md:6:3"),
        ("- Firewalls.\n\n  ### States first\n  Two governments are open.", "notes/x.md:8:3"),
        ("**Questions for governments**\n- How?", "notes/x.md:6:1"),
        // A label before a dash, a full stop, or in brackets (red-team round 4).
        ("- States first — lobby the embassy quietly.", "notes/x.md:6:3"),
        ("- States first - lobby the embassy quietly.", "notes/x.md:6:3"),
        ("- (States first) lobby the embassy quietly.", "notes/x.md:6:3"),
        ("- [States first] lobby the embassy quietly.", "notes/x.md:6:3"),
        ("- States first. Lobby the embassy quietly.", "notes/x.md:6:3"),
        ("| States first | Who |\n|---|---|\n| lobby the embassy | us |", "notes/x.md:6:3"),
    ])
    func headingLikeLinesAreErrors(body: String, at: String) {
        let got = errors(note(body))
        #expect(got.contains { $0.hasPrefix(at) && $0.hasSuffix("[heading-like-line]") }, "\(body): \(got)")
    }

    @Test func ordinaryTextAndTheCurrentSectionPass() {
        let body = "- Key messages: regularisation first.\n- A strategy for states is needed: {act=2}\n- Costs {approx.} fell."
        let got = MeetingFixture.diagnose(note(body))
        #expect(!got.contains { $0.contains("heading-like-line") }, "\(got)")
    }

    @Test func misspelledFieldsAreErrors() {
        let yaml = MeetingFixture.meetingYAML.replacingOccurrences(
            of: "rule: chatham-house, sectors: [civil-society] }",
            with: "rule: chatham-house, sectors: [civil-society], clearence: internal }")
        let got = MeetingFixture.diagnose(base.with("meeting.yaml", yaml))
        #expect(got.contains { $0.hasSuffix("error [unknown-field]") }, "\(got)")
        let front = errors(note("- x", front: "session: d1-act2\nrapportuer: p001"))
        #expect(front == ["notes/x.md:3:1: error [unknown-field]"])
        // Keys are exact: another letter case or a separator is not read either (round 4).
        for key in ["Clearance", "CLEARANCE", "clear_ance"] {
            #expect(errors(note("- x", front: "session: d1-act2\n\(key): internal")) == ["notes/x.md:3:1: error [unknown-field]"], "\(key)")
        }
        // A field far from every known one is still a warning.
        let far = MeetingFixture.diagnose(note("- x", front: "session: d1-act2\ncomment: late"))
        #expect(far == ["notes/x.md:3:1: warning [unknown-field]"])
    }

    @Test func aNoteMayNarrowItsClearance() throws {
        let (meeting, _) = MeetingReader.read(note("- Firewalls are needed.", front: "session: d1-act2\nclearance: internal"))
        let items = try #require(meeting).items.filter { $0.span.path == "notes/x.md" }
        #expect(!items.isEmpty && items.allSatisfy { $0.clearance == .internal })
    }

    @Test func invisibleCharactersAreRemovedFromChathamHouseContent() throws {
        let (meeting, bag) = MeetingReader.read(note("- Ana\u{200B} Ru\u{00AD}iz and Me\u{200D}xico said so."))
        let item = try #require(meeting?.items.first { $0.span.path == "notes/x.md" })
        #expect(item.content.plainText == "Ana Ruiz and Mexico said so.")
        #expect(bag.all.contains { $0.code == .invisibleCharacter && $0.severity == .warning })
        // A joiner an Arabic word needs stays.
        let (m2, _) = MeetingReader.read(note("- \u{0644}\u{200D}\u{0644} said so."))
        #expect(m2?.items.first { $0.span.path == "notes/x.md" }?.content.plainText.contains("\u{200D}") == true)
    }
}
