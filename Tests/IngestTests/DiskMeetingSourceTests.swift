import Foundation
import Ingest
import Testing
import TestSupport

@Suite struct DiskMeetingSourceTests {
    @Test func listsFilesRelativeToTheFolderSortedWithoutHiddenOnes() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("disk-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        for path in ["meeting.yaml", "notes/b.md", "notes/day1/a.md", "notes/.a.md.swp", "regional/x.md"] {
            let url = dir.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("x".utf8).write(to: url)
        }
        let source = DiskMeetingSource(root: dir)
        #expect(source.files(under: "notes") == ["notes/b.md", "notes/day1/a.md"])
        #expect(source.files(under: "templates") == [])
        #expect(source.fileExists("meeting.yaml") && !source.fileExists("notes") && !source.fileExists("roster.csv"))
        #expect(source.size(of: "notes/b.md") == 1)
        #expect(try source.read("regional/x.md") == Data("x".utf8))
    }

    @Test func theFixtureReadFromDiskMatchesTheOneInMemory() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("disk-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        for (path, text) in MeetingFixture.texts {
            let url = dir.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        let disk = MeetingReader.read(DiskMeetingSource(root: dir))
        let memory = MeetingReader.read(MeetingFixture.source)
        #expect(disk.0 == memory.0)
        #expect(disk.1.isEmpty)
    }
}
