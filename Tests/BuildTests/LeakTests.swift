import Foundation
import Model
import Testing
import TestSupport

/// Nothing leaks, checked on the real PDFs' extracted text, outline and metadata: no roster
/// person (but public officials) and no internal item in a public or government PDF.
@Suite struct LeakTests {
    let build = ExampleBuild.shared

    /// Words of the meeting's languages, so that a family name that is also a word ("Young",
    /// "Paz") is looked for only in its name forms.
    static let words: Set<String> = {
        var set = Set<String>()
        for path in ["/usr/share/dict/american-english", "/usr/share/dict/spanish", "/usr/share/dict/french"] {
            for w in (try? String(contentsOfFile: path, encoding: .utf8))?.split(separator: "\n") ?? [] { set.insert(w.lowercased()) }
        }
        return set
    }()

    static func everything(_ pdf: URL) -> String {
        let text = PDFTools.text(pdf).joined(separator: "\n")
        let info = PDFTools.run("pdfinfo", ["-enc", "UTF-8", pdf.path]).stdout
        let outline = PDFStructure.read(pdf).outline.map(\.title).joined(separator: "\n")
        return [text, info, outline, pdf.lastPathComponent].joined(separator: "\n")
            .replacingOccurrences(of: "-\n", with: "").replacingOccurrences(of: "\n", with: " ")
    }

    static func contains(_ haystack: String, word needle: String) -> Bool {
        var start = haystack.startIndex
        while let r = haystack.range(of: needle, options: [.caseInsensitive, .diacriticInsensitive], range: start..<haystack.endIndex) {
            let before = r.lowerBound == haystack.startIndex ? " " : haystack[haystack.index(before: r.lowerBound)]
            let after = r.upperBound == haystack.endIndex ? " " : haystack[r.upperBound]
            if !before.isLetter && !after.isLetter { return true }
            start = r.upperBound
        }
        return false
    }

    @Test func noRosterPersonInPublicOrGovernmentPDFs() {
        #expect(build.status == 0, "\(build.stderr)")
        let people = build.meeting.people.filter { !$0.isPublic }
        var leaks: [String] = []
        for pdf in build.pdfs where !pdf.hasPrefix("internal/") && !pdf.hasPrefix("secretariat/") {
            let text = Self.everything(build.url(pdf))
            for person in people {
                var forms = [person.name] + person.aliases
                if let family = person.familyName ?? person.name.split(separator: " ").last.map(String.init),
                   family.count >= 4, !Self.words.contains(family.lowercased()) { forms.append(family) }
                for form in forms where Self.contains(text, word: form) { leaks.append("\(pdf): '\(form)' (\(person.id))") }
            }
        }
        #expect(leaks.isEmpty, "\(leaks.count) leaks: \(leaks.prefix(20))")
    }

    @Test func noInternalItemInPublicOrGovernmentPDFs() {
        let internalTexts = build.meeting.items.filter { $0.clearance == .internal }
            .map { $0.content.plainText.split(separator: " ").prefix(8).joined(separator: " ") }
            .filter { $0.split(separator: " ").count >= 6 }
        #expect(!internalTexts.isEmpty, "the example must have internal content to test this")
        #expect(build.pdfs.count > 40)
        var leaks: [String] = []
        for pdf in build.pdfs where !pdf.hasPrefix("internal/") && !pdf.hasPrefix("secretariat/") {
            let text = Self.everything(build.url(pdf))
            for t in internalTexts where text.range(of: t, options: [.caseInsensitive]) != nil { leaks.append("\(pdf): \(t)") }
        }
        #expect(leaks.isEmpty, "\(leaks.prefix(10))")
    }
}
