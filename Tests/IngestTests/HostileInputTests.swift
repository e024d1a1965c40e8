import Diagnostics
import Foundation
import Ingest
import Testing
import TestSupport

/// Input meant to break the reader: it must answer with diagnostics, never a crash or a hang.
@Suite struct HostileInputTests {
    let base = MeetingFixture.source

    @Test func binaryNote() {
        var bytes = Data([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00])
        bytes.append(Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 31) }))
        let got = MeetingFixture.diagnose(base.with("notes/a.out.md", bytes: bytes))
        #expect(got == ["notes/a.out.md:1:8: error [not-utf8]"])
    }

    @Test func fiftyMegabyteNote() {
        let big = Data(repeating: UInt8(ascii: "a"), count: 50 << 20)
        #expect(MeetingFixture.diagnose(base.with("notes/huge.md", bytes: big)) == ["notes/huge.md:1:1: error [file-too-large]"])
    }

    @Test func deeplyNestedList() {
        var text = "---\nsession: d1-act2\n---\n\n## Key messages\n"
        for depth in 0..<200 { text += String(repeating: "  ", count: depth) + "- level \(depth)\n" }
        let (meeting, bag) = MeetingReader.read(base.with("notes/deep.md", text))
        #expect(bag.all.contains { $0.code == .nestingTooDeep && $0.span.path == "notes/deep.md" })
        #expect(meeting != nil)
    }

    @Test func deeplyNestedBlockQuotes() {
        let text = "---\nsession: d1-act2\n---\n\n## Key messages\n" + String(repeating: ">", count: 100_000) + " x\n"
        let (_, bag) = MeetingReader.read(base.with("notes/quotes.md", text))
        #expect(bag.all.contains { $0.code == .nestingTooDeep })
    }

    @Test func garbageYAML() {
        for garbage in ["{{{{", "- - - : : ]]", "\u{7}\u{1B}[0m", ": : :", "title: [unterminated", "\t\tkey: value", "!!binary 'x'", "*undefined", "[1, 2"] {
            let got = MeetingFixture.diagnose(base.with("meeting.yaml", garbage))
            #expect(!got.isEmpty, "\(garbage)")
            #expect(got.allSatisfy { $0.contains("error") && $0.hasPrefix("meeting.yaml:") }, "\(garbage): \(got)")
        }
    }

    @Test func deeplyNestedYAML() {
        let flow = "title: x\nacts: " + String(repeating: "[", count: 100_000) + "\n"
        #expect(MeetingFixture.diagnose(base.with("meeting.yaml", flow)) == ["meeting.yaml:2:39: error [yaml-syntax]"])
        let block = "title: x\nacts:\n" + String(repeating: "- ", count: 50_000) + "x\n"
        #expect(MeetingFixture.diagnose(base.with("meeting.yaml", block)) == ["meeting.yaml:3:65: error [yaml-syntax]"])
    }

    @Test func deeplyIndentedYAML() {
        var yaml = "title: x\n"
        for depth in 0..<300 { yaml += String(repeating: " ", count: depth) + "k\(depth):\n" }
        #expect(MeetingFixture.diagnose(base.with("meeting.yaml", yaml)) == ["meeting.yaml:203:202: error [yaml-syntax]"])
        var note = "---\nsession: d1-act2\n"
        for depth in 0..<40 { note += String(repeating: " ", count: depth) + "k\(depth):\n" }
        note += "---\n\n## Key messages\n- x\n"
        #expect(MeetingFixture.diagnose(base.with("notes/deep.md", note)) == ["notes/deep.md:2:1: error [yaml-syntax]"])
    }

    @Test func billionLaughs() {
        var yaml = "title: x\na0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for i in 1..<30 { yaml += "a\(i): &a\(i) [" + Array(repeating: "*a\(i - 1)", count: 9).joined(separator: ", ") + "]\n" }
        yaml += "? *a29\n: boom\n"
        let got = MeetingFixture.diagnose(base.with("meeting.yaml", yaml))
        #expect(got == ["meeting.yaml:2:5: error [yaml-syntax]"])
    }

    @Test func frontMatterThatIsNotAMapping() {
        let note = "---\n- just\n- a list\n---\n\n## Key messages\n- x\n"
        let got = MeetingFixture.diagnose(base.with("notes/list.md", note))
        #expect(got == ["notes/list.md:2:1: error [invalid-value]"])
    }

    @Test func noteWithoutFrontMatter() {
        let got = MeetingFixture.diagnose(base.with("notes/bare.md", "## Key messages\n- x\n"))
        #expect(got == ["notes/bare.md:1:1: error [missing-field]"])
    }
}
