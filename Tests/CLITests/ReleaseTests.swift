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
        let combined = PDFTools.run(binary, ["build", meeting.path, "--output", out.path, "--release", "--only", "report"])
        #expect(combined.status == 64)
    }
}
