import Build
import Disclosure
import Foundation
import Testing
import TestSupport
#if canImport(Glibc)
import Glibc
#endif

/// Issue 16: a build owns exactly what it wrote. It refuses folders it must never write into,
/// leaves every file it did not write where it is (never copied, moved or opened), refuses to
/// take over a file in a folder it owns, writes through a symlinked output folder, and finishes a
/// commit cut short from its journal.
@Suite(.serialized) struct OutputFolderSafetyTests {
    let binary = PDFTools.stocktakeBinary.path

    func build(_ meeting: URL, _ output: String, in dir: URL? = nil, env: [String: String] = [:]) -> PDFTools.Output {
        PDFTools.run(binary, ["build", meeting.path, "--output", output], in: dir, environment: env)
    }

    @Test func foldersNoBuildMayWriteIntoAreRefusedWithUsageStatus() throws {
        let root = PDFTools.temporaryFolder("stocktake-refuse")
        let parent = root.appendingPathComponent("p")
        let meeting = parent.appendingPathComponent("internal")
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: ExampleBuild.example, to: meeting)
        try "keep".write(to: meeting.appendingPathComponent("PRIVATE.txt"), atomically: true, encoding: .utf8)
        let home = root.appendingPathComponent("home")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        for output in [parent.path, "", "/", meeting.path, meeting.appendingPathComponent("Output").path, home.path] {
            let run = build(meeting, output, env: ["HOME": home.path])
            #expect(run.status == 64, "'\(output)': \(run.status) \(run.stderr.suffix(300))")
            #expect(run.stderr.contains("refused"))
        }
        #expect(FileManager.default.fileExists(atPath: meeting.appendingPathComponent("PRIVATE.txt").path))
        #expect(FileManager.default.fileExists(atPath: meeting.appendingPathComponent("meeting.yaml").path))
    }

    @Test func aFolderThatIsNeitherEmptyNorAnOutputIsRefusedAReadmeAloneIsEmpty() throws {
        let root = PDFTools.temporaryFolder("stocktake-nonempty")
        let busy = root.appendingPathComponent("busy"), readme = root.appendingPathComponent("readme")
        for f in [busy, readme] { try FileManager.default.createDirectory(at: f, withIntermediateDirectories: true) }
        try "x".write(to: busy.appendingPathComponent("thesis.docx"), atomically: true, encoding: .utf8)
        try "x".write(to: readme.appendingPathComponent("README.md"), atomically: true, encoding: .utf8)
        let refused = build(ExampleBuild.example, busy.path)
        #expect(refused.status == 64 && refused.stderr.contains("thesis.docx"))
        #expect(build(ExampleBuild.example, readme.path).status == 0)
    }

    @Test func filesNoBuildWroteAreLeftAloneAndAFifoNeverHangs() throws {
        let out = PDFTools.temporaryFolder("stocktake-unowned").appendingPathComponent("Output")
        #expect(build(ExampleBuild.example, out.path).status == 0)
        let log = out.appendingPathComponent("log.txt")
        try "first line\n".write(to: log, atomically: false, encoding: .utf8)
        #expect(link(log.path, out.appendingPathComponent("hard.txt").path) == 0)
        #expect(mkfifo(out.appendingPathComponent("pipe").path, 0o644) == 0)
        let inode = try #require(try FileManager.default.attributesOfItem(atPath: log.path)[.systemFileNumber] as? UInt64)
        // A process keeps the log open and appends after the build's swap.
        let handle = try FileHandle(forWritingTo: log)
        handle.seekToEndOfFile()
        #expect(build(ExampleBuild.example, out.path).status == 0)
        handle.write(Data("after the build\n".utf8))
        try handle.close()
        let attributes = try FileManager.default.attributesOfItem(atPath: log.path)
        #expect(attributes[.systemFileNumber] as? UInt64 == inode)
        #expect(attributes[.referenceCount] as? Int == 2)
        #expect(try String(contentsOf: log, encoding: .utf8) == "first line\nafter the build\n")
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("pipe").path))
    }

    @Test func aFileInAnOwnedFolderThatNoBuildWroteIsRefusedByName() throws {
        let out = PDFTools.temporaryFolder("stocktake-foreign").appendingPathComponent("Output")
        #expect(build(ExampleBuild.example, out.path).status == 0)
        let mine = out.appendingPathComponent("public/my-notes.pdf")
        try "mine".write(to: mine, atomically: true, encoding: .utf8)
        let run = build(ExampleBuild.example, out.path)
        #expect(run.status == 1)
        #expect(run.stderr.contains("public/my-notes.pdf"))
        #expect(try String(contentsOf: mine, encoding: .utf8) == "mine")
    }

    @Test func aSymlinkedOutputFolderIsWrittenThrough() throws {
        let root = PDFTools.temporaryFolder("stocktake-symlink")
        let real = root.appendingPathComponent("real"), link = root.appendingPathComponent("Output")
        try FileManager.default.createDirectory(at: real, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: real)
        #expect(build(ExampleBuild.example, link.path).status == 0)
        #expect(build(ExampleBuild.example, link.path).status == 0)
        let kind = try FileManager.default.attributesOfItem(atPath: link.path)[.type] as? FileAttributeType
        #expect(kind == .typeSymbolicLink)
        #expect(FileManager.default.fileExists(atPath: real.appendingPathComponent("public/report.pdf").path))
    }

    /// A commit cut short after its journal was written: the next transaction swaps in what the
    /// journal lists and the manifest, before anything else.
    @Test func aCommitCutShortIsFinishedByTheNextRun() throws {
        let out = PDFTools.temporaryFolder("stocktake-journal").appendingPathComponent("Output")
        try FileManager.default.createDirectory(at: out.appendingPathComponent("public"), withIntermediateDirectories: true)
        try "old".write(to: out.appendingPathComponent("public/a.txt"), atomically: true, encoding: .utf8)
        try "{\"outputs\":[]}".write(to: out.appendingPathComponent("manifest.json"), atomically: true, encoding: .utf8)
        let staging = out.deletingLastPathComponent().appendingPathComponent(".Output.stocktake-next")
        try FileManager.default.createDirectory(at: staging.appendingPathComponent("public"), withIntermediateDirectories: true)
        try "new".write(to: staging.appendingPathComponent("public/a.txt"), atomically: true, encoding: .utf8)
        try "{\"outputs\":[{\"path\":\"public/a.txt\",\"audience\":\"public\",\"sha256\":\"x\"}]}"
            .write(to: staging.appendingPathComponent("manifest.json"), atomically: true, encoding: .utf8)
        func ino(_ u: URL) throws -> UInt64 { try #require(FileManager.default.attributesOfItem(atPath: u.path)[.systemFileNumber] as? UInt64) }
        let journal = "manifest.json\t\(try ino(staging.appendingPathComponent("manifest.json")))\npublic\t\(try ino(staging.appendingPathComponent("public")))\n"
        try journal.write(to: staging.appendingPathComponent(".commit"), atomically: true, encoding: .utf8)
        let t = try OutputTransaction(output: out)
        t.abandon()
        #expect(try String(contentsOf: out.appendingPathComponent("public/a.txt"), encoding: .utf8) == "new")
        #expect(try String(contentsOf: out.appendingPathComponent("manifest.json"), encoding: .utf8).contains("public/a.txt"))
        #expect(!FileManager.default.fileExists(atPath: staging.path) || (try? FileManager.default.contentsOfDirectory(atPath: staging.path))?.isEmpty == true)
    }
}

/// Issue 16: two delegations whose names fold to one file name — by case, or both in scripts that
/// used to fold to nothing — are an error naming both, never one pack over the other.
@Suite struct OutputNameCollisionTests {
    func roster(_ change: (inout [String]) -> Void) throws -> URL {
        let meeting = ExampleBuild.copy(ExampleBuild.example)
        let url = meeting.appendingPathComponent("roster.csv")
        var lines = try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\n")
        change(&lines)
        try lines.joined(separator: "\n").write(to: url, atomically: true, encoding: .utf8)
        return meeting
    }

    @Test func delegationsFoldingToOneFileNameAreAnError() throws {
        let meeting = try roster { lines in
            for i in lines.indices where lines[i].hasPrefix("g-mex-1,") {
                lines[i] = lines[i].replacingOccurrences(of: ",Government of Mexico,", with: ",GOVERNMENT OF MEXICO,")
            }
        }
        let run = PDFTools.run(PDFTools.stocktakeBinary.path, ["build", meeting.path, "--output",
                                                               PDFTools.temporaryFolder("stocktake-collide").appendingPathComponent("Output").path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("government/briefing/government-of-mexico.pdf") && run.stderr.contains("GOVERNMENT OF MEXICO"))
    }

    @Test func nonLatinDelegationNamesGetTheirOwnFiles() throws {
        let meeting = try roster { lines in
            for i in lines.indices where lines[i].hasPrefix("g-can-1,") || lines[i].hasPrefix("g-can-2,") {
                lines[i] = lines[i].replacingOccurrences(of: ",Government of Canada,", with: ",Правительство Канады,")
            }
            for i in lines.indices where lines[i].hasPrefix("g-aus-1,") {
                lines[i] = lines[i].replacingOccurrences(of: ",Government of Australia,", with: ",حكومة أستراليا,")
            }
        }
        let out = PDFTools.temporaryFolder("stocktake-scripts").appendingPathComponent("Output")
        let run = PDFTools.run(PDFTools.stocktakeBinary.path, ["build", meeting.path, "--output", out.path])
        #expect(run.status == 0, "\(run.stderr.suffix(800))")
        let packs = (try? FileManager.default.contentsOfDirectory(atPath: out.appendingPathComponent("government/briefing").path)) ?? []
        let cyrillic = FileStem.make("Правительство Канады"), arabic = FileStem.make("حكومة أستراليا")
        #expect(!cyrillic.isEmpty && !arabic.isEmpty && cyrillic != arabic && cyrillic.allSatisfy(\.isASCII))
        #expect(packs.contains(cyrillic + ".pdf") && packs.contains(arabic + ".pdf"), "\(packs.sorted())")
        #expect(!packs.contains(".pdf"))
    }
}

/// Issue 16: a build that waits for another build's lock for more than a few seconds says so,
/// instead of waiting silently. The lock is released only once the message has come (or after a
/// two-minute safety), so the test does not depend on how fast the machine is.
@Suite struct LockWaitTests {
    @Test func aLongWaitIsAnnounced() throws {
        let root = PDFTools.temporaryFolder("stocktake-lockwait")
        let out = root.appendingPathComponent("Output")
        let fd = open(root.appendingPathComponent(".Output.stocktake-lock").path, O_CREAT | O_RDWR, 0o644)
        #expect(fd >= 0)
        #expect(flock(fd, LOCK_EX) == 0)
        let holder = LockHolder(fd)
        DispatchQueue.global().asyncAfter(deadline: .now() + 120) { holder.release() }
        let process = Process()
        process.executableURL = PDFTools.stocktakeBinary
        process.arguments = ["build", ExampleBuild.example.path, "--output", out.path]
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        var collected = Data()
        while true {
            let chunk = err.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            collected.append(chunk)
            if String(decoding: collected, as: UTF8.self).contains("waiting for another build of this folder") { break }
        }
        holder.release()
        collected.append(err.fileHandleForReading.readDataToEndOfFile())
        process.waitUntilExit()
        let text = String(decoding: collected, as: UTF8.self)
        #expect(process.terminationStatus == 0, "\(text.suffix(300))")
        #expect(text.contains("waiting for another build of this folder"))
    }
}

/// A held `flock`, released once from whichever thread comes first.
final class LockHolder: @unchecked Sendable {
    private let lock = NSLock()
    private var fd: Int32?
    init(_ fd: Int32) { self.fd = fd }
    func release() {
        lock.lock(); defer { lock.unlock() }
        if let fd { flock(fd, LOCK_UN); close(fd); self.fd = nil }
    }
}
