import Foundation
import Model
import Testing
import TestSupport

/// SPEC 3.2 tested on the real PDFs: every form of every person, participant organisation and
/// seated state of the example, in every variant, is written into chatham-house notes of a copy
/// of the example; the built report must contain none of them. Text that must stay (topic states,
/// "Mexican civil society" where Mexico is absent, ordinary words that are also surnames, an
/// organisation with no participant, public officials on the record) is written too and must be
/// found. Forms are generated here from the SPEC's rules, independently of the Disclosure code.
@Suite(.serialized) struct GeneratedFormsTests {
    /// An item under a unique marker, with enough distinct words not to be grouped with others.
    struct Probe { var marker: String; var form: String; var mustStay: Bool }

    /// Nonsense words, different for every probe, so that no two probes are grouped as one
    /// recurring message (the report prints a group's lead item only).
    static func nonsense(seed: Int, count: Int = 24) -> String {
        let syllables = ["ka", "lo", "mi", "ne", "ru", "ta", "vo", "zi", "pe", "su", "bi", "do", "fa", "gu", "hy", "ja"]
        var x = UInt64(truncatingIfNeeded: seed) &* 0x9E3779B97F4A7C15 &+ 0x1234567
        return (0..<count).map { _ -> String in
            (0..<3).map { _ -> String in
                x = x &* 6364136223846793005 &+ 1442695040888963407
                return syllables[Int((x >> 40) % UInt64(syllables.count))]
            }.joined()
        }.joined(separator: " ")
    }

    /// The probe sentence: marker, the form in a sentence of the given language, nonsense words.
    static func sentence(_ marker: String, _ form: String, seed: Int, pattern: String = "{m} {f} said so") -> String {
        pattern.replacingOccurrences(of: "{m}", with: marker).replacingOccurrences(of: "{f}", with: form)
            + ": " + nonsense(seed: seed) + "."
    }

    static let titles = ["Ms.", "Mr.", "Dr.", "Sra.", "Mme"]

    static func stripAccents(_ s: String) -> String { s.folding(options: .diacriticInsensitive, locale: nil) }

    static func personForms(_ p: Person) -> [String] {
        let words = p.name.split(separator: " ").map(String.init)
        let family = p.familyName ?? words.last ?? p.name
        var forms = [p.name, p.name.uppercased(), stripAccents(p.name), p.name + "'s", p.name + "’s",
                     "\(titles[abs(p.id.hashValue) % 2 == 0 ? 0 : 1]) \(family)", "Dr. \(family)'s"]
        if words.count >= 2 {
            forms.append(words[0] + "\n  " + words.dropFirst().joined(separator: " "))
            forms.append("**\(words[0])** " + words.dropFirst().joined(separator: " "))
        }
        forms += p.aliases
        return forms
    }

    @Test func everyFormIsRewrittenAndWhatMustStayStays() throws {
        let meeting = ExampleBuild.copy(ExampleBuild.example)
        let m = ExampleBuild.shared.meeting
        var probes: [Probe] = []
        var counter = 0
        func probe(_ form: String, stay: Bool = false, pattern: String = "{m} {f} said so") -> String {
            counter += 1
            let marker = "Probe\(counter)Z"
            probes.append(Probe(marker: marker, form: form, mustStay: stay))
            return "- " + Self.sentence(marker, form, seed: counter, pattern: pattern)
        }

        // People and participant organisations, in a Day-1 group session (chatham-house).
        let group = try #require(m.sessions.first { $0.kind == .group && $0.rule == .chathamHouse })
        var lines = ["---", "session: \(group.id)", "---", "", "## Key messages"]
        for person in m.people { lines += Self.personForms(person).map { probe($0) } }
        let participantOrgs = Set(m.people.map(\.organisation))
        for org in m.organisations where participantOrgs.contains(org.name) {
            lines.append(probe(org.name))
            lines.append(probe(Self.stripAccents(org.name)))
            if let acronym = org.acronym { lines.append(probe(acronym)) }
            lines += org.aliases.map { probe($0) }
        }
        for org in participantOrgs where !m.organisations.contains(where: { $0.name == org }) { lines.append(probe(org)) }
        // Must stay: topic states with no delegate at this session, lower-case ordinary words.
        lines.append(probe("migrants transiting through Guatemala", stay: true))
        lines.append(probe("Mexican civil society", stay: true))
        for word in ["flores", "paz", "young"] { lines.append(probe("the \(word)", stay: true)) }
        if let outsider = m.organisations.first(where: { !participantOrgs.contains($0.name) }) {
            lines.append(probe(outsider.name, stay: true))
        }
        try (lines.joined(separator: "\n") + "\n").write(to: meeting.appendingPathComponent("notes/generated-group.md"),
                                                          atomically: true, encoding: .utf8)

        // Seated states, at each table where they have a delegate.
        for table in m.sessions where table.kind == .table {
            let states = Set(m.people(presentAt: table.id).compactMap(\.stateID))
            guard !states.isEmpty else { continue }
            var t = ["---", "session: \(table.id)", "---", "", "## Key messages"]
            for id in states.sorted() {
                guard let state = StateGazetteer.shared.state(id: id) else { continue }
                for form in Set(state.names).sorted() { t.append(probe(form)) }
                // Adjectives qualifying the delegation, in a sentence of each language.
                for adjective in Set(state.adjectives).sorted() {
                    t.append(probe(adjective, pattern: "{m} the {f} delegation said so"))
                    t.append(probe(adjective, pattern: "{m} según la delegación {f} es así"))
                    t.append(probe(adjective, pattern: "{m} selon la délégation {f} c'est ainsi"))
                }
            }
            try (t.joined(separator: "\n") + "\n").write(to: meeting.appendingPathComponent("notes/generated-\(table.id).md"),
                                                         atomically: true, encoding: .utf8)
        }

        // A public official named on the record stays.
        if let official = m.people.first(where: \.isPublic),
           let plenary = m.sessions.first(where: { $0.rule == .onRecord && $0.kind == .plenary }) {
            let p = ["---", "session: \(plenary.id)", "---", "", "## Key messages", probe(official.name, stay: true)]
            try (p.joined(separator: "\n") + "\n").write(to: meeting.appendingPathComponent("notes/generated-plenary.md"),
                                                         atomically: true, encoding: .utf8)
        }

        let build = ExampleBuild.build(meeting)
        #expect(build.status == 0, "\(build.stderr.suffix(3000))")
        let report = build.url("public/report.pdf")
        let text = (PDFTools.text(report).joined(separator: " ") + " " + PDFTools.run("pdfinfo", [report.path]).stdout
                    + " " + PDFStructure.read(report).outline.map(\.title).joined(separator: " "))
            .replacingOccurrences(of: "\n", with: " ")
        var leaked: [String] = [], lost: [String] = [], missing: [String] = []
        for p in probes {
            guard let start = text.range(of: p.marker + " ") else { missing.append("\(p.marker) '\(p.form)'"); continue }
            let rest = text[start.upperBound...]
            let end = rest.range(of: ": ")?.lowerBound ?? rest.index(rest.startIndex, offsetBy: min(200, rest.count))
            let said = String(rest[..<end])
            let plain = p.form.replacingOccurrences(of: "**", with: "").replacingOccurrences(of: "\n  ", with: " ")
            let found = LeakTests.contains(said, word: plain)
            if p.mustStay && !found { lost.append("\(p.marker) '\(plain)' → '\(said)'") }
            if !p.mustStay && found { leaked.append("\(p.marker) '\(plain)' → '\(said)'") }
        }
        print("generated forms: \(probes.count) probes, \(probes.filter(\.mustStay).count) must stay; "
              + "\(leaked.count) leaked, \(lost.count) lost, \(missing.count) not in the report")
        #expect(probes.count > 500)
        #expect(leaked.isEmpty, "\(leaked.prefix(30))")
        #expect(lost.isEmpty, "\(lost)")
        #expect(missing.isEmpty, "every probe is a public item and must be in the report: \(missing.prefix(20))")
    }
}
