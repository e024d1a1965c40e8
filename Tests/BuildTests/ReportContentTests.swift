import Foundation
import Testing
import TestSupport

/// Issue 10, what the report says, each on a copy of the example that reproduces the finding:
/// an outcome never received is "not received" whatever the notes say; an outcome's `# Act 1`
/// counts for Act 1 when its item names a target of Act 3; housekeeping reaches no output; the
/// executive summary, the outcome documents, acronyms, programme and method note are there and true.
@Suite struct ReportContentTests {
    static func text(_ build: ExampleBuild, _ path: String) -> String {
        PDFTools.text(build.url(path)).joined(separator: "\n").split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The Pacific's outcome removed: notes still speak for the Pacific (table notes, region=pacific).
    @Test func aMissingOutcomeIsNotReceivedWhateverTheNotesSay() throws {
        let meeting = ExampleBuild.copy(ExampleBuild.example)
        try FileManager.default.removeItem(at: meeting.appendingPathComponent("regional/pacific.md"))
        let notes = try FileManager.default.subpathsOfDirectory(atPath: meeting.appendingPathComponent("notes").path)
        #expect(notes.filter { $0.hasSuffix(".md") }.contains { ((try? String(contentsOf: meeting.appendingPathComponent("notes/" + $0), encoding: .utf8)) ?? "").contains("region=pacific") },
                "the copy must still have notes that speak for the Pacific")
        let build = ExampleBuild.build(meeting)
        try #require(build.status == 0, "\(build.stderr.suffix(800))")
        let report = Self.text(build, "public/report.pdf")
        #expect(report.contains("No outcome document was received from: The Pacific."))
        #expect(report.contains("Not received: The Pacific."))
        #expect(report.contains("8 outcome documents were received; 1 region(s) sent none"))
        #expect(report.contains("of 8 regional outcomes received") && !report.contains("of 9 regional outcomes received"))
        let full = Self.text(ExampleBuild.shared, "public/report.pdf")
        #expect(full.contains("The outcome documents of every region were received (9 in all)."))
        #expect(!full.contains("No outcome document was received from"))
    }

    /// regional/pacific.md's `# Act 1` item carries `act=3.4`: it stays in Act 1 (and counts for it).
    @Test func anOutcomesActSectionCountsForItsAct() throws {
        let placements = try String(contentsOf: ExampleBuild.shared.url("secretariat/placements.csv"), encoding: .utf8)
        let rows = placements.split(separator: "\r\n").filter { $0.contains(",regional/pacific.md:10,") }
        #expect(!rows.isEmpty)
        #expect(rows.allSatisfy { $0.contains(",1 3,") }, "\(rows.prefix(2))")
    }

    /// The example's housekeeping line (a logistics section) is in no PDF, and placements.csv says why.
    @Test func housekeepingReachesNoOutput() throws {
        let build = ExampleBuild.shared
        for pdf in build.pdfs where !pdf.hasPrefix("secretariat/") {
            #expect(!Self.text(build, pdf).contains("by 21:00"), "\(pdf) prints the housekeeping")
        }
        let placements = try String(contentsOf: build.url("secretariat/placements.csv"), encoding: .utf8)
        #expect(placements.contains("in no output: housekeeping"))
    }

    @Test func theReportHasItsSummaryAnnexesAndATrueMethodNote() throws {
        let build = ExampleBuild.shared
        let report = Self.text(build, "public/report.pdf")
        let acts = build.meeting.acts.count
        #expect(report.contains("Executive summary"))
        // One line per act, each pointing at the paragraph that holds it whole.
        let refs = report.components(separatedBy: "(para. ").count - 1
        #expect(refs == acts, "\(refs) summary lines for \(acts) acts")
        for heading in ["Outcome documents received", "Acronyms", "Programme", "Method and the Chatham House Rule"] {
            #expect(report.contains(heading), "no '\(heading)'")
        }
        #expect(report.contains("GFMD Global Forum on Migration and Development"))
        let sessions = build.meeting.sessions.filter { $0.clearanceCap.map { $0 == .public } ?? true }
        let chatham = sessions.filter { $0.rule == .chathamHouse }.count
        #expect(report.contains("\(chatham) of the \(sessions.count) sessions were held under the Chatham House Rule"), "method note counts")
        #expect(!report.contains("Every point was assigned to an Act and a region by its author"))
    }
}
