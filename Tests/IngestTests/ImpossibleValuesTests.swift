import Diagnostics
import Foundation
import Ingest
import Testing
import TestSupport

/// Issue 16: no silent impossible value — a date that is no day, dates in reverse, two sessions
/// on one table and round.
@Suite struct ImpossibleValuesTests {
    let base = MeetingFixture.source

    func yaml(_ from: String, _ to: String) -> MeetingMemorySource {
        base.with("meeting.yaml", MeetingFixture.meetingYAML.replacingOccurrences(of: from, with: to))
    }

    @Test func datesThatAreNoDayOrReversedAreErrors() {
        #expect(MeetingFixture.diagnose(yaml("dates: [2017-12-02, 2017-12-03]", "dates: [2017-02-28, 2017-02-30]"))
                == ["meeting.yaml:3:21: error [invalid-value]"])
        #expect(MeetingFixture.diagnose(yaml("dates: [2017-12-02, 2017-12-03]", "dates: [2017-12-03, 2017-12-02]"))
                == ["meeting.yaml:3:21: error [invalid-value]"])
        #expect(MeetingFixture.diagnose(yaml("dates: [2017-12-02, 2017-12-03]", "dates: [2016-02-29]")).isEmpty)
    }

    @Test func twoSessionsOnOneTableAndRoundAreAnError() {
        let extra = """
              facilitator: p001, seats: [p001, p002, g001] }
          - { id: d2-t01b, day: 2, kind: table, table: 1, round: 1, acts: [3], rule: chatham-house, seats: [p001, g001] }
        """
        let got = MeetingFixture.diagnose(yaml("      facilitator: p001, seats: [p001, p002, g001] }", extra))
        #expect(got.contains { $0.hasSuffix("error [duplicate-id]") }, "\(got)")
    }
}
