import Diagnostics
import Foundation
@testable import Ingest
import Testing
import TestSupport

/// The inputs libFuzzer found (`make fuzz`, Fuzz/README.md), kept as regression tests: each gave
/// a diagnostic or a record placed past the end of its file.
@Suite struct FuzzFindingsTests {
    static func fixture(_ name: String) throws -> Data {
        try Data(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/fuzz-findings/\(name)"))
    }

    func expectInside(_ bag: DiagnosticBag, _ file: SourceFile) {
        for d in bag.all {
            #expect(d.span.start.line >= 1 && d.span.start.line <= file.lineCount, "\(d) past line \(file.lineCount)")
        }
    }

    /// A lone CR (an old Mac line end) inside a roster row: the CSV reader counted it as a line,
    /// the file did not. Line ends are now normalised when a file is decoded.
    @Test func aLoneCarriageReturnInACSVFile() throws {
        var bag = DiagnosticBag()
        let file = try #require(TextDecoder.decode(path: "roster.csv", data: try Self.fixture("csv-lone-cr.csv"), diagnostics: &bag))
        #expect(!file.text.contains("\r"))
        let records = CSVReader.records(file, diagnostics: &bag)
        #expect(records.allSatisfy { $0.span.start.line <= file.lineCount })
        expectInside(bag, file)
    }

    /// Yams placed "did not find expected ',' or '}'" one line past the end of the text.
    @Test func aYAMLErrorAtTheEndOfTheInput() throws {
        var bag = DiagnosticBag()
        let file = try #require(TextDecoder.decode(path: "meeting.yaml", data: try Self.fixture("yaml-error-past-end.yaml"), diagnostics: &bag))
        _ = YAMLParser.parse(file.text, path: file.path, diagnostics: &bag)
        #expect(bag.hasErrors)
        expectInside(bag, file)
    }

    /// A note with a lone CR: cmark counted it as a line end, the file did not, and the
    /// attribute-block error pointed ten lines past the end.
    @Test func aLoneCarriageReturnInANote() throws {
        let note = try Self.fixture("note-lone-cr.md")
        let source = MeetingFixture.source.with("notes/fuzz.md", bytes: note)
        let (_, bag) = MeetingReader.read(source)
        let lines = String(decoding: TextDecoder.normalisingLineEnds([UInt8](note)), as: UTF8.self)
            .split(separator: "\n", omittingEmptySubsequences: false).count
        for d in bag.all where d.span.path == "notes/fuzz.md" {
            #expect(d.span.start.line >= 1 && d.span.start.line <= lines, "\(d) past line \(lines)")
        }
    }

    /// A Word file whose zip directory points past the end of the file: ZIPFoundation's in-memory
    /// archive trapped (a negative range); the reader now opens the archive from a file.
    @Test func aWordFileWhoseDirectoryPointsPastItsEnd() throws {
        let source = MeetingFixture.source.with("notes/day1/crash.docx", bytes: try Self.fixture("word-directory-past-end.docx"))
        let (_, bag) = MeetingReader.read(source)
        let d = bag.all.first { $0.span.path == "notes/day1/crash.docx" }
        #expect(d?.code == .unreadableFile && d?.severity == .error, "\(String(describing: d))")
    }

    /// An element name that is not UTF-8 inside `word/document.xml`: FoundationXML's parser
    /// trapped; parts that are not UTF-8 are now refused before parsing.
    @Test func aWordPartWithAnElementNameThatIsNotUTF8() throws {
        let source = MeetingFixture.source.with("notes/day1/crash.docx", bytes: try Self.fixture("word-name-not-utf8.docx"))
        let (_, bag) = MeetingReader.read(source)
        let d = bag.all.first { $0.span.path == "notes/day1/crash.docx" }
        #expect(d?.code == .unreadableFile && d?.message.contains("not UTF-8") == true, "\(String(describing: d))")
    }
}
