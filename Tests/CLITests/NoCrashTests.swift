import Foundation
import Testing
import TestSupport
#if canImport(Glibc)
import Glibc
#endif

/// Issue 16: "exit 70, never a crash", and never a hang — on inputs a hostile tester chose.
@Suite struct NoCrashTests {
    /// No `try!` and no `fatalError` in the sources: every failure on an input path is a
    /// diagnostic.
    @Test func noTryBangOrFatalErrorInSources() throws {
        let root = PDFTools.packageRoot.appendingPathComponent("Sources")
        let files = (FileManager.default.enumerator(atPath: root.path)?.allObjects as? [String] ?? []).filter { $0.hasSuffix(".swift") }
        #expect(files.count > 50)
        var found: [String] = []
        for f in files {
            let text = try String(contentsOf: root.appendingPathComponent(f), encoding: .utf8)
            for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            where !line.trimmingCharacters(in: .whitespaces).hasPrefix("//") && (line.contains("try!") || line.contains("fatalError(")) {
                found.append("\(f):\(n + 1)")
            }
        }
        #expect(found.isEmpty, "\(found)")
    }

    /// An image that is a folder, a FIFO or outside the document's folder is a located error, and
    /// `-o` naming the document itself is refused: no crash, no hang, the source untouched.
    @Test func hostileImagesAndOutputsOfRender() throws {
        let dir = PDFTools.temporaryFolder("stocktake-hostile")
        #expect(mkfifo(dir.appendingPathComponent("pipe.png").path, 0o644) == 0)
        let cases = ["![x](.)", "![x](pipe.png)", "![x](../../../../etc/passwd)"]
        for (i, body) in cases.enumerated() {
            let doc = dir.appendingPathComponent("d\(i).md")
            try "# Title\n\n\(body)\n".write(to: doc, atomically: true, encoding: .utf8)
            let run = PDFTools.run("timeout", ["30", PDFTools.stocktakeBinary.path, "render", doc.path, "-o", dir.appendingPathComponent("d\(i).pdf").path])
            #expect(run.status == 1, "\(body): \(run.status) \(run.stderr.prefix(300))")
            #expect(run.stderr.contains("d\(i).md:3:1: error:"), "\(body): \(run.stderr.prefix(300))")
        }
        let doc = dir.appendingPathComponent("d0.md")
        let before = try Data(contentsOf: doc)
        let same = PDFTools.run(PDFTools.stocktakeBinary.path, ["render", doc.path, "-o", doc.path])
        #expect(same.status == 64)
        #expect(try Data(contentsOf: doc) == before)
    }

    /// A folder under notes/ that is a link, unreadable, or a FIFO among the notes is an error,
    /// never a silent skip; a template that links out of its folder is never read.
    @Test func notesFoldersThatCannotBeReadAreErrors() throws {
        let meeting = ExampleBuild.copy(ExampleBuild.example)
        let notes = meeting.appendingPathComponent("notes")
        try FileManager.default.moveItem(at: notes.appendingPathComponent("day1"), to: meeting.appendingPathComponent("day1-elsewhere"))
        try FileManager.default.createSymbolicLink(at: notes.appendingPathComponent("day1"),
                                                   withDestinationURL: meeting.appendingPathComponent("day1-elsewhere"))
        #expect(mkfifo(notes.appendingPathComponent("pipe.md").path, 0o644) == 0)
        let templates = meeting.appendingPathComponent("templates")
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: templates.appendingPathComponent("report.yaml"),
                                                   withDestinationURL: URL(fileURLWithPath: "/etc/passwd"))
        let run = PDFTools.run("timeout", ["60", PDFTools.stocktakeBinary.path, "check", meeting.path])
        #expect(run.status == 1, "\(run.stderr.suffix(500))")
        #expect(run.stderr.contains("notes/day1:1:1: error:") && run.stderr.contains("link to a folder"))
        #expect(run.stderr.contains("notes/pipe.md:1:1: error:"))
        #expect(!run.stderr.contains("root:"), "a line of /etc/passwd was echoed")
    }

    /// A full disk (here a file-size limit, RLIMIT_FSIZE, which fails writes as a full device
    /// does) is `output-failed` and exit 1 at every point of the build — never SIGXFSZ, never
    /// cairo's assertion (SIGABRT), never a half-written output: the previous build stays whole.
    @Test func aFullDiskIsOutputFailedAndThePreviousBuildStays() throws {
        let output = PDFTools.temporaryFolder("stocktake-full").appendingPathComponent("Output")
        let first = ExampleBuild.build(ExampleBuild.example, output: output)
        #expect(first.status == 0, "\(first.stderr.suffix(300))")
        let manifest = try Data(contentsOf: output.appendingPathComponent("manifest.json"))
        let report = try Data(contentsOf: output.appendingPathComponent("public/report.pdf"))
        for limit in ["8000", "60000", "150000"] {
            let run = PDFTools.run("prlimit", ["--fsize=\(limit)", "--", PDFTools.stocktakeBinary.path, "build",
                                               ExampleBuild.example.path, "--output", output.path])
            #expect(run.status == 1, "limit \(limit): \(run.status) \(run.stderr.suffix(400))")
            #expect(run.stderr.contains("[output-failed]") && run.stderr.contains("File too large"),
                    "limit \(limit): \(run.stderr.suffix(400))")
            #expect(!run.stderr.contains("Assertion") && !run.stderr.contains(".stocktake-next"), "\(run.stderr.suffix(400))")
            #expect(try Data(contentsOf: output.appendingPathComponent("manifest.json")) == manifest)
            #expect(try Data(contentsOf: output.appendingPathComponent("public/report.pdf")) == report)
        }
    }

    /// Diagnostics written to a full device (stderr on /dev/full) are dropped, never a crash: the
    /// exit status still says what happened.
    @Test func stderrOnAFullDeviceIsNoCrash() throws {
        let meeting = ExampleBuild.copy(ExampleBuild.example)
        let note = meeting.appendingPathComponent("notes/day1/d1-act2.md")
        try (try String(contentsOf: note, encoding: .utf8)).replacingOccurrences(of: "acts: [2]", with: "acts: [99]")
            .write(to: note, atomically: true, encoding: .utf8)
        let run = PDFTools.run("sh", ["-c", "\"$0\" check \"$1\" 2>/dev/full; echo \"status $?\"", PDFTools.stocktakeBinary.path, meeting.path])
        #expect(run.stdout == "status 1\n", "\(run.stdout) \(run.stderr.prefix(300))")
    }

    /// A notes folder the user cannot read is an error naming it, never a silent skip. CI runs as
    /// root, who reads everything: the case runs as `nobody` (setpriv).
    @Test(.enabled(if: getuid() == 0)) func anUnreadableNotesFolderIsAnError() throws {
        let meeting = ExampleBuild.copy(ExampleBuild.example)
        let day2 = meeting.appendingPathComponent("notes/day2")
        #expect(chmod(day2.path, 0o000) == 0)
        defer { chmod(day2.path, 0o755) }
        var folder = meeting
        while folder.path != "/" && folder.path != "/tmp" {   // nobody must reach the meeting itself
            chmod(folder.path, 0o755)
            folder.deleteLastPathComponent()
        }
        // nobody may not reach the package (a clone under /root): run an installed copy.
        let prefix = PDFTools.temporaryFolder("nobody-prefix")
        let make = PDFTools.run("make", ["-s", "install-files", "PREFIX=\(prefix.path)", "STOCKTAKE_BIN=\(PDFTools.stocktakeBinary.path)"],
                                in: PDFTools.packageRoot)
        #expect(make.status == 0, "\(make.stderr)")
        _ = PDFTools.run("chmod", ["-R", "a+rX", prefix.path])
        folder = prefix
        while folder.path != "/" && folder.path != "/tmp" { chmod(folder.path, 0o755); folder.deleteLastPathComponent() }
        let run = PDFTools.run("setpriv", ["--reuid=nobody", "--regid=nogroup", "--clear-groups", "--",
                                           prefix.appendingPathComponent("bin/stocktake").path, "check", meeting.path],
                               environment: ["STOCKTAKE_HOME": ""])
        #expect(run.status == 1, "\(run.stderr.suffix(400))")
        #expect(run.stderr.contains("notes/day2:1:1: error:"), "\(run.stderr.suffix(400))")
    }
}
