import Diagnostics
import Foundation
import Ingest
import Model
import Testing
import TestSupport

/// The two corpora of issue 11, written by helper sessions that had not read the code, checked on
/// the real PDFs of a copy of the example:
/// - `Fixtures/attacks/`: every item of every attack note is either stopped (an error located in
///   its note) or printed without any of its forbidden identities (compared on UTS #39 skeletons:
///   case, accents, invisible and look-alike characters ignored). `known-gaps.tsv` lists the few
///   items the tool does not yet catch, each with why; a gap that closes is reported.
/// - `Fixtures/unchanged/`: sentences that must come out character for character.
@Suite(.serialized) struct DisclosureCorpusTests {
    static let fixtures = PDFTools.packageRoot.appendingPathComponent("Tests/BuildTests/Fixtures")

    /// Case, accents, invisible characters and look-alike letters dropped; words joined by spaces.
    static func skeleton(_ s: String) -> String {
        var out = ""
        for u in s.decomposedStringWithCanonicalMapping.unicodeScalars {
            let cat = u.properties.generalCategory
            if cat == .nonspacingMark || cat == .enclosingMark || Confusables.isInvisible(u) { continue }
            if let a = Confusables.ascii(for: u) { out += a; continue }
            let c = Character(u)
            out += c.isLetter || c.isNumber ? String(c).lowercased() : " "
        }
        return out.split(separator: " ").joined(separator: " ")
    }

    /// The text of every public and government PDF of an output folder, on one line.
    static func openText(_ output: URL) -> String {
        let all = FileManager.default.enumerator(atPath: output.path)?.allObjects as? [String] ?? []
        let pdfs = all.filter { $0.hasSuffix(".pdf") && ($0.hasPrefix("public/") || $0.hasPrefix("government/")) }.sorted()
        return pdfs.map { PDFTools.text(output.appendingPathComponent($0)).joined(separator: " ") }.joined(separator: " ")
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    static func notes(in folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0.hasSuffix(".md") && $0 != "README.md" }.sorted()
    }

    static func tsv(_ url: URL) -> [(String, String)] {
        ((try? String(contentsOf: url, encoding: .utf8)) ?? "").split(separator: "\n").compactMap { line in
            let f = line.split(separator: "\t", maxSplits: 1)
            return f.count == 2 && !line.hasPrefix("#") ? (String(f[0]), String(f[1])) : nil
        }
    }

    @Test func attackNotesAreStoppedOrPrintedWithoutTheirIdentities() throws {
        let folder = Self.fixtures.appendingPathComponent("attacks")
        let files = Self.notes(in: folder)
        #expect(files.count >= 60)
        let gaps = Dictionary(Self.tsv(folder.appendingPathComponent("known-gaps.tsv")), uniquingKeysWith: { a, _ in a })
        // 1. Each note alone: an input error located in it stops the build (fail closed).
        var stopped = Set<String>()
        for f in files {
            let meeting = ExampleBuild.copy(ExampleBuild.example)
            let target = meeting.appendingPathComponent("notes/attack")
            try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: folder.appendingPathComponent(f), to: target.appendingPathComponent(f))
            let (_, bag) = MeetingReader.read(DiskMeetingSource(root: meeting))
            let errors = bag.all.filter { $0.severity == .error }
            #expect(errors.allSatisfy { $0.span.path == "notes/attack/\(f)" }, "\(f): \(errors.map { "\($0.span.path):\($0.span.start.line) \($0.code.rawValue)" })")
            if !errors.isEmpty { stopped.insert(f) }
        }
        // 2. The others together: built, or stopped by an error located in one of them.
        var built = files.filter { !stopped.contains($0) }
        var text = ""
        for _ in 0..<4 {
            let meeting = ExampleBuild.copy(ExampleBuild.example)
            let target = meeting.appendingPathComponent("notes/attack")
            try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
            for f in built { try FileManager.default.copyItem(at: folder.appendingPathComponent(f), to: target.appendingPathComponent(f)) }
            let run = ExampleBuild.build(meeting)
            let located = Set(built.filter { f in run.stderr.split(separator: "\n").contains { $0.hasPrefix("notes/attack/\(f):") && $0.contains(": error:") } })
            if run.status == 0 { text = Self.openText(run.output); break }
            #expect(!located.isEmpty, "the build failed with no error located in an attack note: \(run.stderr.suffix(2000))")
            if located.isEmpty { return }
            built.removeAll { located.contains($0) }
        }
        // 3. Every forbidden identity is absent from its item's printed text.
        var leaks: [String] = []
        var closed: [String] = []
        // An item's printed text ends at the next marker, paragraph number (numbered through the report:
        // a number before a capitalised word), list bullet or page footer.
        let markerPattern = try NSRegularExpression(pattern: #"\bzq\d{3}[a-z]\b|\s\d{1,2}\.\d{1,3}\s|\s\d{1,3}\s(?=\p{Lu})|[•▪◦]|Civil Society Stocktaking and Strategy Meeting"#)
        for f in built {
            let forbidden = Self.tsv(folder.appendingPathComponent(f.replacingOccurrences(of: ".md", with: ".forbidden")))
            for (marker, identity) in forbidden {
                var leaked = false
                var from = text.startIndex
                while let r = text.range(of: marker + " ", range: from..<text.endIndex) {
                    from = r.upperBound
                    let rest = String(text[r.upperBound...].prefix(400))
                    let ns = rest as NSString
                    let cut = markerPattern.firstMatch(in: rest, range: NSRange(location: 0, length: ns.length))?.range.location ?? ns.length
                    let window = " " + Self.skeleton(ns.substring(to: cut)) + " "
                    let needle = Self.skeleton(identity)
                    if identity == "*" || window.contains(" " + needle + " ")
                        || (needle.count >= 6 && window.replacingOccurrences(of: " ", with: "").contains(needle.replacingOccurrences(of: " ", with: ""))) {
                        leaked = true
                    }
                }
                if leaked && gaps[marker] == nil { leaks.append("\(f) \(marker): '\(identity)' printed") }
                if !leaked && gaps[marker] != nil { closed.append(marker) }
            }
        }
        // A gap whose note is now stopped (at reading or by the gate) is closed too.
        for (marker, _) in gaps {
            let file = files.first { f in Self.tsv(folder.appendingPathComponent(f.replacingOccurrences(of: ".md", with: ".forbidden")))
                .contains { $0.0 == marker } }
            if let file, !built.contains(file) { closed.append(marker) }
        }
        #expect(leaks.isEmpty, "\(leaks.count) identities printed:\n\(leaks.joined(separator: "\n"))")
        if !closed.isEmpty { print("known gaps now closed (remove them from known-gaps.tsv): \(Set(closed).sorted())") }
        print("attack corpus: \(files.count) notes, \(stopped.count) stopped at reading, \(files.count - stopped.count - built.count) at building, \(built.count) built")
    }

    @Test func ordinaryTextComesOutUnchanged() throws {
        let folder = Self.fixtures.appendingPathComponent("unchanged")
        let meeting = ExampleBuild.copy(ExampleBuild.example)
        let target = meeting.appendingPathComponent("notes/unchanged")
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
        for f in Self.notes(in: folder) { try FileManager.default.copyItem(at: folder.appendingPathComponent(f), to: target.appendingPathComponent(f)) }
        let run = ExampleBuild.build(meeting)
        #expect(run.status == 0, "\(run.stderr.suffix(2000))")
        // Hyphens are dropped on both sides: a word broken at a line end reads either way. Quotes
        // and apostrophes are read as straight ones: the PDF sets them typographically (issue 15),
        // which changes no word.
        func norm(_ s: String) -> String {
            var t = s.replacingOccurrences(of: "-", with: "").replacingOccurrences(of: "\u{2010}", with: "")
            for (typographic, straight) in [("\u{201C}", "\""), ("\u{201D}", "\""), ("«\u{202F}", "\""), ("\u{202F}»", "\""),
                                            ("«", "\""), ("»", "\""), ("\u{2018}", "'"), ("\u{2019}", "'")] {
                t = t.replacingOccurrences(of: typographic, with: straight)
            }
            return t.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }
        let text = norm(Self.openText(run.output))
        var changed: [String] = [], absent: [String] = []
        for (marker, sentence) in Self.tsv(folder.appendingPathComponent("expected.tsv")) {
            if text.contains(norm(sentence)) { continue }
            if text.contains(marker + " ") { changed.append("\(marker): \(sentence)") } else { absent.append(marker) }
        }
        #expect(changed.isEmpty, "\(changed.count) sentences changed:\n\(changed.joined(separator: "\n"))")
        // An absent sentence was counted under a recurring message's lead (issue 10), not rewritten.
        #expect(absent.count <= 5, "absent: \(absent)")
    }

    /// The red-team corpus (`Fixtures/redteam/`): notes a hostile tester wrote against the built
    /// tool, each naming in its front matter (`# must-not: a|b`) what must never be printed. Same
    /// rule: stopped with an error located in the note, or printed without any of them.
    @Test func redTeamNotesAreStoppedOrPrintedWithoutWhatTheyForbid() throws {
        let folder = Self.fixtures.appendingPathComponent("redteam")
        let files = Self.notes(in: folder)
        #expect(files.count >= 150)
        let gaps = Dictionary(Self.tsv(folder.appendingPathComponent("known-gaps.tsv")), uniquingKeysWith: { a, _ in a })
        var built = files
        var text = ""
        for _ in 0..<20 {
            let meeting = ExampleBuild.copy(ExampleBuild.example)
            let target = meeting.appendingPathComponent("notes/redteam")
            try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
            for f in built { try FileManager.default.copyItem(at: folder.appendingPathComponent(f), to: target.appendingPathComponent(f)) }
            let run = ExampleBuild.build(meeting)
            if run.status == 0 { text = Self.openText(run.output); break }
            let errors = run.stderr.split(separator: "\n").filter { $0.contains(": error:") }
            let located = Set(built.filter { f in errors.contains { $0.hasPrefix("notes/redteam/\(f):") } })
            #expect(errors.allSatisfy { $0.hasPrefix("notes/redteam/") }, "an error outside the red-team notes: \(errors.prefix(3))")
            if located.isEmpty { return }
            built.removeAll { located.contains($0) }
        }
        #expect(!text.isEmpty)
        var leaks: [String] = []
        let cut = try NSRegularExpression(pattern: #"\bzr\d{3}[a-z]*\b|\s\d{1,2}\.\d{1,3}\s|[•▪◦]|Civil Society Stocktaking and Strategy Meeting"#)
        let markerPattern = try NSRegularExpression(pattern: #"\bzr\d{3}[a-z]*\b"#)
        for f in built {
            let source = try String(contentsOf: folder.appendingPathComponent(f), encoding: .utf8)
            let forbidden = source.split(separator: "\n").filter { $0.hasPrefix("# must-not:") }
                .flatMap { $0.dropFirst("# must-not:".count).split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) } }
                .filter { !$0.isEmpty }
            let ns = source as NSString
            let markers = Set(markerPattern.matches(in: source, range: NSRange(location: 0, length: ns.length)).map { ns.substring(with: $0.range) })
            for marker in markers.sorted() where gaps[marker] == nil {
                var from = text.startIndex
                while let r = text.range(of: marker + " ", range: from..<text.endIndex) {
                    from = r.upperBound
                    let rest = String(text[r.upperBound...].prefix(300)) as NSString
                    let end = cut.firstMatch(in: rest as String, range: NSRange(location: 0, length: rest.length))?.range.location ?? rest.length
                    let window = " " + Self.skeleton(rest.substring(to: end)) + " "
                    for x in forbidden {
                        let needle = Self.skeleton(x)
                        if x == "*" || (!needle.isEmpty && window.contains(" " + needle + " ")) {
                            leaks.append("\(f) \(marker): '\(x)' in \(window.prefix(120))")
                            break
                        }
                    }
                }
            }
        }
        #expect(leaks.isEmpty, "\(leaks.count) printed:\n\(leaks.joined(separator: "\n"))")
        print("red-team corpus: \(files.count) notes, \(files.count - built.count) stopped, \(built.count) built")
    }
}
