import Foundation
import Testing
import TestSupport

/// Issue 10, what a pack and the report say: a clash when a delegation sits at two tables in one
/// slot, target timelines in the pack's language, paragraphs numbered through the report.
@Suite struct BriefingContentTests {
    /// The example with both rounds at the same time: every delegation that sits in both clashes.
    @Test func aDelegationAtTwoTablesInOneSlotIsToldSo() throws {
        let meeting = ExampleBuild.copy(ExampleBuild.example)
        let yaml = meeting.appendingPathComponent("meeting.yaml")
        let text = try String(contentsOf: yaml, encoding: .utf8).replacingOccurrences(of: "\"11:30-13:00\"", with: "\"09:30-11:00\"")
        try text.write(to: yaml, atomically: true, encoding: .utf8)
        let build = ExampleBuild.build(meeting)
        #expect(build.status == 0, "\(build.stderr.suffix(800))")
        func mentions(_ b: ExampleBuild, _ file: String, _ phrase: String) -> Int {
            PDFTools.text(b.url(file)).joined(separator: " ").components(separatedBy: phrase).count - 1
        }
        let es = "A la misma hora, la delegación también está en Mesa", en = "At the same time, the delegation also sits at Table"
        let argentina = "government/briefing/government-of-argentina.pdf", canada = "government/briefing/government-of-canada.pdf"
        #expect(mentions(build, argentina, es) > mentions(ExampleBuild.shared, argentina, es), "the Spanish pack names the clash")
        #expect(mentions(build, canada, en) > 0)
    }

    @Test func timelinesAreInThePacksLanguage() throws {
        let build = ExampleBuild.shared
        let spanish = build.pdfs.filter { $0.hasPrefix("government/briefing/") }
            .map { PDFTools.text(build.url($0)).joined(separator: "\n") }.filter { $0.contains("Mesa ") }
        #expect(!spanish.isEmpty)
        let all = spanish.joined(separator: "\n")
        #expect(all.contains("plazo: inmediato") && !all.contains("plazo: now"))
    }

    /// Paragraphs are numbered 1, 2, 3 … through the report: "2.3" only ever names a target.
    @Test func reportParagraphsAreNumberedThroughout() throws {
        let build = ExampleBuild.shared
        let lines = PDFTools.text(build.url("public/report.pdf")).joined(separator: "\n").split(separator: "\n")
        let targets = Set(build.meeting.acts.flatMap { $0.targets.map(\.id) })
        let numbers = lines.compactMap { line -> Int? in
            guard let first = line.split(separator: " ").first, let n = Int(first), n > 0, n < 1000, line.count > 40 else { return nil }
            return n
        }
        #expect(numbers.count > 100)
        // Rising by one (or a few, where a number starts no line of the extracted text) in reading order.
        var top = 0, rises = 0
        for n in numbers where n > top { if n <= top + 3 { rises += 1 }; top = n }
        #expect(rises > 150, "\(rises) paragraphs numbered in sequence")
        for line in lines {
            guard let first = line.split(separator: " ").first, first.contains("."), first.allSatisfy({ $0.isNumber || $0 == "." }),
                  first.split(separator: ".").count == 2 else { continue }
            #expect(targets.contains(String(first)), "'\(line.prefix(60))' is numbered like a target")
        }
    }
}
