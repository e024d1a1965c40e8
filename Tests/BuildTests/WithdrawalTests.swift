import Disclosure
import Foundation
import Testing
import TestSupport

/// Issue 12, on a copy of the example: `withdraw` takes an item out of the report, the packs and
/// the handouts and out of the counts it was part of; moved ten lines down, the item keeps its
/// decision; its text deleted, the decision is stale.
@Suite struct WithdrawalTests {
    static func text(_ build: ExampleBuild, _ pdf: String) -> String {
        PDFTools.text(build.url(pdf)).joined(separator: " ").split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    static func decide(_ meeting: URL, _ decisions: [String: String]) throws {
        let lines = decisions.sorted { $0.key < $1.key }.map { "  \($0.key): \($0.value)" }
        try ("decisions:\n" + lines.joined(separator: "\n") + "\n")
            .write(to: meeting.appendingPathComponent("review.yaml"), atomically: true, encoding: .utf8)
    }

    /// The key of the item on `line` of `path`, from the meeting as read.
    static func key(_ build: ExampleBuild, _ path: String, line: Int) throws -> String {
        let item = try #require(build.meeting.items.first { $0.origin.path == path && $0.span.start.line == line })
        return ReviewKey.item(path: path, text: item.content.plainText)
    }

    @Test func withdrawRemovesAnItemFromEveryOutputAndItsCounts() throws {
        let meeting = ExampleBuild.copy(ExampleBuild.example)
        let base = ExampleBuild.shared
        // A child-detention member from an outcome (counted in "6 of 9"), and a printed key message of Act 2.
        let europe = "regional/europe.md", act2 = "notes/day1/d1-act2.md"
        let europeLine = try #require(String(contentsOf: meeting.appendingPathComponent(europe), encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("same=child-detention") }) + 1
        let printed = "Flores stressed that regional consultations in Central America put regularisation first"
        let baseReport = Self.text(base, "public/report.pdf")
        #expect(baseReport.contains("raised in 6 of 9 regional outcomes received"))
        #expect(baseReport.contains("stressed that regional consultations in Central America put regularisation first"))
        try Self.decide(meeting, [try Self.key(base, europe, line: europeLine): "withdraw",
                                  try Self.key(base, act2, line: 10): "withdraw"])
        let build = ExampleBuild.build(meeting)
        try #require(build.status == 0, "\(build.stderr.suffix(800))")
        #expect(!build.stderr.contains("stale-decision"), "\(build.stderr)")
        let report = Self.text(build, "public/report.pdf")
        #expect(!report.contains("raised in 6 of 9 regional outcomes received"), "the withdrawn member still counts")
        #expect(report.contains("raised in 5 of 9 regional outcomes received"))
        for pdf in build.pdfs where !pdf.hasPrefix("secretariat/") {
            #expect(!Self.text(build, pdf).contains("stressed that regional consultations in Central America put regularisation first"),
                    "\(pdf) prints the withdrawn item (\(printed))")
        }
        let placements = try String(contentsOf: build.url("secretariat/placements.csv"), encoding: .utf8)
        let rows = placements.split(separator: "\r\n").filter { $0.contains(",\(act2):10,") }
        #expect(rows.count == 1 && rows[0].contains("withdrawn by the review"), "\(rows)")

        // Moved ten lines down (to the file's end): the same decision applies, nothing is stale.
        let url = meeting.appendingPathComponent(act2)
        var lines = try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\n")
        let moved = lines.remove(at: 9)
        lines.insert(moved, at: min(lines.count, 19))
        try lines.joined(separator: "\n").write(to: url, atomically: true, encoding: .utf8)
        let again = ExampleBuild.build(meeting)
        try #require(again.status == 0, "\(again.stderr.suffix(800))")
        #expect(!again.stderr.contains("stale-decision"), "\(again.stderr)")
        #expect(!Self.text(again, "public/report.pdf").contains("put regularisation first"))

        // Its text deleted: the decision is stale (a warning), and --release refuses.
        lines.removeAll { $0 == moved }
        try lines.joined(separator: "\n").write(to: url, atomically: true, encoding: .utf8)
        let gone = ExampleBuild.build(meeting)
        #expect(gone.status == 0)
        #expect(gone.stderr.contains("[stale-decision]"), "\(gone.stderr.suffix(800))")
        let release = ExampleBuild.build(meeting, arguments: ["--release"])
        #expect(release.status == 1 && release.stderr.contains("[release-blocked]"))
    }
}
