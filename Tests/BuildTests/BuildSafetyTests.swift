import Build
import Diagnostics
import Foundation
import Model
import Testing
import TestSupport

/// What a build does to the output folder when something goes wrong: a name slipping past the
/// rewriter, a build killed at any moment, a seating change; and that builds are reproducible.
@Suite(.serialized) struct BuildSafetyTests {
    static let installation = Installation(root: PDFTools.packageRoot)

    static func snapshot(_ folder: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        for path in FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String] ?? [] {
            var isDir: ObjCBool = false
            let url = folder.appendingPathComponent(path)
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir), !isDir.boolValue {
                files[path] = FileManager.default.contents(atPath: url.path)
            }
        }
        return files
    }

    @Test func aNameThatSlipsPastTheRewriterIsStoppedByTheLastGate() throws {
        let shared = ExampleBuild.shared
        #expect(shared.status == 0)
        let out = PDFTools.temporaryFolder("stocktake-slip").appendingPathComponent("Output")
        try FileManager.default.copyItem(at: shared.output, to: out)
        let before = Self.snapshot(out)
        // A participant's full name, written in a chatham-house note of the example.
        let person = try #require(shared.meeting.people.first { p in
            !p.isPublic && shared.meeting.items.contains { $0.rule == .chathamHouse && $0.clearance == .public && $0.content.plainText.contains(p.name) }
        }, "the example should name a participant in full in a public chatham-house item")
        var job = BuildJob(meeting: ExampleBuild.example.path, output: out.path, only: [], strict: false, keepGoing: false,
                           draft: false, installation: Self.installation)
        job.letSlip = [person.id]
        let result = job.run()
        let leaks = result.diagnostics.all.filter { $0.code == .leak }
        #expect(!leaks.isEmpty, "the gate did not stop '\(person.name)'")
        #expect(result.diagnostics.hasErrors)
        #expect(Self.snapshot(out) == before, "the output folder changed")
    }

    /// The second build also renders on one worker (`STOCKTAKE_JOBS=1`): parallel and serial
    /// builds give the same bytes.
    @Test func twoBuildsGiveIdenticalBytesAcrossFoldersTimeZonesLocalesAndWorkerCounts() throws {
        let shared = ExampleBuild.shared
        let elsewhere = PDFTools.temporaryFolder("stocktake-cwd")
        let second = ExampleBuild.build(ExampleBuild.example, in: elsewhere,
                                        environment: ["TZ": "Asia/Kathmandu", "LC_ALL": "fr_FR.UTF-8", "LANG": "fr_FR.UTF-8",
                                                      "STOCKTAKE_JOBS": "1"])
        #expect(second.status == 0, "\(second.stderr)")
        let a = Self.snapshot(shared.output).filter { $0.key.hasSuffix(".pdf") }
        let b = Self.snapshot(second.output).filter { $0.key.hasSuffix(".pdf") }
        #expect(a.count > 40 && a.keys.sorted() == b.keys.sorted())
        let differing = a.keys.filter { a[$0] != b[$0] }.sorted()
        #expect(differing.isEmpty, "differ: \(differing)")
    }

    @Test func aBuildKilledAtAnyMomentLeavesTheOutputAsABuildLeftIt() throws {
        let meeting = ExampleBuild.copy(ExampleBuild.example)
        let out = PDFTools.temporaryFolder("stocktake-kill").appendingPathComponent("Output")
        let first = ExampleBuild.build(meeting, output: out)
        #expect(first.status == 0, "\(first.stderr)")
        // Change the input so that a committed build can be told from the previous one.
        let yaml = meeting.appendingPathComponent("meeting.yaml")
        let text = try String(contentsOf: yaml, encoding: .utf8)
        try text.replacingOccurrences(of: "subtitle:", with: "subtitle: Revised —").write(to: yaml, atomically: true, encoding: .utf8)
        let delays: [Double] = [0.05, 0.4, 1.0, 2.0, 3.5, 5.0, 7.0]
        for delay in delays {
            let process = Process()
            process.executableURL = PDFTools.stocktakeBinary
            process.arguments = ["build", meeting.path, "--output", out.path]
            process.standardError = FileHandle.nullDevice
            try process.run()
            Thread.sleep(forTimeInterval: delay)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            // Whatever moment it died at, the folder holds one complete build: every file the
            // manifest lists, with its hash, and no PDF the manifest does not list.
            try Self.expectConsistent(out)
        }
        let last = ExampleBuild.build(meeting, output: out)
        #expect(last.status == 0)
        try Self.expectConsistent(out)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: out.deletingLastPathComponent().path)
            .filter { $0.contains("stocktake-next") || $0.contains("stocktake-old") }
        #expect(leftovers.isEmpty, "\(leftovers)")
    }

    static func expectConsistent(_ out: URL) throws {
        let manifest = try #require(Manifest.read(from: out.appendingPathComponent("manifest.json")))
        for entry in manifest.outputs {
            let data = try #require(FileManager.default.contents(atPath: out.appendingPathComponent(entry.path).path), "\(entry.path) missing")
            #expect(Self.sha256(data) == entry.sha256, "\(entry.path) does not match the manifest")
        }
        let pdfs = Set(snapshot(out).keys.filter { $0.hasSuffix(".pdf") })
        #expect(pdfs == Set(manifest.outputs.map(\.path).filter { $0.hasSuffix(".pdf") }))
    }

    static func sha256(_ data: Data) -> String {
        let file = PDFTools.temporaryFolder("sha").appendingPathComponent("f")
        try? data.write(to: file)
        return String(PDFTools.run("sha256sum", [file.path]).stdout.prefix(64))
    }

    @Test func changingOneTablesSeatingChangesOnlyTheOutputsThatDependOnIt() throws {
        let meeting = ExampleBuild.copy(ExampleBuild.example)
        let out = PDFTools.temporaryFolder("stocktake-seat").appendingPathComponent("Output")
        let first = ExampleBuild.build(meeting, output: out)
        #expect(first.status == 0, "\(first.stderr)")
        let before = try #require(Manifest.read(from: out.appendingPathComponent("manifest.json")))
        // Swap two civil-society participants between two tables of round 1.
        let m = first.meeting
        let tables = m.sessions.filter { $0.kind == .table && $0.round == 1 }.sorted { ($0.table ?? 0) < ($1.table ?? 0) }
        let a = tables[0], b = tables[1]
        let civil = Set(m.people.filter { $0.sector == .civilSociety && $0.id != a.facilitator && $0.id != b.facilitator }.map(\.id))
        let pa = try #require(m.presence[a.id]?.first { civil.contains($0) && !(m.presence[b.id] ?? []).contains($0) })
        let pb = try #require(m.presence[b.id]?.first { civil.contains($0) && !(m.presence[a.id] ?? []).contains($0) })
        var rows = ["session,person"]
        for s in m.sessions where s.kind == .table {
            for p in m.presence[s.id] ?? [] {
                let moved = s.id == a.id && p == pa ? pb : s.id == b.id && p == pb ? pa : p
                rows.append("\(s.id),\(moved)")
            }
        }
        try (rows.joined(separator: "\n") + "\n").write(to: meeting.appendingPathComponent("seating.csv"), atomically: true, encoding: .utf8)
        let second = ExampleBuild.build(meeting, output: out)
        #expect(second.status == 0, "\(second.stderr)")
        let after = try #require(Manifest.read(from: out.appendingPathComponent("manifest.json")))
        let changed = Set(after.outputs.filter { before.entry($0.path)?.sha256 != $0.sha256 }.map(\.path))
        let name = { (s: Session) in String(format: "table-%02d-round-%d.pdf", s.table ?? 0, s.round ?? 0) }
        #expect(changed.contains("internal/facilitator/" + name(a)) && changed.contains("internal/facilitator/" + name(b)))
        #expect(!changed.contains { $0.hasPrefix("government/handouts/") }, "handouts name no one: \(changed.sorted())")
        #expect(!changed.contains("internal/facilitator/" + name(tables[2])))
        let listed = try String(contentsOf: out.appendingPathComponent("changes.txt"), encoding: .utf8)
            .split(separator: "\n").map { String($0.split(separator: " ", maxSplits: 1)[1]) }
        #expect(Set(listed) == changed, "changes.txt \(listed.sorted()) vs \(changed.sorted())")
    }
}
