import Foundation
import Testing
import TestSupport

/// Issue 12: mentions and suspicions of every kind planted, by a hand-written list, in a copy of
/// the example (`Fixtures/planted/`), and each found in the review proof's text — the PDF through
/// `pdftotext`, the HTML as text — at its `path:line`. What to expect is written here, never read
/// from the tool's own log.
@Suite struct ReviewPlantedTests {
    static let group = "notes/day1/planted-group.md"
    static let table = "notes/day2/round1/planted-table.md"

    /// (file, line, what the proof shows in that item's entry). A kind in brackets is how the
    /// proof labels a suspicion; a rewrite shows its original text.
    static let planted: [(String, Int, [String])] = [
        (group, 7, ["Ms. Rinaldi"]),                               // title + family name
        (group, 8, ["Hannah Kowalski"]),                           // full name
        (group, 9, ["Ms. Flroes"]),                                // near miss after a title: a form
        (group, 10, ["rosa flores"]),                              // lower case
        (group, 11, ["Vanderberg"]),                               // particles joined
        (group, 12, ["MJLH"]),                                     // initials
        (group, 13, ["maria.lopez@colectivo.example.org"]),        // e-mail
        (group, 14, ["@rosaflores_red"]),                          // handle
        (group, 15, ["PICUM"]),                                    // organisation acronym
        (group, 16, ["P.I.C.U.M."]),                               // dotted acronym
        (group, 17, ["picum"]),                                    // re-cased acronym
        (group, 18, ["Migrant Forum in Asia"]),                    // organisation name
        (group, 19, ["co-facilitator"]),                           // identifying role
        (group, 20, ["Rosa", "(suspicion)"]),                      // a participant's given name alone
        (group, 21, ["Beatriz", "Montalvo Quiroga", "(suspicion)"]), // unknown name-like run
        (group, 22, ["XQZRT", "(suspicion)"]),                     // unregistered acronym
        (group, 23, ["Paz", "(surname-at-sentence-start)"]),       // family name that is a word
        (group, 24, ["Young", "(surname-at-sentence-start)"]),
        (group, 25, ["U+200B", "(removed-characters)", "Rosa Flores"]), // invisible characters
        (group, 26, ["Daniela Ortegga"]),                          // typo after a given name
        (group, 27, ["Pieter van der Berg"]),                      // particles
        (group, 28, ["Kowalski"]),                                 // a name used as an adjective
        (group, 29, ["Shirin Akhter", "BOWF"]),                    // bracketed acronym after a speaker
        (group, 30, ["Mr Villanueva", "Ms Akhter"]),               // titles without full stops
        (group, 31, ["Ruiz Castañeda", "Centro de Estudios sobre Movilidad Humana"]),
        (group, 32, ["Kowalsky", "(suspicion)"]),                  // near miss with nothing around it
        (group, 35, ["Mexico", "(government-item-names-state)"]),  // a government item naming a state
        (group, 36, ["Guatemala"]),                                // a state seated elsewhere, as actor
        (table, 7, ["The Canadian"]),                              // demonym of a seated state
        (table, 8, ["Mexico"]),                                    // seated state as subject
        (table, 9, ["Ottawa"]),                                    // capital as actor
        (table, 10, ["MEX and GTM"]),                              // ISO codes
        (table, 11, ["host country"]),                             // the venue's state
        (table, 12, ["Guatemala"]),                                // with an inserted phrase
        (table, 13, ["Canada"]),                                   // as object of advocacy
        (table, 14, ["El Salvador"]),                              // possessive
        (table, 15, ["The Mexican"]),                              // a ministry of a seated state
    ]

    /// The proof's text with runs of white space as one space and line-end hyphens joined.
    static func normalised(_ text: String) -> String {
        text.replacingOccurrences(of: "-\n", with: "-").split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The entry of `path:line` in a proof's text: from its header to the next item's header.
    static func entry(_ text: String, path: String, line: Int) -> String? {
        guard let start = text.range(of: "\(path):\(line):1 · read by") else { return nil }
        let rest = text[start.upperBound...]
        let end = rest.range(of: #"notes/[^ ]+\.md:\d+:1 · read by|regional/[^ ]+\.md:\d+:1 · read by"#, options: .regularExpression)
        return String(rest[..<(end?.lowerBound ?? rest.endIndex)])
    }

    @Test func everyPlantedMentionIsInTheProofAtItsPlace() throws {
        #expect(Self.planted.count >= 30)
        let meeting = ExampleBuild.copy(ExampleBuild.example)
        let fixtures = PDFTools.packageRoot.appendingPathComponent("Tests/BuildTests/Fixtures/planted")
        for (name, path) in [("planted-group.md", Self.group), ("planted-table.md", Self.table)] {
            try FileManager.default.copyItem(at: fixtures.appendingPathComponent(name), to: meeting.appendingPathComponent(path))
        }
        let build = ExampleBuild.build(meeting)
        try #require(build.status == 0, "\(build.stderr.suffix(1500))")
        let pdf = Self.normalised(PDFTools.text(build.url("secretariat/review.pdf")).joined(separator: "\n"))
        var html = try String(contentsOf: build.url("secretariat/review.html"), encoding: .utf8)
        html = html.replacingOccurrences(of: #"<[^>]+>"#, with: " ", options: .regularExpression)
        for (entity, char) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")] {
            html = html.replacingOccurrences(of: entity, with: char)
        }
        html = Self.normalised(html)
        for (name, text) in [("review.pdf", pdf), ("review.html", html)] {
            for (path, line, expected) in Self.planted {
                guard let entry = Self.entry(text, path: path, line: line) else {
                    Issue.record("\(name) has no entry for \(path):\(line)")
                    continue
                }
                for word in expected {
                    #expect(entry.contains(word), "\(name), \(path):\(line): '\(word)' not in «\(entry.prefix(300))»")
                }
            }
        }
        // And the public report prints none of the planted people or organisations.
        let report = PDFTools.text(build.url("public/report.pdf")).joined(separator: " ")
        for leaked in ["Rinaldi", "Kowalski", "Flroes", "Vanderberg", "MJLH", "maria.lopez", "rosaflores", "PICUM", "picum",
                       "Ortegga", "Akhter", "BOWF", "Villanueva", "Castañeda", "Ottawa", "MEX and GTM"] {
            #expect(!report.contains(leaked), "the report prints '\(leaked)'")
        }
    }
}
