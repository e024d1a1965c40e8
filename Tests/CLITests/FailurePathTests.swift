import Foundation
import Testing
import TestSupport

/// Issue 13, "no silent failure anywhere": every way out of a command's outer layer that is not
/// success — each `return` of a failed `BuildJob`, `CheckJob`, `RenderJob`, `InitJob` and of the
/// output writer — gives at least one located error diagnostic and a non-zero exit status.
@Suite struct FailurePathTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        /// Prepares a fresh folder; returns the arguments of the command to run in it.
        let prepare: @Sendable (URL) throws -> [String]
        let status: Int32
        let code: String
        var testDescription: String { name }
    }

    static func meeting(in dir: URL, _ change: (URL) throws -> Void = { _ in }) throws -> URL {
        let m = dir.appendingPathComponent("m")
        try FileManager.default.copyItem(at: PDFTools.packageRoot.appendingPathComponent("Examples/new-meeting"), to: m)
        try change(m)
        return m
    }

    static let cases: [Case] = [
        Case(name: "build: output folder refused (inside the meeting)", prepare: { dir in
            let m = try meeting(in: dir); return ["build", m.path, "--output", m.appendingPathComponent("Output").path]
        }, status: 64, code: "output-failed"),
        Case(name: "build: a foreign file in a folder the build owns", prepare: { dir in
            let m = try meeting(in: dir), out = dir.appendingPathComponent("out")
            let first = PDFTools.run(PDFTools.stocktakeBinary.path, ["build", m.path, "--output", out.path])
            guard first.status == 0 else { throw CocoaError(.fileWriteUnknown) }
            try "mine".write(to: out.appendingPathComponent("public/notes.txt"), atomically: true, encoding: .utf8)
            return ["build", m.path, "--output", out.path]
        }, status: 1, code: "output-failed"),
        Case(name: "build: the meeting cannot be read", prepare: { dir in
            ["build", dir.appendingPathComponent("nowhere").path, "--output", dir.appendingPathComponent("out").path]
        }, status: 1, code: "missing-file"),
        Case(name: "build: the templates cannot be read", prepare: { dir in
            let m = try meeting(in: dir) { m in
                try FileManager.default.createDirectory(at: m.appendingPathComponent("templates"), withIntermediateDirectories: true)
                try "extends: no-such-template\n".write(to: m.appendingPathComponent("templates/report.yaml"), atomically: true, encoding: .utf8)
            }
            return ["build", m.path, "--output", dir.appendingPathComponent("out").path]
        }, status: 1, code: "unknown-template"),
        Case(name: "build: errors in the input", prepare: { dir in
            let m = try meeting(in: dir) { m in
                let note = m.appendingPathComponent("notes/d2-t01.md")
                try (try String(contentsOf: note, encoding: .utf8)).replacingOccurrences(of: "{region=europe}", with: "{region=nowhere}")
                    .write(to: note, atomically: true, encoding: .utf8)
            }
            return ["build", m.path, "--output", dir.appendingPathComponent("out").path]
        }, status: 1, code: "unknown-region"),
        Case(name: "build: a character no font has (a rendering error)", prepare: { dir in
            let m = try meeting(in: dir) { m in
                let note = m.appendingPathComponent("notes/d2-t01.md")
                try ((try String(contentsOf: note, encoding: .utf8)) + "- A smile 😀 at the table.\n").write(to: note, atomically: true, encoding: .utf8)
            }
            return ["build", m.path, "--output", dir.appendingPathComponent("out").path]
        }, status: 1, code: "missing-glyph"),
        Case(name: "build: the output cannot be written", prepare: { dir in
            let m = try meeting(in: dir)
            try "a file".write(to: dir.appendingPathComponent("out"), atomically: true, encoding: .utf8)
            return ["build", m.path, "--output", dir.appendingPathComponent("out").path]
        }, status: 64, code: "output-failed"),
        Case(name: "check: errors in the input", prepare: { dir in
            let m = try meeting(in: dir) { m in
                try "id,name\n".write(to: m.appendingPathComponent("roster.csv"), atomically: true, encoding: .utf8)
            }
            return ["check", m.path]
        }, status: 1, code: "csv-missing-column"),
        Case(name: "check: a broken template", prepare: { dir in
            let m = try meeting(in: dir) { m in
                try FileManager.default.createDirectory(at: m.appendingPathComponent("templates"), withIntermediateDirectories: true)
                try "extends: handout\nbogus: 1\n".write(to: m.appendingPathComponent("templates/handout.yaml"), atomically: true, encoding: .utf8)
            }
            return ["check", m.path]
        }, status: 1, code: "bad-template"),
        Case(name: "render: -o onto its input", prepare: { dir in
            try "# A\n".write(to: dir.appendingPathComponent("a.md"), atomically: true, encoding: .utf8)
            return ["render", dir.appendingPathComponent("a.md").path, "-o", dir.appendingPathComponent("a.md").path]
        }, status: 64, code: "output-failed"),
        Case(name: "render: the document cannot be read", prepare: { dir in
            ["render", dir.appendingPathComponent("missing.md").path]
        }, status: 1, code: "missing-file"),
        Case(name: "render: an unknown template", prepare: { dir in
            try "# A\n".write(to: dir.appendingPathComponent("a.md"), atomically: true, encoding: .utf8)
            return ["render", dir.appendingPathComponent("a.md").path, "--template", "no-such"]
        }, status: 1, code: "unknown-template"),
        Case(name: "render: an error while composing (inline HTML)", prepare: { dir in
            try "# A\n\nText <b>bold</b>.\n".write(to: dir.appendingPathComponent("a.md"), atomically: true, encoding: .utf8)
            return ["render", dir.appendingPathComponent("a.md").path]
        }, status: 1, code: "raw-html"),
        Case(name: "render: an error while typesetting", prepare: { dir in
            try "# A\n\n![x](missing.png)\n".write(to: dir.appendingPathComponent("a.md"), atomically: true, encoding: .utf8)
            return ["render", dir.appendingPathComponent("a.md").path]
        }, status: 1, code: "missing-file"),
        Case(name: "render: the PDF cannot be written", prepare: { dir in
            try "# A\n".write(to: dir.appendingPathComponent("a.md"), atomically: true, encoding: .utf8)
            return ["render", dir.appendingPathComponent("a.md").path, "-o", dir.appendingPathComponent("no/such/folder/a.pdf").path]
        }, status: 1, code: "output-failed"),
        Case(name: "init: the folder exists", prepare: { dir in ["init", dir.path] }, status: 1, code: "output-failed"),
        Case(name: "init: the folder cannot be made", prepare: { dir in
            try "a file".write(to: dir.appendingPathComponent("file"), atomically: true, encoding: .utf8)
            return ["init", dir.appendingPathComponent("file/m").path]
        }, status: 1, code: "output-failed"),
    ]

    @Test(arguments: cases)
    func failsWithALocatedErrorAndANonZeroStatus(_ c: Case) throws {
        let dir = PDFTools.temporaryFolder("failure-path")
        let arguments = try c.prepare(dir)
        let run = PDFTools.run(PDFTools.stocktakeBinary.path, arguments, in: dir, environment: ["NO_COLOR": "1"])
        #expect(run.status == c.status, "\(c.name): exit \(run.status)\n\(run.stderr.suffix(500))")
        let located = run.stderr.split(separator: "\n").contains { line in
            line.range(of: #"^[^:]+:\d+:\d+: error: .*\[\#(c.code)\]$"#, options: .regularExpression) != nil
        }
        #expect(located, "\(c.name): no located '\(c.code)' error in\n\(run.stderr.suffix(500))")
    }
}
