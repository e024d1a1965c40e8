import Foundation
import Testing
import TestSupport

/// Issue 12, the proof (part): `secretariat/review.pdf` and `review.html` show every rewrite and
/// suspicion of the example at its `path:line:col`, with the sentence before and after; the HTML
/// refers to nothing outside itself; the PDF is well-formed.
@Suite struct ReviewProofTests {
    let build = ExampleBuild.shared

    @Test func theProofShowsEveryRecordAtItsPlace() throws {
        #expect(build.status == 0)
        let csv = try String(contentsOf: build.url("secretariat/redactions.csv"), encoding: .utf8)
        let rows = csv.split(separator: "\r\n").dropFirst().map { $0.split(separator: ",", maxSplits: 3, omittingEmptySubsequences: false) }
        #expect(rows.count > 250)
        let pdfText = PDFTools.text(build.url("secretariat/review.pdf")).joined(separator: "\n")
        let html = try String(contentsOf: build.url("secretariat/review.html"), encoding: .utf8)
        var missing: [String] = []
        for row in rows where row.count >= 3 {
            // In the PDF each mention is listed as "line:col" under its file's heading; in the
            // HTML as the full path:line:col.
            let place = "\(row[0]):\(row[1]):\(row[2])"
            if !html.contains(place) || !pdfText.contains("\(row[1]):\(row[2]) ") { missing.append(place) }
        }
        #expect(missing.isEmpty, "\(missing.count) records not in the proof: \(missing.prefix(5))")
        #expect(pdfText.contains("Before:") && pdfText.contains("After:"))
    }

    @Test func theHTMLStandsAloneAndThePDFIsWellFormed() throws {
        let html = try String(contentsOf: build.url("secretariat/review.html"), encoding: .utf8)
        for external in ["<script", "<link", "src=", "url(", "@import"] {
            #expect(!html.contains(external), "the proof refers outside itself: \(external)")
        }
        // Links only to its own entries.
        let links = html.components(separatedBy: "href=\"").dropFirst()
        #expect(!links.isEmpty && links.allSatisfy { $0.hasPrefix("#") }, "a link leaves the proof")
        #expect(html.hasPrefix("<!DOCTYPE html>") && html.contains("<del>") && html.contains("<ins>"))
        let pdf = build.url("secretariat/review.pdf")
        #expect(PDFTools.run("qpdf", ["--check", pdf.path]).status == 0)
        let manifest = try String(contentsOf: build.url("manifest.json"), encoding: .utf8)
        #expect(manifest.contains("\"secretariat/review.pdf\"") && manifest.contains("\"secretariat/review.html\""))
    }

    /// SPEC 3.4: items grouped as recurring are in the proof, each member with the item key a
    /// `split` decision takes.
    @Test func theProofListsEveryGroupWithItsMembersKeys() throws {
        let html = try String(contentsOf: build.url("secretariat/review.html"), encoding: .utf8)
        let section = try #require(html.components(separatedBy: "<h2>Grouped as recurring messages</h2>").last)
        let members = section.components(separatedBy: "<li>").count - 1
        #expect(members >= 5, "\(members) grouped members listed")
        #expect(section.contains("item <code>i-"))
        let placements = try String(contentsOf: build.url("secretariat/placements.csv"), encoding: .utf8)
        let counted = Set(placements.split(separator: "\r\n").filter { $0.contains(",public/report.pdf,") && $0.hasSuffix("counted under the lead") }
            .map { String($0.prefix { $0 != "," }) })
        for key in counted { #expect(section.contains(key), "\(key) is counted in the report but not in the proof's groups") }
    }
}
