import Foundation
import Testing
import TestSupport
#if canImport(Glibc)
import Glibc
#endif

/// Issue 13's conventions of a command-line tool: the meeting is the current folder, `--version`,
/// `-` for standard input and output, the word lists of the repository rather than the machine's.
@Suite struct ConventionsTests {
    let binary = PDFTools.stocktakeBinary.path

    @Test func theMeetingIsTheCurrentFolderOrAUsageError() throws {
        let meeting = ExampleBuild.copy(ExampleBuild.example)
        let inside = PDFTools.run(binary, ["check"], in: meeting)
        #expect(inside.status == 0, "\(inside.stderr.suffix(300))")
        #expect(inside.stderr.contains("checked: 30 sessions"), "\(inside.stderr.suffix(300))")
        let elsewhere = PDFTools.run(binary, ["build"], in: meeting.deletingLastPathComponent())
        #expect(elsewhere.status == 64)
        #expect(elsewhere.stderr.contains("there is no meeting.yaml in the current folder"), "\(elsewhere.stderr)")
        #expect(!FileManager.default.fileExists(atPath: meeting.deletingLastPathComponent().appendingPathComponent("Output").path))
    }

    @Test func versionIsPrinted() {
        let run = PDFTools.run(binary, ["--version"])
        #expect(run.status == 0)
        #expect(run.stdout.range(of: #"^\d+\.\d+\.\d+\n$"#, options: .regularExpression) != nil, "\(run.stdout)")
    }

    /// `render -` reads standard input, and `-o -` (the default for `-`) writes the PDF, whole, to
    /// standard output; JSON diagnostics there too would mix with the PDF, so that is refused.
    @Test func renderReadsStandardInputAndWritesStandardOutput() throws {
        let folder = PDFTools.temporaryFolder("render-stdio")
        let md = folder.appendingPathComponent("doc.md"), pdf = folder.appendingPathComponent("doc.pdf")
        try "# Hello\n\nFrom standard input.\n".write(to: md, atomically: true, encoding: .utf8)
        let run = PDFTools.run("sh", ["-c", "\"$0\" render - < doc.md > doc.pdf", binary], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(PDFTools.text(pdf).joined().contains("From standard input."))
        #expect(PDFTools.run("qpdf", ["--check", pdf.path]).status == 0)
        let piped = PDFTools.run("sh", ["-c", "\"$0\" render doc.md -o - | pdfinfo -", binary], in: folder)
        #expect(piped.stdout.contains("Pages:"), "\(piped.stdout) \(piped.stderr)")
        let json = PDFTools.run(binary, ["render", md.path, "-o", "-", "--format", "json"])
        #expect(json.status == 64 && json.stdout.isEmpty)
        // A broken document on standard input: a diagnostic named <stdin>, nothing on stdout.
        let broken = PDFTools.run("sh", ["-c", "printf '![x](missing.png)\\n' | \"$0\" render -", binary], in: folder)
        #expect(broken.status == 1 && broken.stdout.isEmpty)
        #expect(broken.stderr.contains("<stdin>:1:1: error:"), "\(broken.stderr)")
    }

    /// The output does not depend on the machine's /usr/share/dict: with it hidden behind an empty
    /// folder (a mount namespace; root only, as in CI), the example's outputs are byte-identical.
    @Test(.enabled(if: getuid() == 0)) func outputsDoNotDependOnTheMachinesWordLists() throws {
        let empty = PDFTools.temporaryFolder("empty-dict")
        let hidden = PDFTools.temporaryFolder("no-dict").appendingPathComponent("Output")
        let run = PDFTools.run("unshare", ["-m", "sh", "-c", "mount --bind \"$0\" /usr/share/dict && ls /usr/share/dict | wc -l && \"$1\" build \"$2\" --output \"$3\"",
                                           empty.path, binary, ExampleBuild.example.path, hidden.path])
        #expect(run.status == 0, "\(run.stderr.suffix(400))")
        #expect(run.stdout.hasPrefix("0"), "the word lists were not hidden: \(run.stdout)")
        let normal = ExampleBuild.shared
        #expect(normal.status == 0)
        let diff = PDFTools.run("diff", ["-r", normal.output.path, hidden.path])
        #expect(diff.status == 0, "\(diff.stdout.prefix(500))")
    }

    /// On a terminal a diagnostic shows its source line with a caret under the column and a
    /// `help:` line (as rustc does); piped, it is one plain `path:line:col` line.
    @Test func diagnosticsShowTheSourceLineOnATerminal() throws {
        let meeting = ExampleBuild.copy(ExampleBuild.example)
        let note = meeting.appendingPathComponent("notes/day1/d1-act2.md")
        let text = try String(contentsOf: note, encoding: .utf8)
        try text.replacingOccurrences(of: "acts: [2]\n", with: "acts: 2\n").write(to: note, atomically: true, encoding: .utf8)
        // `script` gives the command a terminal.
        let tty = PDFTools.run("script", ["-qec", "\"\(binary)\" check \"\(meeting.path)\"", "/dev/null"], environment: ["NO_COLOR": "1"])
        let lines = tty.stdout.replacingOccurrences(of: "\r", with: "").split(separator: "\n").map(String.init)
        let at = try #require(lines.firstIndex { $0.hasPrefix("notes/day1/d1-act2.md:4:7: error:") }, "\(tty.stdout.prefix(600))")
        #expect(Array(lines[(at + 1)...(at + 4)]) == ["  |", "4 | acts: 2", "  |       ^", "  help: write acts: [2]"], "\(lines[at...])")
        let piped = PDFTools.run(binary, ["check", meeting.path])
        #expect(piped.stderr.contains("notes/day1/d1-act2.md:4:7: error: 'acts' of the front matter should be a list, not a single value (write acts: [2]) [invalid-value]\n"))
        #expect(!piped.stderr.contains("4 | acts: 2"))
    }

    /// `make install PREFIX=…` (here its part without the release build and the man page): the
    /// installed binary finds its fonts, templates and word lists in PREFIX/share/stocktake.
    @Test func anInstalledBinaryFindsItsData() throws {
        let prefix = PDFTools.temporaryFolder("install-prefix")
        let make = PDFTools.run("make", ["-s", "install-files", "PREFIX=\(prefix.path)", "STOCKTAKE_BIN=\(binary)"],
                                in: PDFTools.packageRoot)
        #expect(make.status == 0, "\(make.stderr)")
        let installed = prefix.appendingPathComponent("bin/stocktake").path
        for path in ["share/stocktake/Data/words/french", "share/stocktake/Templates/report.yaml", "share/stocktake/LICENSE",
                     "share/bash-completion/completions/stocktake"] {
            #expect(FileManager.default.fileExists(atPath: prefix.appendingPathComponent(path).path), "\(path)")
        }
        let work = PDFTools.temporaryFolder("install-run")
        let out = work.appendingPathComponent("Output")
        let example = prefix.appendingPathComponent("share/stocktake/Examples/puerto-vallarta-2017")
        let run = PDFTools.run(installed, ["build", example.path, "--output", out.path], in: work, environment: ["STOCKTAKE_HOME": ""])
        #expect(run.status == 0, "\(run.stderr.suffix(400))")
        let diff = PDFTools.run("diff", ["-r", ExampleBuild.shared.output.path, out.path])
        #expect(diff.status == 0, "the installed binary builds the same bytes: \(diff.stdout.prefix(300))")
    }

    /// The templates' fixed sentences are neutral; a meeting's own go in `texts:` of meeting.yaml
    /// (the example's keep its outputs as they were), and a key no template prints is an error.
    @Test func meetingTextsReplaceTheTemplatesNeutralOnes() throws {
        let meeting = ExampleBuild.copy(ExampleBuild.example)
        let yaml = meeting.appendingPathComponent("meeting.yaml")
        let text = try String(contentsOf: yaml, encoding: .utf8)
        let start = try #require(text.range(of: "\n# The meeting's own sentences"))
        try String(text[..<start.lowerBound]).appending("\n").write(to: yaml, atomically: true, encoding: .utf8)
        let out = PDFTools.temporaryFolder("neutral-texts").appendingPathComponent("Output")
        let run = PDFTools.run(binary, ["build", meeting.path, "--output", out.path, "--only", "report"])
        #expect(run.status == 0, "\(run.stderr.suffix(300))")
        let report = PDFTools.text(out.appendingPathComponent("public/report.pdf")).joined(separator: " ")
        #expect(report.contains("Act by Act and region by region"))
        #expect(!report.contains("Now and How") && !report.contains("prepare for the States"), "example-specific text in a neutral report")
        let info = PDFTools.run("pdfinfo", [out.appendingPathComponent("public/report.pdf").path]).stdout
        #expect(info.contains("Subject:         Civil society meeting\n"), "\(info)")

        try (String(text[..<start.lowerBound]) + "\ntexts:\n  en:\n    metting_intro: \"Hello.\"\n").write(to: yaml, atomically: true, encoding: .utf8)
        let typo = PDFTools.run(binary, ["build", meeting.path, "--output", out.path])
        #expect(typo.status == 1)
        #expect(typo.stderr.contains("meeting.yaml:") && typo.stderr.contains("no template prints a text 'metting_intro'")
                && typo.stderr.contains("did you mean 'meeting_intro'?"), "\(typo.stderr.suffix(400))")
    }

    /// A binary that cannot find its data says so once, instead of one error per template.
    @Test func aBinaryWithoutItsDataSaysSoOnce() throws {
        let empty = PDFTools.temporaryFolder("no-home")
        for command in [["check", ExampleBuild.example.path], ["render", "-"]] {
            let run = PDFTools.run(binary, command, environment: ["STOCKTAKE_HOME": empty.path])
            #expect(run.status == 1, "\(command): \(run.stderr)")
            let errors = run.stderr.split(separator: "\n").filter { $0.contains(": error: ") }
            #expect(errors.count == 1 && errors[0].contains("cannot find its fonts, templates and word lists"), "\(errors)")
        }
    }
}
