import CSystem
import Diagnostics
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes one build's outputs into the output folder so that a reader never sees a half-written
/// PDF or an audience folder that mixes two builds (SPEC 2), and touches nothing else there.
///
/// The build writes into a staging folder beside the output folder (`.Output.stocktake-next`).
/// `commit` then writes a journal into it (`.commit`: each staged entry and its inode), exchanges
/// each owned top-level entry (`public/`, `government/`, `internal/`, `secretariat/`,
/// `changes.txt`) with the output folder's one by `renameat2(RENAME_EXCHANGE)` (or renames it in
/// when there is none), and renames the manifest in last: the manifest is the commit point. Files
/// of the output folder that no build wrote (a README, a log) are never copied, moved or opened.
///
/// A build killed at any moment is finished by the next one (`recover`, before anything else):
/// with a journal, every entry whose inode is not yet in the output folder is swapped in and the
/// manifest renamed; without one, the staging folder is an unfinished build and is removed. A
/// symlinked output folder is written through: the link's target is the folder.
public final class OutputTransaction {
    /// Top-level entries of the output folder that builds own (with `manifest.json`).
    public static let ownedEntries: Set<String> = ["public", "government", "internal", "secretariat", "changes.txt"]
    static let journalName = ".commit"

    public let output: URL
    public let staging: URL
    private let lock: FileLock
    private let fm = FileManager.default
    private var finished = false

    /// Takes the output folder's lock (saying so on stderr when another build holds it), finishes
    /// or removes what a build cut short left, and creates an empty staging folder.
    public init(output: URL, waiting: (() -> Void)? = nil) throws {
        let resolved = output.standardizedFileURL.resolvingSymlinksInPath()
        self.output = resolved
        let parent = resolved.deletingLastPathComponent()
        let name = resolved.lastPathComponent
        staging = parent.appendingPathComponent(".\(name).stocktake-next")
        try fm.createDirectory(at: parent, withIntermediateDirectories: true)
        lock = try FileLock(parent.appendingPathComponent(".\(name).stocktake-lock"), waiting: waiting)
        try recover()
        try fm.createDirectory(at: resolved, withIntermediateDirectories: true)
        try fm.createDirectory(at: staging, withIntermediateDirectories: true)
    }

    deinit {
        if !finished { try? fm.removeItem(at: staging) }
    }

    /// Finishes a commit cut short (a journal is there) or removes an unfinished staging folder;
    /// also removes the retired folder earlier versions of the tool left.
    public func recover() throws {
        let retired = staging.deletingLastPathComponent().appendingPathComponent(
            "." + output.lastPathComponent + ".stocktake-old")
        if fm.fileExists(atPath: retired.path) { try fm.removeItem(at: retired) }
        guard fm.fileExists(atPath: staging.path) else { return }
        if fm.fileExists(atPath: staging.appendingPathComponent(Self.journalName).path) {
            try rollForward()
        } else {
            try fm.removeItem(at: staging)
        }
    }

    /// The staging location of an output path such as `public/report.pdf`, its folder created.
    public func stagedURL(_ relativePath: String) throws -> URL {
        let url = staging.appendingPathComponent(relativePath)
        try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        return url
    }

    /// The previous build's file at `relativePath`, if there is one.
    public func previousURL(_ relativePath: String) -> URL? {
        let url = output.appendingPathComponent(relativePath)
        return fm.fileExists(atPath: url.path) ? url : nil
    }

    /// Keeps the previous build's version of an output that could not be rebuilt (`--keep-going`)
    /// or was not asked for (`--only`). Returns false when there was none.
    @discardableResult
    public func keepPrevious(_ relativePath: String) throws -> Bool {
        guard let previous = previousURL(relativePath) else { return false }
        try fm.copyItem(at: previous, to: try stagedURL(relativePath))
        return true
    }

    /// Writes a small text file (manifest, change list, CSV) into the staging folder.
    public func write(_ text: String, to relativePath: String) throws {
        try Data(text.utf8).write(to: try stagedURL(relativePath), options: .atomic)
    }

    /// Swaps the staged entries in, the manifest last.
    public func commit() throws {
        let entries = try fm.contentsOfDirectory(atPath: staging.path).filter { $0 != Self.journalName }.sorted()
        var journal = ""
        for e in entries {
            guard let ino = Self.inode(staging.appendingPathComponent(e)) else { continue }
            journal += "\(e)\t\(ino)\n"
        }
        let tmp = staging.appendingPathComponent(Self.journalName + ".tmp")
        try Data(journal.utf8).write(to: tmp)
        Self.sync(tmp)
        guard rename(tmp.path, staging.appendingPathComponent(Self.journalName).path) == 0 else { throw Self.posix() }
        Self.sync(staging)
        try rollForward()
        finished = true
    }

    /// Swaps in every journalled entry not yet in the output folder, then the manifest, then
    /// removes the staging folder (which now holds the previous build's entries).
    private func rollForward() throws {
        let text = (try? String(contentsOf: staging.appendingPathComponent(Self.journalName), encoding: .utf8)) ?? ""
        var manifest: UInt64?
        for line in text.split(separator: "\n") {
            let f = line.split(separator: "\t")
            guard f.count == 2, let ino = UInt64(f[1]) else { continue }
            let name = String(f[0])
            if name == "manifest.json" { manifest = ino; continue }
            let target = output.appendingPathComponent(name)
            if Self.inode(target) == ino { continue }
            let staged = staging.appendingPathComponent(name)
            guard Self.inode(staged) == ino else { continue }
            if Self.exists(target) {
                guard stocktake_exchange_paths(staged.path, target.path) == 0 else { throw Self.posix() }
            } else {
                guard rename(staged.path, target.path) == 0 else { throw Self.posix() }
            }
        }
        let stagedManifest = staging.appendingPathComponent("manifest.json")
        if let manifest, Self.inode(stagedManifest) == manifest {
            guard rename(stagedManifest.path, output.appendingPathComponent("manifest.json").path) == 0 else { throw Self.posix() }
        }
        Self.sync(output)
        try fm.removeItem(at: staging)
    }

    /// Throws the staged outputs away; the output folder is left as it was.
    public func abandon() {
        try? fm.removeItem(at: staging)
        finished = true
    }

    static func inode(_ url: URL) -> UInt64? {
        var st = stat()
        guard lstat(url.path, &st) == 0 else { return nil }
        return UInt64(st.st_ino)
    }

    static func exists(_ url: URL) -> Bool {
        var st = stat()
        return lstat(url.path, &st) == 0
    }

    static func sync(_ url: URL) {
        let fd = open(url.path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return }
        _ = fsync(fd)
        close(fd)
    }

    static func posix() -> POSIXError { POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
}
