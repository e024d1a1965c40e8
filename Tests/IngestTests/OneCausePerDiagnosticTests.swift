import Diagnostics
import Foundation
import Ingest
import Testing
import TestSupport

/// Issue 13: one diagnostic per cause, and no type guessed at — a roster exported with
/// semicolons, a misspelt column, a rejected row, a single value where a list belongs.
@Suite struct OneCausePerDiagnosticTests {
    let base = MeetingFixture.source

    func roster(_ text: String) -> MeetingMemorySource { base.with("roster.csv", text) }

    @Test func aRosterSeparatedBySemicolonsOrTabsIsOneError() {
        for separator in [";", "\t"] {
            let got = MeetingFixture.diagnose(roster(MeetingFixture.rosterCSV.replacingOccurrences(of: ",", with: separator)))
            #expect(got == ["roster.csv:1:1: error [csv-syntax]"], "\(separator == ";" ? "semicolons" : "tabs"): \(got)")
        }
    }

    @Test func aMisspeltColumnIsAnErrorAndAnUnknownOneIsIgnored() {
        let misspelt = MeetingFixture.diagnose(roster(MeetingFixture.rosterCSV.replacingOccurrences(of: "list_consent", with: "list_consnt")))
        #expect(misspelt == ["roster.csv:1:81: error [unknown-field]"], "\(misspelt)")
        let other = MeetingFixture.diagnose(roster(MeetingFixture.rosterCSV.replacingOccurrences(of: "list_consent\n", with: "list_consent,badge_number\n")
            .replacingOccurrences(of: ",yes\n", with: ",yes,17\n").replacingOccurrences(of: ",,\n", with: ",,,\n")))
        #expect(other.isEmpty, "\(other)")
    }

    /// A row rejected for its field count is reported once: the notes and seats that name its id
    /// are not reported again as unknown.
    @Test func aRejectedRowGivesNoFollowOnErrors() {
        let broken = MeetingFixture.rosterCSV.replacingOccurrences(of: "p001,Ana Ruiz,", with: "p001,Ana,Ruiz,")
        let got = MeetingFixture.diagnose(roster(broken))
        #expect(got == ["roster.csv:2:1: error [csv-field-count]"], "\(got)")
    }

    @Test func aSingleValueWhereAListBelongsIsAnError() {
        let note = MeetingFixture.noteAct2.replacingOccurrences(of: "acts: [2]", with: "acts: 2")
        #expect(note != MeetingFixture.noteAct2)
        let got = MeetingFixture.diagnose(base.with("notes/d1-act2.md", note))
        #expect(got.contains { $0.hasSuffix("error [invalid-value]") && $0.hasPrefix("notes/d1-act2.md:") }, "\(got)")
    }
}

/// Hints that help when nothing is near: the list of known ids or sections; a typographic
/// apostrophe in a heading is the straight one (found by a new user: "Les États d’abord").
@Suite struct HintTests {
    @Test func anUnknownIdWithNothingNearListsTheKnownOnes() {
        let note = MeetingFixture.noteAct2.replacingOccurrences(of: "regions: [lac]", with: "regions: [oceania]")
        #expect(note != MeetingFixture.noteAct2)
        let (_, bag) = MeetingReader.read(MeetingFixture.source.with("notes/d1-act2.md", note))
        let d = bag.all.first { $0.code == .unknownRegion }
        #expect(d?.hint?.hasPrefix("the known ones are '") == true, "\(String(describing: d))")
    }

    @Test func aTypographicApostropheInAHeadingMatches() {
        let yaml = MeetingFixture.meetingYAML.replacingOccurrences(of: "aliases: [Mensajes clave]", with: "aliases: [Mensajes clave, \"Les États d'abord\"]")
        #expect(yaml != MeetingFixture.meetingYAML)
        let note = MeetingFixture.noteAct2.replacingOccurrences(of: "## Key messages", with: "## Les États d\u{2019}abord")
        let source = MeetingFixture.source.with("meeting.yaml", yaml).with("notes/d1-act2.md", note)
        #expect(!MeetingFixture.diagnose(source).contains { $0.contains("unknown-section") }, "\(MeetingFixture.diagnose(source))")
    }
}
