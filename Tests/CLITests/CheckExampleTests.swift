import Build
import Diagnostics
import Foundation
import Ingest
import Testing
import TestSupport

/// `stocktake check` on the example meeting that ships with the tool, and on a copy of it with one
/// reference broken.
@Suite struct CheckExampleTests {
    static let example = PDFTools.packageRoot.appendingPathComponent("Examples/puerto-vallarta-2017")

    /// The example meeting's files, in memory.
    static func exampleInMemory() -> MeetingMemorySource {
        let disk = DiskMeetingSource(root: example)
        var files: [String: Data] = [:]
        for path in disk.files(under: ".") + disk.files(under: "notes") + disk.files(under: "regional") {
            let clean = path.hasPrefix("./") ? String(path.dropFirst(2)) : path
            files[clean] = try? disk.read(clean)
        }
        return MeetingMemorySource(files: files)
    }

    @Test func exampleMeetingHasNoErrors() {
        let result = CheckJob(meeting: Self.example.path, strict: false).run()
        #expect(!result.diagnostics.hasErrors, "\(DiagnosticRenderer.text(result.diagnostics.sorted))")
        #expect(result.summary.contains("30 sessions"))
        #expect(result.summary.contains(" 0 errors"))
    }

    @Test func brokenSessionReferenceIsReportedAtItsLine() throws {
        let source = Self.exampleInMemory()
        let path = try #require(source.files.keys.sorted().first { $0.hasPrefix("notes/") })
        let lines = String(decoding: source.files[path]!, as: UTF8.self).components(separatedBy: "\n")
        let line = try #require(lines.firstIndex { $0.hasPrefix("session:") }) + 1
        let broken = source.replacingLine(line, of: path, with: "session: d9-nowhere")
        let result = CheckJob(meeting: nil, strict: false).run(source: broken)
        let errors = result.diagnostics.sorted.filter { $0.severity == .error }
        #expect(errors.map { "\($0.span) \($0.code.rawValue)" } == ["\(path):\(line):10 unknown-session"])
    }

    @Test func brokenSeatIsReportedAtItsLineAndColumn() throws {
        let source = Self.exampleInMemory()
        let lines = String(decoding: source.files["seating.csv"]!, as: UTF8.self).components(separatedBy: "\n")
        let fields = lines[1].split(separator: ",", omittingEmptySubsequences: false)
        let broken = source.replacingLine(2, of: "seating.csv", with: "\(fields[0]),zz-nobody")
        let result = CheckJob(meeting: nil, strict: false).run(source: broken)
        let errors = result.diagnostics.sorted.filter { $0.severity == .error }
        #expect(errors.map { "\($0.span) \($0.code.rawValue)" } == ["seating.csv:2:\(fields[0].unicodeScalars.count + 2) unknown-person"])
    }

    @Test func cliCheckExitsZeroOnTheExample() {
        let out = PDFTools.run(PDFTools.stocktakeBinary.path, ["check", Self.example.path], environment: ["NO_COLOR": "1"])
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stderr.contains("checked: 30 sessions"))
    }
}
