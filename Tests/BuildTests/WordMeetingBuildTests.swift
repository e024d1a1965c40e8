import Foundation
import Testing
import TestSupport

/// Issue 14, end to end through the binary: the example whose every note and outcome is a Word
/// file builds the same documents, in text, as the Markdown example; and what Word hides
/// (deletions, comments, hidden text, footnotes, text boxes, headers, guidance) reaches no file
/// of any build.
@Suite struct WordMeetingBuildTests {
    static let word = PDFTools.packageRoot.appendingPathComponent("Tests/IngestTests/Fixtures/word")

    /// A copy of the example with its `.md` notes and outcomes replaced by `producer`'s DOCX files
    /// (and `extra` files added: path in the meeting → fixture).
    static func meeting(_ producer: String?, extra: [String: URL] = [:]) throws -> URL {
        let copy = ExampleBuild.copy(ExampleBuild.example)
        let fm = FileManager.default
        if let producer {
            for folder in ["notes", "regional"] {
                let base = copy.appendingPathComponent(folder)
                for f in fm.enumerator(atPath: base.path)?.allObjects as? [String] ?? [] where f.hasSuffix(".md") {
                    try fm.removeItem(at: base.appendingPathComponent(f))
                }
                let words = word.appendingPathComponent(producer).appendingPathComponent(folder)
                for f in fm.enumerator(atPath: words.path)?.allObjects as? [String] ?? [] where f.hasSuffix(".docx") {
                    try fm.copyItem(at: words.appendingPathComponent(f), to: base.appendingPathComponent(f))
                }
            }
        }
        for (path, url) in extra { try fm.copyItem(at: url, to: copy.appendingPathComponent(path)) }
        return copy
    }

    /// The text of a PDF, white space collapsed.
    static func text(_ pdf: URL) -> String {
        PDFTools.text(pdf).joined(separator: " ").split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    @Test(arguments: ["python-docx", "libreoffice"])
    func theExampleWrittenInWordBuildsTheSameDocuments(producer: String) throws {
        let markdown = ExampleBuild.shared
        let build = ExampleBuild.build(try Self.meeting(producer))
        #expect(build.status == 0, "\(build.stderr.suffix(1500))")
        // The secretariat's files name the source files (.docx, paragraph numbers): not compared.
        let outputs = markdown.pdfs.filter { !$0.hasPrefix("secretariat/") }
        #expect(build.pdfs.filter { !$0.hasPrefix("secretariat/") } == outputs)
        var differing: [String] = []
        for pdf in outputs where Self.text(markdown.url(pdf)) != Self.text(build.url(pdf)) { differing.append(pdf) }
        #expect(differing.isEmpty, "\(producer): \(differing.count) of \(outputs.count) differ: \(differing.prefix(5))")
        #expect(outputs.count > 60)
    }

    /// Every trap that the build lets through with a warning, added to the example as notes of
    /// session d1-act2: the word each one hides is in no output, the author of the file neither.
    @Test func whatWordHidesReachesNoOutput() throws {
        let traps = ["tracked-deletion", "comment", "hidden-text", "hidden-style", "header-footer", "footnote", "text-box",
                     "text-box-vml", "guidance-typed"]
        var extra: [String: URL] = [:]
        for t in traps { extra["notes/day1/trap-\(t).docx"] = Self.word.appendingPathComponent("traps/\(t).docx") }
        let meeting = try Self.meeting(nil, extra: extra)
        let build = ExampleBuild.build(meeting)
        #expect(build.status == 0, "\(build.stderr.suffix(1500))")
        for t in traps { #expect(build.stderr.contains("notes/day1/trap-\(t).docx:"), "no warning for \(t)") }
        let all = FileManager.default.enumerator(atPath: build.output.path)?.allObjects as? [String] ?? []
        var files = 0
        for f in all where !f.hasSuffix("/") {
            let url = build.url(f)
            let text = f.hasSuffix(".pdf") ? Self.text(url) : ((try? String(contentsOf: url, encoding: .utf8)) ?? "")
            guard !text.isEmpty else { continue }
            files += 1
            for secret in ["Quillbarrow", "Rapporteur Testname"] { #expect(!text.contains(secret), "\(secret) in \(f)") }
        }
        #expect(files > 70)
        // The harmless points around each trap are read: two items a trap.
        func items(_ folder: URL) -> Int? {
            let out = PDFTools.run(PDFTools.stocktakeBinary.path, ["check", folder.path]).stderr
            // The summary line ("checked: 30 sessions, 451 items, …"), not a warning's count.
            guard let r = out.range(of: #"sessions, (\d+) items"#, options: .regularExpression) else { return nil }
            return Int(out[r].split(separator: " ")[1])
        }
        let base = try #require(items(ExampleBuild.example))
        #expect(items(meeting) == base + 2 * traps.count)
    }
}
