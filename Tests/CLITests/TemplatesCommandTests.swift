import Foundation
import Testing
import TestSupport

/// `stocktake templates` (issue 14): one template per session, never overwriting, read back by the
/// Word note reader with none of its guidance as an item.
@Suite struct TemplatesCommandTests {
    static let example = ExampleBuild.example

    static func templates(_ args: [String]) -> PDFTools.Output {
        PDFTools.run(PDFTools.stocktakeBinary.path, ["templates"] + args, environment: ["NO_COLOR": "1"])
    }

    @Test func writesOneTemplatePerSessionAndNeverOverwrites() throws {
        let out = PDFTools.temporaryFolder("templates").appendingPathComponent("rapporteur-templates")
        let first = Self.templates([Self.example.path, "--output", out.path])
        #expect(first.status == 0, "\(first.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        #expect(names.count == 30 && names.contains("d1-act2.docx") && names.contains("d2-r1-t03.docx"), "\(names)")
        // A file that is there is kept, byte for byte, even when it is someone's filled note.
        let mine = out.appendingPathComponent("d1-act2.docx")
        try Data("my filled note".utf8).write(to: mine)
        let again = Self.templates([Self.example.path, "--output", out.path])
        #expect(again.status == 0 && again.stderr.contains("wrote 0 template(s)") && again.stderr.contains("kept 30"), "\(again.stderr)")
        #expect(try String(contentsOf: mine, encoding: .utf8) == "my filled note")
        // The same meeting gives the same bytes.
        let other = PDFTools.temporaryFolder("templates2").appendingPathComponent("t")
        _ = Self.templates([Self.example.path, "--output", other.path, "--session", "d1-act3"])
        let a = try Data(contentsOf: out.appendingPathComponent("d1-act3.docx"))
        let b = try Data(contentsOf: other.appendingPathComponent("d1-act3.docx"))
        #expect(a == b)
        #expect(try FileManager.default.contentsOfDirectory(atPath: other.path) == ["d1-act3.docx"])
    }

    @Test func templateHoldsTheSessionLineHeadingsAndPropertyAndIsAValidZip() throws {
        let out = PDFTools.temporaryFolder("templates-content")
        _ = Self.templates([Self.example.path, "--output", out.path, "--session", "d2-r1-t03"])
        let file = out.appendingPathComponent("d2-r1-t03.docx")
        let document = PDFTools.run("unzip", ["-p", file.path, "word/document.xml"]).stdout
        let custom = PDFTools.run("unzip", ["-p", file.path, "docProps/custom.xml"]).stdout
        #expect(document.contains("session: d2-r1-t03"))
        #expect(custom.contains("name=\"stocktake-session\"") && custom.contains("<vt:lpwstr>d2-r1-t03</vt:lpwstr>"))
        for heading in ["Key messages", "States first", "Questions for governments"] {
            #expect(document.contains("<w:pStyle w:val=\"Heading1\"/></w:pPr><w:r><w:t xml:space=\"preserve\">\(heading)<"), "\(heading)")
        }
        #expect(PDFTools.run("unzip", ["-tq", file.path]).status == 0)
    }

    @Test func unknownSessionIsAnErrorWithTheKnownOnes() {
        let out = PDFTools.temporaryFolder("templates-unknown")
        let run = Self.templates([Self.example.path, "--output", out.path, "--session", "d1-act22"])
        #expect(run.status == 1 && run.stderr.contains("unknown session 'd1-act22'") && run.stderr.contains("[unknown-session]"), "\(run.stderr)")
    }

    /// A template put in `notes/` untouched has no items: its guidance is never read, its title
    /// and box are not content, and the only complaint is that the note is empty.
    @Test func anUnfilledTemplateGivesNoItemOnlyAnEmptyNote() throws {
        for format in ["docx", "md"] {
            let meeting = ExampleBuild.copy(Self.example)
            let out = PDFTools.temporaryFolder("templates-unfilled")
            _ = Self.templates([meeting.path, "--output", out.path, "--session", "d1-act2", "--format", format])
            try FileManager.default.removeItem(at: meeting.appendingPathComponent("notes/day1/d1-act2.md"))
            try FileManager.default.copyItem(at: out.appendingPathComponent("d1-act2.\(format)"),
                                             to: meeting.appendingPathComponent("notes/day1/d1-act2.\(format)"))
            let check = PDFTools.run(PDFTools.stocktakeBinary.path, ["check", meeting.path, "--format", "json"])
            let all = try JSONSerialization.jsonObject(with: Data(check.stdout.utf8)) as? [[String: Any]] ?? []
            let errors = all.filter { $0["severity"] as? String == "error" }
            #expect(errors.count == 1 && errors.first?["code"] as? String == "empty-note"
                    && errors.first?["path"] as? String == "notes/day1/d1-act2.\(format)", "\(format): \(errors)")
            #expect(!all.contains { ($0["path"] as? String)?.hasPrefix("notes/day1/d1-act2") == true && $0["code"] as? String != "empty-note" },
                    "\(format): \(all)")
        }
    }
}
