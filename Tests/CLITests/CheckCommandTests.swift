import Foundation
import Testing
import TestSupport

/// `stocktake check` through the built binary: compiler-style lines, JSON, exit statuses.
@Suite struct CheckCommandTests {
    /// Writes the fixture meeting (with `changes` applied) to a fresh temporary folder.
    static func folder(_ changes: [String: String?] = [:]) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("check-\(UUID().uuidString)")
        var texts = MeetingFixture.texts
        for (path, text) in changes { texts[path] = text }
        for (path, text) in texts {
            let url = dir.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return dir
    }

    static func check(_ args: [String]) -> PDFTools.Output {
        PDFTools.run(PDFTools.stocktakeBinary.path, ["check"] + args, environment: ["NO_COLOR": "1"])
    }

    @Test func validMeetingExitsZero() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = Self.check([dir.path])
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stderr.contains("checked: 2 sessions, 7 items, 3 people, 0 rewrites — 0 errors, 0 warnings"), "\(out.stderr)")
    }

    @Test func errorsArePrintedAsACompilerDoesAndExitOne() throws {
        let note = MeetingFixture.noteAct2.replacingOccurrences(of: "session: d1-act2", with: "session: d1-act3")
            .replacingOccurrences(of: "## Key messages", with: "## Key mesages")
        let dir = try Self.folder(["notes/d1-act2.md": note])
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = Self.check([dir.path])
        #expect(out.status == 1)
        #expect(out.stderr.contains("notes/d1-act2.md:2:10: error: unknown session 'd1-act3' in the front matter (did you mean 'd1-act2'?) [unknown-session]"), "\(out.stderr)")
        #expect(out.stderr.contains("notes/d1-act2.md:8:1: error: unknown section 'Key mesages' (did you mean 'Key messages'?) [unknown-section]"), "\(out.stderr)")
    }

    @Test func jsonFormat() throws {
        let dir = try Self.folder(["roster.csv": MeetingFixture.rosterCSV.replacingOccurrences(of: ",lac,Mexico,", with: ",lac,Mexicoo,")])
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = Self.check([dir.path, "--format", "json"])
        #expect(out.status == 1)
        let rows = try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [[String: Any]]
        let row = try #require(rows?.first)
        #expect(row["path"] as? String == "roster.csv" && row["line"] as? Int == 4 && row["column"] as? Int == 55)
        #expect(row["code"] as? String == "unknown-country" && row["severity"] as? String == "error")
        #expect(row["hint"] as? String == "did you mean 'Mexico'?")
    }

    @Test func missingFolderExitsOne() {
        let out = Self.check(["/nonexistent/meeting-folder"])
        #expect(out.status == 1)
        #expect(out.stderr.contains("meeting.yaml:1:1: error:") && out.stderr.contains("[missing-file]"), "\(out.stderr)")
    }
}
