import Diagnostics
import Build
import Disclosure
import Foundation
import Testing
import TestSupport

/// SPEC 3.5 and DESIGN: the last gate is a second net, not the rewriter's first net again. With
/// the rewriter switched off for one class at a time, the gate alone stops the build; and the
/// gate's sources never reach the rewriter.
@Suite struct GateIndependenceTests {
    static let probe = """
    ---
    session: d2-r1-t02
    ---

    ## Key messages
    - Ms. López of PICUM wrote to maria.lopez@example.org; Mexico said the regional visitor card stays.
    """

    func build(slipping classes: Set<RewriteClass>) throws -> (errors: [String], wrote: Bool) {
        let meeting = ExampleBuild.copy(ExampleBuild.example)
        try Self.probe.write(to: meeting.appendingPathComponent("notes/day2/round1/gate-probe.md"), atomically: true, encoding: .utf8)
        let out = PDFTools.temporaryFolder("stocktake-gate").appendingPathComponent("Output")
        var job = BuildJob(meeting: meeting.path, output: out.path, only: [], strict: false, keepGoing: false, draft: false,
                           installation: Installation(root: PDFTools.packageRoot))
        job.letSlipClasses = classes
        let result = job.run()
        let errors = result.diagnostics.all.filter { $0.severity == .error }.map { "[\($0.code.rawValue)] \($0.message)" }
        return (errors, FileManager.default.fileExists(atPath: out.appendingPathComponent("manifest.json").path))
    }

    @Test func withTheRewriterOnNothingLeaks() throws {
        let (errors, wrote) = try build(slipping: [])
        #expect(errors.isEmpty, "\(errors)")
        #expect(wrote)
    }

    @Test(arguments: [
        (RewriteClass.people, "the name of person"),
        (.organisations, "the organisation"),
        (.states, "state MEX"),
        (.contactData, "contact data"),
    ])
    func theGateAloneStopsEachClass(slipping: RewriteClass, expected: String) throws {
        let (errors, wrote) = try build(slipping: [slipping])
        #expect(!wrote, "the build wrote its outputs with \(slipping) let through")
        #expect(errors.contains { $0.hasPrefix("[leak]") && $0.contains(expected) }, "\(slipping): \(errors.prefix(5))")
    }

    @Test func theGateNeverImportsTheRewriter() throws {
        let folder = PDFTools.packageRoot.appendingPathComponent("Sources/Gate")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".swift") }
        #expect(!files.isEmpty)
        for f in files {
            let text = try String(contentsOf: folder.appendingPathComponent(f), encoding: .utf8)
            #expect(!text.contains("import Disclosure"), "\(f) imports the rewriter")
        }
        let package = try String(contentsOf: PDFTools.packageRoot.appendingPathComponent("Package.swift"), encoding: .utf8)
        let gateLine = package.split(separator: "\n").first { $0.contains(#".target(name: "Gate""#) }
        #expect(gateLine.map { !$0.contains("Disclosure") } == true)
    }
}
