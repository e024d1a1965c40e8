import Foundation
import Testing
import TestSupport

/// Issue 12: `build --release` refuses while a suspicion is undecided (listing the keys), and
/// succeeds once `review decide` has recorded a decision on each; the manifest records it.
@Suite struct ReleaseTests {
    let binary = PDFTools.stocktakeBinary.path

    @Test func releaseWaitsForEveryDecision() throws {
        let meeting = ExampleBuild.copy(ExampleBuild.example)
        let out = PDFTools.temporaryFolder("release").appendingPathComponent("Output")
        let refused = PDFTools.run(binary, ["build", meeting.path, "--output", out.path, "--release"])
        #expect(refused.status == 1)
        let keys = refused.stderr.split(separator: "\n").filter { $0.hasSuffix("[release-blocked]") }
            .compactMap { line in line.range(of: #"key r-[0-9a-f]{10}"#, options: .regularExpression).map { String(line[$0].dropFirst(4)) } }
        #expect(keys.count >= 3, "\(refused.stderr.suffix(600))")
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("manifest.json").path))
        for key in keys {
            let decide = PDFTools.run(binary, ["review", "decide", key, "keep", meeting.path])
            #expect(decide.status == 0, "\(decide.stderr)")
        }
        let released = PDFTools.run(binary, ["build", meeting.path, "--output", out.path, "--release"])
        #expect(released.status == 0, "\(released.stderr.suffix(600))")
        let manifest = try String(contentsOf: out.appendingPathComponent("manifest.json"), encoding: .utf8)
        #expect(manifest.contains("\"released\" : true") && manifest.contains("\"decisions\" : \(keys.count)"), "\(manifest.prefix(200))")
        // Released: no page says "not released" any more.
        let report = PDFTools.text(out.appendingPathComponent("public/report.pdf")).joined()
        #expect(!report.contains("not released"))
        let combined = PDFTools.run(binary, ["build", meeting.path, "--output", out.path, "--release", "--only", "report"])
        #expect(combined.status == 64)
    }

    /// Without --release every page of every PDF says so, in the document's language, covers and
    /// tent cards included.
    @Test func everyPageOfADraftSaysItIsNotReleased() {
        let build = ExampleBuild.shared
        for pdf in build.pdfs {
            let pages = PDFTools.text(build.url(pdf))
            for (i, page) in pages.enumerated() {
                #expect(page.contains("DRAFT — not released") || page.contains("BORRADOR — no publicado")
                        || page.contains("PROJET — non publié"), "\(pdf) page \(i + 1)")
            }
        }
    }
}
