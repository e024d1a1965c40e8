import Build
import Foundation
import Testing

@Suite struct OutputTransactionTests {
    private func scratch() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("stocktake-out-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    private func read(_ url: URL) -> String? { try? String(contentsOf: url, encoding: .utf8) }

    @Test func commitSwapsInTheNewTreeAndKeepsForeignFiles() throws {
        let root = try scratch()
        let out = root.appendingPathComponent("Output")
        try FileManager.default.createDirectory(at: out.appendingPathComponent("public"), withIntermediateDirectories: true)
        try "readme".write(to: out.appendingPathComponent("README.md"), atomically: true, encoding: .utf8)
        try "old".write(to: out.appendingPathComponent("public/report.pdf"), atomically: true, encoding: .utf8)
        try "gone".write(to: out.appendingPathComponent("public/old.pdf"), atomically: true, encoding: .utf8)

        let t = try OutputTransaction(output: out)
        try t.write("new", to: "public/report.pdf")
        #expect(read(out.appendingPathComponent("public/report.pdf")) == "old", "nothing visible before commit")
        try t.commit()

        #expect(read(out.appendingPathComponent("public/report.pdf")) == "new")
        #expect(read(out.appendingPathComponent("README.md")) == "readme")
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("public/old.pdf").path))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: root.path).filter { $0.contains("stocktake-next") || $0.contains("stocktake-old") }
        #expect(leftovers.isEmpty)
    }

    @Test func abandonedOrInterruptedBuildLeavesOutputAsItWas() throws {
        let root = try scratch()
        let out = root.appendingPathComponent("Output")
        try FileManager.default.createDirectory(at: out.appendingPathComponent("public"), withIntermediateDirectories: true)
        try "old".write(to: out.appendingPathComponent("public/report.pdf"), atomically: true, encoding: .utf8)
        do {
            let t = try OutputTransaction(output: out)
            try t.write("half", to: "public/report.pdf")
            t.abandon()
        }
        #expect(read(out.appendingPathComponent("public/report.pdf")) == "old")

        // A staging folder left by a killed process is removed by the next transaction.
        let stale = root.appendingPathComponent(".Output.stocktake-next/public")
        try FileManager.default.createDirectory(at: stale, withIntermediateDirectories: true)
        let t = try OutputTransaction(output: out)
        #expect(FileManager.default.fileExists(atPath: t.staging.path))
        #expect(!FileManager.default.fileExists(atPath: stale.path))
        t.abandon()
    }

    @Test func keepPreviousCopiesTheOldVersion() throws {
        let root = try scratch()
        let out = root.appendingPathComponent("Output")
        try FileManager.default.createDirectory(at: out.appendingPathComponent("government"), withIntermediateDirectories: true)
        try "v1".write(to: out.appendingPathComponent("government/a.pdf"), atomically: true, encoding: .utf8)
        let t = try OutputTransaction(output: out)
        #expect(try t.keepPrevious("government/a.pdf"))
        #expect(try !t.keepPrevious("government/b.pdf"))
        try t.commit()
        #expect(read(out.appendingPathComponent("government/a.pdf")) == "v1")
    }

    @Test func firstBuildCreatesTheOutputFolder() throws {
        let out = try scratch().appendingPathComponent("fresh/Output")
        let t = try OutputTransaction(output: out)
        try t.write("{}", to: "manifest.json")
        try t.commit()
        #expect(read(out.appendingPathComponent("manifest.json")) == "{}")
    }
}

@Suite struct ChangeListTests {
    @Test func listsNewChangedRemovedAndStale() {
        let before = Manifest(outputs: [
            .init(path: "public/report.pdf", audience: "public", pages: 10, sha256: "a"),
            .init(path: "government/handouts/table-01-round-1.pdf", audience: "government", pages: 2, sha256: "b"),
            .init(path: "government/handouts/table-02-round-1.pdf", audience: "government", pages: 2, sha256: "c"),
            .init(path: "internal/facilitator/table-09-round-2.pdf", audience: "internal", pages: 2, sha256: "d"),
        ])
        let after = Manifest(outputs: [
            .init(path: "public/report.pdf", audience: "public", pages: 10, sha256: "a"),
            .init(path: "government/handouts/table-01-round-1.pdf", audience: "government", pages: 2, sha256: "B"),
            .init(path: "government/handouts/table-03-round-1.pdf", audience: "government", pages: 2, sha256: "e"),
            .init(path: "internal/facilitator/table-09-round-2.pdf", audience: "internal", pages: 2, sha256: "d"),
        ])
        let changes = ChangeList(previous: before, current: after, stale: ["internal/facilitator/table-09-round-2.pdf"])
        #expect(changes.text == """
            changed government/handouts/table-01-round-1.pdf
            removed government/handouts/table-02-round-1.pdf
            new government/handouts/table-03-round-1.pdf
            stale internal/facilitator/table-09-round-2.pdf

            """)
    }

    @Test func manifestJSONIsSortedAndRoundTrips() throws {
        let m = Manifest(outputs: [.init(path: "b.pdf", audience: "public", pages: 1, sha256: "x"),
                                   .init(path: "a.pdf", audience: "internal", pages: 2, sha256: "y")])
        #expect(m.outputs.map(\.path) == ["a.pdf", "b.pdf"])
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("manifest-\(UUID().uuidString).json")
        try m.json().write(to: url, atomically: true, encoding: .utf8)
        #expect(Manifest.read(from: url) == m)
        #expect(m.json().contains("\"path\" : \"a.pdf\""))
    }
}
