import Foundation
import Testing
import TestSupport

/// `stocktake build` as a secretariat runs it: errors write nothing, `--keep-going` writes what it
/// can and lists the rest as stale, `--format json` prints machine-readable diagnostics, `init`
/// starts a folder that builds.
@Suite(.serialized) struct BuildCommandTests {
    /// A copy of the example with an unknown section heading in one Day-2 table's notes.
    static func brokenMeeting() throws -> (URL, String) {
        let meeting = ExampleBuild.copy(ExampleBuild.example)
        let note = "notes/day2/round2/table-03.md"
        let url = meeting.appendingPathComponent(note)
        let text = try String(contentsOf: url, encoding: .utf8)
        try (text + "\n## Questons for governements\n- A question that has no section.\n").write(to: url, atomically: true, encoding: .utf8)
        return (meeting, note)
    }

    @Test func anErrorWritesNothingAndKeepGoingKeepsWhatCannotBeBuilt() throws {
        let (meeting, note) = try Self.brokenMeeting()
        let out = PDFTools.temporaryFolder("stocktake-kg").appendingPathComponent("Output")
        let failed = ExampleBuild.build(meeting, output: out)
        #expect(failed.status == 1)
        #expect(failed.stderr.contains("\(note):") && failed.stderr.contains("[unknown-section]"), "\(failed.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.path), "a failed build wrote the output folder")

        // A good build first, then the broken one with --keep-going.
        try FileManager.default.copyItem(at: ExampleBuild.shared.output, to: out)
        let report = try Data(contentsOf: out.appendingPathComponent("public/report.pdf"))
        let kept = ExampleBuild.build(meeting, output: out, arguments: ["--keep-going"])
        #expect(kept.status == 1)
        let changes = try String(contentsOf: out.appendingPathComponent("changes.txt"), encoding: .utf8)
        #expect(changes.contains("stale public/report.pdf"), "\(changes)")
        #expect(try Data(contentsOf: out.appendingPathComponent("public/report.pdf")) == report, "the stale report was replaced")
        // Handouts print the questions of table notes too: an error in one keeps them stale.
        #expect(changes.contains("stale government/handouts/"), "\(changes)")
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("government/handouts/table-03-round-2.pdf").path))
    }

    @Test func jsonDiagnosticsParse() throws {
        let (meeting, note) = try Self.brokenMeeting()
        let run = PDFTools.run(PDFTools.stocktakeBinary.path, ["check", meeting.path, "--format", "json"])
        #expect(run.status == 1)
        // The whole of stdout is the JSON (SPEC 5); the summary line goes to stderr.
        let rows = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]]
        #expect(!run.stderr.contains("["), "\(run.stderr)")
        let row = try #require(rows?.first { ($0["code"] as? String) == "unknown-section" })
        #expect(row["path"] as? String == note)
        #expect(row["severity"] as? String == "error")
        #expect((row["line"] as? Int ?? 0) > 1)
    }

    @Test func onlyBuildsTheChosenOutputsAndKeepsTheOthers() throws {
        let out = PDFTools.temporaryFolder("stocktake-only").appendingPathComponent("Output")
        try FileManager.default.copyItem(at: ExampleBuild.shared.output, to: out)
        let before = try Data(contentsOf: out.appendingPathComponent("public/report.pdf"))
        let run = ExampleBuild.build(ExampleBuild.example, output: out, arguments: ["--only", "handouts", "--draft"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try Data(contentsOf: out.appendingPathComponent("public/report.pdf")) == before)
        let changes = try String(contentsOf: out.appendingPathComponent("changes.txt"), encoding: .utf8)
        let paths = changes.split(separator: "\n").map { String($0.split(separator: " ")[1]) }
        #expect(!paths.isEmpty && paths.allSatisfy { $0.hasPrefix("government/handouts/") }, "\(changes)")
        let page = PDFTools.text(out.appendingPathComponent("government/handouts/table-01-round-1.pdf")).first ?? ""
        #expect(page.contains("DRAFT"))
        // stderr is not a terminal here: no live progress line, no escape codes.
        #expect(!run.stderr.contains("\u{1B}") && !run.stderr.contains("\r") && !run.stderr.contains("rendered "), "\(run.stderr)")
    }

    /// On a terminal, a build shows which output it has rendered, on one line it rewrites, and
    /// clears it before the summary.
    @Test func aTerminalSeesProgress() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/script") else { return }
        let out = PDFTools.temporaryFolder("stocktake-progress").appendingPathComponent("Output")
        let command = "\(PDFTools.stocktakeBinary.path) build \(ExampleBuild.example.path) --output \(out.path) --only handouts"
        let run = PDFTools.run("/usr/bin/script", ["-qc", command, "/dev/null"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("\r\u{1B}[Krendered 1/21 government/handouts/"), "\(run.stdout.prefix(300))")
        #expect(run.stdout.contains("rendered 21/21 "))
        #expect(run.stdout.contains("\r\u{1B}[K") && run.stdout.contains("wrote 21 output(s)"))
    }

    @Test func initStartsAMeetingThatBuilds() throws {
        let dir = PDFTools.temporaryFolder("stocktake-init").appendingPathComponent("my-meeting")
        let run = PDFTools.run(PDFTools.stocktakeBinary.path, ["init", dir.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("meeting.yaml").path))
        let again = PDFTools.run(PDFTools.stocktakeBinary.path, ["init", dir.path])
        #expect(again.status == 1, "init must not overwrite a folder")
        let check = PDFTools.run(PDFTools.stocktakeBinary.path, ["check", dir.path])
        #expect(check.status == 0, "\(check.stderr)")
        // The skeleton explains itself: every top-level field of meeting.yaml has a comment, and
        // the next steps are printed; it builds, from inside its folder, as they say.
        let yaml = try String(contentsOf: dir.appendingPathComponent("meeting.yaml"), encoding: .utf8)
        let fields = ["title", "subtitle", "venue", "dates", "organiser", "language", "paper", "duplex", "min_group",
                      "acts", "regions", "tags", "sections", "roles", "quotas", "sessions", "texts"]
        for field in fields {
            let lines = yaml.split(separator: "\n").map(String.init)
            let at = try #require(lines.firstIndex { $0.hasPrefix("\(field):") }, "\(field) is in the skeleton")
            #expect(lines[at].contains("#") || lines[at - 1].hasPrefix("#"), "\(field) has a comment")
        }
        #expect(run.stderr.contains("next:") && run.stderr.contains("stocktake check"))
        let build = PDFTools.run(PDFTools.stocktakeBinary.path, ["build", "--output", "../Output"], in: dir)
        #expect(build.status == 0, "\(build.stderr)")
        #expect(FileManager.default.fileExists(atPath: dir.deletingLastPathComponent().appendingPathComponent("Output/public/report.pdf").path))
        let example = PDFTools.run(PDFTools.stocktakeBinary.path, ["init", "--example", dir.path + "-example"])
        #expect(example.status == 0)
        #expect(FileManager.default.fileExists(atPath: dir.path + "-example/notes/day2/round1/table-01.md"))
    }
}
