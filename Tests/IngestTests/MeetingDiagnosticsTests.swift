import Diagnostics
import Foundation
import Ingest
import Testing
import TestSupport

/// Every diagnostic of the reader, each from one bad input fed to the small valid fixture, with
/// its exact `path:line:col` and code.
@Suite struct MeetingDiagnosticsTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var source: MeetingMemorySource
        /// Expected diagnostics, `path:line:col: severity [code]`.
        var expected: [String]
        /// When true the run must report exactly `expected`; else at least those.
        var exact = true
        var testDescription: String { name }
    }

    static let base = MeetingFixture.source
    static let yaml = "meeting.yaml", roster = "roster.csv", note = "notes/d1-act2.md"

    static let cases: [Case] = [
        Case(name: "missing meeting.yaml", source: base.with(yaml, nil),
             expected: ["meeting.yaml:1:1: error [missing-file]"]),
        Case(name: "missing roster.csv", source: base.with(roster, nil),
             expected: ["roster.csv:1:1: error [missing-file]"], exact: false),
        Case(name: "missing required field (title)", source: base.replacingLine(1, of: yaml, with: "#"),
             expected: ["meeting.yaml:2:1: error [missing-field]"]),
        Case(name: "empty required field", source: base.replacingLine(4, of: roster, with: "g001,Juan Pérez,,Government of Mexico,government,,lac,Mexico,es,,").replacingLine(2, of: note, with: "session:"),
             expected: ["notes/d1-act2.md:2:1: error [missing-field]"]),  // no follow-on coverage warnings: one cause
        Case(name: "missing required field of a session (rule)",
             source: base.replacingLine(27, of: yaml, with: "  - { id: d1-act2, day: 1, kind: group, title: Safe pathways, acts: [2], sectors: [civil-society] }"),
             expected: ["meeting.yaml:27:5: error [missing-field]"]),
        Case(name: "missing required front matter field (session)", source: base.replacingLine(2, of: note, with: "#"),
             expected: ["notes/d1-act2.md:3:1: error [missing-field]"]),  // no follow-on coverage warnings: one cause
        Case(name: "YAML syntax error at its line", source: base.replacingLine(20, of: yaml, with: "  - { id: specificities, role: [specificities }"),
             expected: ["meeting.yaml:20:47: error [yaml-syntax]"]),
        Case(name: "YAML syntax error in front matter at the file's line", source: base.replacingLine(4, of: note, with: "acts: [2"),
             expected: ["notes/d1-act2.md:5:8: error [yaml-syntax]"]),  // no follow-on coverage warnings: one cause
        Case(name: "duplicate act id", source: base.replacingLine(11, of: yaml, with: "  - id: 2"),
             expected: ["meeting.yaml:11:9: error [duplicate-id]", "meeting.yaml:28:67: error [unknown-act]",
                        "regional/asia.md:6:1: error [unknown-act]"]),
        Case(name: "duplicate roster id", source: base.replacingLine(3, of: roster, with: "p001,Ravi Kumar,,Migrant Forum in Asia,civil-society,,asia,,,,"),
             expected: ["roster.csv:3:1: error [duplicate-id]"], exact: false),
        Case(name: "unknown session", source: base.replacingLine(2, of: note, with: "session: d1-act3"),
             expected: ["notes/d1-act2.md:2:10: error [unknown-session]"]),
        Case(name: "unknown act in a session", source: base.replacingLine(28, of: yaml, with: "  - { id: d2-t01, day: 2, kind: table, table: 1, round: 1, acts: [4], rule: chatham-house,"),
             expected: ["meeting.yaml:28:67: error [unknown-act]"]),
        Case(name: "unknown act in an attribute", source: base.replacingLine(9, of: note, with: "- Regularisation for long-term residents. {act=7}"),
             expected: ["notes/d1-act2.md:9:43: error [unknown-act]"]),
        Case(name: "unknown target in an attribute", source: base.replacingLine(9, of: note, with: "- Regularisation for long-term residents. {act=2.9}"),
             expected: ["notes/d1-act2.md:9:43: error [unknown-target]"]),
        Case(name: "unknown region", source: base.replacingLine(5, of: note, with: "regions: [lax]"),
             expected: ["notes/d1-act2.md:5:11: error [unknown-region]"]),
        Case(name: "unknown roster id", source: base.replacingLine(3, of: note, with: "rapporteur: p009"),
             expected: ["notes/d1-act2.md:3:13: error [unknown-person]"]),
        Case(name: "unknown roster id in seats", source: base.replacingLine(29, of: yaml, with: "      facilitator: p001, seats: [p001, p020, g001] }"),
             expected: ["meeting.yaml:29:40: error [unknown-person]"]),
        Case(name: "unknown section", source: base.replacingLine(8, of: note, with: "## Key mesages"),
             expected: ["notes/d1-act2.md:8:1: error [unknown-section]"]),
        Case(name: "unknown tag", source: base.replacingLine(11, of: note, with: "- Children must never be detained. {.childern}"),
             expected: ["notes/d1-act2.md:11:36: error [unknown-tag]"]),
        Case(name: "table session without seats", source: base.replacingLine(29, of: yaml, with: "      facilitator: p001 }"),
             expected: ["meeting.yaml:28:5: error [table-without-seats]"]),
        Case(name: "CSV row with the wrong number of fields", source: base.replacingLine(3, of: roster, with: "p002,Ravi Kumar,,Migrant Forum in Asia,civil-society,,asia,,,,,"),
             expected: ["roster.csv:3:1: error [csv-field-count]"], exact: false),
        Case(name: "file not UTF-8", source: base.with(roster, bytes: Data(MeetingFixture.rosterCSV.utf8).replacing(Data("Ravi".utf8), with: Data([0x52, 0xE1, 0x76, 0x69]))),
             expected: ["roster.csv:3:7: error [not-utf8]"], exact: false),
        Case(name: "empty note", source: base.with("notes/empty.md", "---\nsession: d1-act2\n---\n\n"),
             expected: ["notes/empty.md:1:1: error [empty-note]"]),
        Case(name: "attribute block that does not parse", source: base.replacingLine(11, of: note, with: "- Children must never be detained. {act:2}"),
             expected: ["notes/d1-act2.md:11:36: error [bad-attribute]"]),
        Case(name: "content before the first section heading", source: base.replacingLine(7, of: note, with: "Some words."),
             expected: ["notes/d1-act2.md:7:1: error [content-before-section]"]),
        Case(name: "raw HTML", source: base.replacingLine(12, of: note, with: "<div>hidden</div>\n"),
             expected: ["notes/d1-act2.md:12:1: error [raw-html]"], exact: false),
        Case(name: "a note's acts not among its session's", source: base.replacingLine(4, of: note, with: "acts: [3]"),
             expected: ["notes/d1-act2.md:4:8: error [act-not-in-session]"]),
        Case(name: "government delegate with an unknown country", source: base.replacingLine(4, of: roster, with: "g001,Juan Pérez,,Government of Mexico,government,,lac,Mexicoo,es,,"),
             expected: ["roster.csv:4:55: error [unknown-country]"]),
        Case(name: "government delegate without a country", source: base.replacingLine(4, of: roster, with: "g001,Juan Pérez,,Government of Mexico,government,,lac,,es,,"),
             expected: ["roster.csv:4:1: error [unknown-country]"]),
        Case(name: "warning: session with no notes", source: base.with("notes/day2/d2-t01.md", nil),
             expected: ["meeting.yaml:28:5: warning [session-without-notes]"]),
        Case(name: "warning: act nobody spoke to", source: base.with("notes/day2/d2-t01.md", nil).with("regional/asia.md", nil),
             expected: ["meeting.yaml:11:5: warning [act-without-input]", "meeting.yaml:28:5: warning [session-without-notes]"]),
        Case(name: "duplicate session id", source: base.replacingLine(28, of: yaml, with: "  - { id: d1-act2, day: 2, kind: table, table: 1, round: 1, acts: [3], rule: chatham-house,"),
             expected: ["meeting.yaml:28:11: error [duplicate-id]"], exact: false),
        Case(name: "error: a file in notes/ that is not Markdown (never a silent skip)", source: base.with("notes/table-03.docx", "PK"),
             expected: ["notes/table-03.docx:1:1: error [unreadable-file]"]),
        Case(name: "unknown role referent", source: base.replacingLine(24, of: yaml, with: "  host government: Government of Mexicoo"),
             expected: ["meeting.yaml:24:20: error [unknown-organisation]"]),
    ]

    @Test(arguments: cases) func reportsAtTheRightPlace(_ c: Case) {
        let got = MeetingFixture.diagnose(c.source)
        if c.exact {
            #expect(got.sorted() == c.expected.sorted(), "\(c.name)")
        } else {
            for e in c.expected { #expect(got.contains(e), "\(c.name): \(e) not in \(got)") }
        }
    }

    @Test func didYouMeanHints() {
        let bag = MeetingReader.read(Self.base.replacingLine(8, of: Self.note, with: "## Key mesages")).1
        #expect(bag.all.first?.hint == "did you mean 'Key messages'?")
        let session = MeetingReader.read(Self.base.replacingLine(2, of: Self.note, with: "session: d1-act3")).1
        #expect(session.all.first { $0.code == .unknownSession }?.hint == "did you mean 'd1-act2'?")
    }

    @Test func headingsMatchAliasesIgnoringCaseAndAccents() {
        let source = Self.base.replacingLine(8, of: Self.note, with: "## MENSAJES CLÁVE")
        #expect(MeetingFixture.diagnose(source) == [])
    }

    @Test func everyProblemIsReportedNotOnlyTheFirst() {
        let source = Self.base.replacingLine(8, of: Self.note, with: "## Key mesages")
            .replacingLine(5, of: Self.note, with: "regions: [lax]")
            .replacingLine(3, of: Self.roster, with: "p002,Ravi Kumar,,Migrant Forum in Asia,civil-society,,asai,,,,")
        let codes = Set(MeetingReader.read(source).1.all.map(\.code))
        #expect(codes == [.unknownSection, .unknownRegion])
        #expect(MeetingReader.read(source).1.errorCount == 3)
    }
}
