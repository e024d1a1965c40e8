import Diagnostics
import Foundation
import Ingest
import Model
import Testing
import TestSupport

/// Word notes (issue 14, SPEC 1): the example's notes and outcomes as DOCX files from two
/// producers read back to the Markdown meeting's items; every trap of Word is skipped with a
/// warning and its text never reaches an item. Fixtures: `Fixtures/word` (README there).
@Suite struct WordNoteTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/word")
    static let example = PDFTools.packageRoot.appendingPathComponent("Examples/puerto-vallarta-2017")
    /// The roster name and the word no list knows that every trap hides (`make_fixtures.py`).
    static let secrets = ["López Hernández", "María José", "Quillbarrow", "Rapporteur Testname"]

    /// A copy of the example whose notes and outcomes are replaced by the DOCX files of `producer`.
    static func wordMeeting(_ producer: String) throws -> URL {
        let copy = ExampleBuild.copy(example)
        let fm = FileManager.default
        for folder in ["notes", "regional"] {
            let all = fm.enumerator(atPath: copy.appendingPathComponent(folder).path)?.allObjects as? [String] ?? []
            for f in all where f.hasSuffix(".md") { try fm.removeItem(at: copy.appendingPathComponent(folder).appendingPathComponent(f)) }
            let words = fixtures.appendingPathComponent(producer).appendingPathComponent(folder)
            for f in fm.enumerator(atPath: words.path)?.allObjects as? [String] ?? [] where f.hasSuffix(".docx") {
                try fm.copyItem(at: words.appendingPathComponent(f), to: copy.appendingPathComponent(folder).appendingPathComponent(f))
            }
        }
        return copy
    }

    /// What must agree between a Markdown item and its Word twin.
    struct Shape: Equatable, CustomStringConvertible {
        var text, section: String
        var acts, regions, tags: [String]
        var clearance: Clearance
        var same: String?
        var parent: Int?
        var path: String
        var description: String { "\(path) [\(section) \(clearance) acts=\(acts) regions=\(regions) tags=\(tags) same=\(same ?? "-") parent=\(parent.map(String.init) ?? "-")] \(text)" }
    }

    static func shapes(_ meeting: Meeting) -> [Shape] {
        meeting.items.map { i in
            Shape(text: i.content.plainText.split(whereSeparator: \.isWhitespace).joined(separator: " "), section: i.sectionID,
                  acts: i.acts, regions: i.regions, tags: i.tags.sorted(), clearance: i.clearance, same: i.same,
                  parent: i.parent.map { $0 - i.id }, path: i.origin.path.replacingOccurrences(of: ".docx", with: ".md"))
        }
    }

    @Test(arguments: ["python-docx", "libreoffice"])
    func theExampleInWordReadsBackToTheSameItems(producer: String) throws {
        let (markdown, mdBag) = MeetingReader.read(DiskMeetingSource(root: Self.example))
        let folder = try Self.wordMeeting(producer)
        let (word, wordBag) = MeetingReader.read(DiskMeetingSource(root: folder))
        let md = try #require(markdown), docx = try #require(word)
        #expect(!wordBag.hasErrors, "\(wordBag.sorted.prefix(5))")
        #expect(wordBag.all.filter { $0.code == .wordContentSkipped }.isEmpty, "\(wordBag.sorted.prefix(5))")
        #expect(mdBag.all.count == wordBag.all.count)
        #expect(docx.notes.count == md.notes.count && docx.outcomes.count == md.outcomes.count)
        let a = Self.shapes(md), b = Self.shapes(docx)
        #expect(a.count == b.count)
        for (x, y) in zip(a, b) where x != y {
            Issue.record("\(producer):\n  md:   \(x)\n  docx: \(y)")
            break
        }
        // The Word file's properties (author, last modified by) are never read.
        #expect(!docx.items.contains { $0.content.plainText.contains("Rapporteur Testname") })
    }

    /// `stocktake templates` filled with python-docx with each note's text, and that file re-saved by
    /// LibreOffice (`Fixtures/word/template-filled`): the same items as the Markdown note (sections
    /// in the template's order), and not one of the template's guidance paragraphs is an item.
    @Test(arguments: ["python-docx", "libreoffice"])
    func filledTemplatesReadBackToTheNotesItems(producer: String) throws {
        let (markdown, _) = MeetingReader.read(DiskMeetingSource(root: Self.example))
        let copy = ExampleBuild.copy(Self.example)
        let fm = FileManager.default
        let notes = copy.appendingPathComponent("notes")
        for f in fm.enumerator(atPath: notes.path)?.allObjects as? [String] ?? [] where f.hasSuffix(".md") {
            try fm.removeItem(at: notes.appendingPathComponent(f))
        }
        let filled = Self.fixtures.appendingPathComponent("template-filled/\(producer)/notes")
        for f in fm.enumerator(atPath: filled.path)?.allObjects as? [String] ?? [] where f.hasSuffix(".docx") {
            try fm.copyItem(at: filled.appendingPathComponent(f), to: notes.appendingPathComponent(f))
        }
        let (word, bag) = MeetingReader.read(DiskMeetingSource(root: copy))
        let md = try #require(markdown), docx = try #require(word)
        #expect(!bag.hasErrors && !bag.all.contains { $0.code == .wordContentSkipped }, "\(bag.sorted.prefix(5))")
        #expect(docx.notes.count == md.notes.count)
        func byFile(_ m: Meeting) -> [String: [String]] {
            Dictionary(grouping: Self.shapes(m).filter { $0.path.hasPrefix("notes/") }, by: \.path)
                .mapValues { $0.map { var s = $0; s.parent = s.parent.map { _ in 0 }; return s.description }.sorted() }
        }
        let a = byFile(md), b = byFile(docx)
        #expect(a.keys.sorted() == b.keys.sorted())
        for (path, items) in a where b[path] != items {
            Issue.record("\(producer) \(path):\n  md:   \(items.filter { !(b[path] ?? []).contains($0) }.prefix(2))\n  docx: \((b[path] ?? []).filter { !items.contains($0) }.prefix(2))")
        }
        let guidance = RapporteurTemplate.guidanceTexts(of: docx)
        #expect(!docx.items.contains { guidance.contains($0.content.plainText) })
        #expect(!docx.items.contains { $0.content.plainText.contains("How to mark a point") })
    }

    /// Bold, italic, links, hard breaks, three list levels, an ordered list and a table with markup,
    /// against the same note written in Markdown (`extra/inline-markup.md`).
    @Test(arguments: ["python-docx", "libreoffice"])
    func inlineMarkupListsAndTablesReadAsInMarkdown(producer: String) throws {
        func read(_ file: URL, as name: String) throws -> Meeting? {
            let copy = ExampleBuild.copy(Self.example)
            try FileManager.default.removeItem(at: copy.appendingPathComponent("notes/day1/d1-act2.md"))
            try FileManager.default.copyItem(at: file, to: copy.appendingPathComponent("notes/day1/\(name)"))
            return MeetingReader.read(DiskMeetingSource(root: copy)).0
        }
        let md = try #require(try read(Self.fixtures.appendingPathComponent("extra/inline-markup.md"), as: "d1-act2.md"))
        let docx = try #require(try read(Self.fixtures.appendingPathComponent("extra/\(producer)/inline-markup.docx"), as: "d1-act2.docx"))
        let a = md.items.filter { $0.origin.path.hasSuffix("d1-act2.md") }, b = docx.items.filter { $0.origin.path.hasSuffix("d1-act2.docx") }
        #expect(a.count == b.count && !a.isEmpty)
        for (x, y) in zip(a, b) {
            #expect(Self.loosely(x.content) == Self.loosely(y.content), "\(producer): \(x.content)\n≠ \(y.content)")
            #expect(x.parent.map { $0 - x.id } == y.parent.map { $0 - y.id } && x.clearance == y.clearance && x.acts == y.acts)
        }
    }

    /// An item's content with line ends as spaces and adjacent texts merged.
    static func loosely(_ content: ItemContent) -> ItemContent {
        switch content {
        case .text(let inlines): return .text(loosely(inlines))
        case .table(var t):
            t.alignments = t.alignments.map { _ in .none }
            t.header = t.header.map(loosely)
            t.rows = t.rows.map { $0.map(loosely) }
            return .table(t)
        }
    }

    static func loosely(_ inlines: [Inline]) -> [Inline] {
        var out: [Inline] = []
        for i in inlines {
            var i = i
            switch i {
            // A Markdown line's end is a soft break; in Word, the fixtures' writer made it a hard one.
            case .softBreak, .lineBreak: i = .text(" ")
            case .emphasis(let c): i = .emphasis(loosely(c))
            case .strong(let c): i = .strong(loosely(c))
            case .link(let d, let c): i = .link(destination: d, loosely(c))
            default: break
            }
            if case .text(let t) = i, case .text(let u)? = out.last { out[out.count - 1] = .text(u + t) } else { out.append(i) }
        }
        return out
    }

    struct Trap: CustomTestStringConvertible, Sendable {
        var file: String
        var code: DiagnosticCode
        var severity: Severity
        var message: String
        var testDescription: String { file }
    }

    static let traps: [Trap] = [
        Trap(file: "tracked-deletion.docx", code: .wordContentSkipped, severity: .warning, message: "tracked deletions"),
        Trap(file: "comment.docx", code: .wordContentSkipped, severity: .warning, message: "comments"),
        Trap(file: "hidden-text.docx", code: .wordContentSkipped, severity: .warning, message: "hidden text"),
        Trap(file: "hidden-style.docx", code: .wordContentSkipped, severity: .warning, message: "hidden text"),
        Trap(file: "header-footer.docx", code: .wordContentSkipped, severity: .warning, message: "headers and footers"),
        Trap(file: "footnote.docx", code: .wordContentSkipped, severity: .warning, message: "footnotes"),
        Trap(file: "text-box.docx", code: .wordContentSkipped, severity: .warning, message: "text boxes"),
        Trap(file: "text-box-vml.docx", code: .wordContentSkipped, severity: .warning, message: "text boxes"),
        Trap(file: "guidance-typed.docx", code: .wordContentSkipped, severity: .warning, message: "guidance style is never read"),
        Trap(file: "session-mismatch.docx", code: .sessionMismatch, severity: .error, message: "session 'd1-act3'"),
        Trap(file: "bad-mark.docx", code: .badAttribute, severity: .error, message: "cannot read 'regoin lac'"),
        Trap(file: "renamed-doc.docx", code: .unreadableFile, severity: .error, message: "older Word (.doc) file or a password-protected"),
        Trap(file: "encrypted.docx", code: .unreadableFile, severity: .error, message: "password-protected"),
        Trap(file: "truncated.docx", code: .unreadableFile, severity: .error, message: "damaged Word (.docx) file"),
        Trap(file: "not-a-zip.docx", code: .unreadableFile, severity: .error, message: "not a zip archive"),
        Trap(file: "zip-bomb.docx", code: .unreadableFile, severity: .error, message: "unpacks to more than"),
    ]

    /// Each trap, filed as a second note of session d1-act2: its diagnostic, at the file (or the
    /// paragraph), and never a word of what it hides in any item.
    @Test(arguments: traps)
    func everyTrapOfWordIsReportedAndNeverRead(trap: Trap) throws {
        let source = try FileMeetingSource.with(Self.example, adding: ["notes/day1/trap.docx": Self.fixtures.appendingPathComponent("traps/\(trap.file)")])
        let (meeting, bag) = MeetingReader.read(source)
        let mine = bag.all.filter { $0.span.path == "notes/day1/trap.docx" }
        #expect(mine.contains { $0.code == trap.code && $0.severity == trap.severity && $0.message.contains(trap.message) },
                "\(trap.file): \(mine.map { DiagnosticRenderer.line($0) })")
        if trap.severity == .warning { #expect(!bag.hasErrors, "\(bag.sorted.prefix(3))") }
        for item in meeting?.items ?? [] where item.origin.path == "notes/day1/trap.docx" {
            for secret in Self.secrets { #expect(!item.content.plainText.contains(secret), "\(trap.file): \(item.content.plainText)") }
        }
        if trap.severity == .warning {
            // The harmless items around the trap are read.
            #expect((meeting?.items.filter { $0.origin.path == "notes/day1/trap.docx" }.count ?? 0) >= 2)
        }
    }

    @Test func aTemplatePropertyAloneNamesTheSession() throws {
        let source = try FileMeetingSource.with(Self.example, adding: ["notes/day1/trap.docx": Self.fixtures.appendingPathComponent("traps/session-property-only.docx")])
        let (meeting, bag) = MeetingReader.read(source)
        #expect(!bag.hasErrors, "\(bag.sorted.prefix(3))")
        #expect(meeting?.notes.contains { $0.path == "notes/day1/trap.docx" && $0.session == "d1-act2" } == true)
    }

    @Test func aWordDiagnosticNamesTheParagraphAndQuotesIt() throws {
        let source = try FileMeetingSource.with(Self.example, adding: ["notes/day1/trap.docx": Self.fixtures.appendingPathComponent("traps/bad-mark.docx")])
        let (_, bag) = MeetingReader.read(source)
        let d = try #require(bag.all.first { $0.code == .badAttribute })
        #expect(d.span.start.column == 1 && d.span.start.line == 4, "\(DiagnosticRenderer.line(d))")
        #expect(d.message.contains("under 'Key messages'") && d.message.contains("paragraph 4"), "\(d.message)")
    }
}

/// The example meeting from disk, with extra files (path in the meeting → file) added in memory.
struct FileMeetingSource {
    static func with(_ folder: URL, adding extra: [String: URL]) throws -> MeetingMemorySource {
        var source = MeetingMemorySource(texts: [:])
        let fm = FileManager.default
        for f in fm.enumerator(atPath: folder.path)?.allObjects as? [String] ?? [] {
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: folder.appendingPathComponent(f).path, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            source = source.with(f, bytes: try Data(contentsOf: folder.appendingPathComponent(f)))
        }
        for (path, url) in extra { source = source.with(path, bytes: try Data(contentsOf: url)) }
        return source
    }
}
