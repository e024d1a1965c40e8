import CSystem
import Diagnostics
import Foundation

/// Writes one build's outputs so that they appear in the output folder all at once (SPEC 2).
///
/// The build writes into a staging folder beside the output folder (`.Output.stocktake-next`),
/// then `commit` copies in the files that no build wrote (a README), writes the manifest and the
/// change list, and exchanges the two folders with one `renameat2(RENAME_EXCHANGE)`: a reader
/// sees the old tree or the new one, never a mix. A process killed at any moment leaves the output
/// folder as a successful build left it; the next transaction removes the leftovers first
/// (`recover`), before anything else.
public final class OutputTransaction {
    /// Entries of the output folder that builds own; everything else is carried over untouched.
    public static let ownedEntries: Set<String> = ["public", "government", "internal", "manifest.json", "changes.txt"]

    public let output: URL
    public let staging: URL
    private let retired: URL
    private let lock: FileLock
    private let fm = FileManager.default
    private var finished = false

    /// Takes the output folder's lock, recovers from a build cut short, and creates an empty
    /// staging folder.
    public init(output: URL) throws {
        self.output = output.standardizedFileURL
        let parent = self.output.deletingLastPathComponent()
        let name = self.output.lastPathComponent
        staging = parent.appendingPathComponent(".\(name).stocktake-next")
        retired = parent.appendingPathComponent(".\(name).stocktake-old")
        try fm.createDirectory(at: parent, withIntermediateDirectories: true)
        lock = try FileLock(parent.appendingPathComponent(".\(name).stocktake-lock"))
        try recover()
        try fm.createDirectory(at: staging, withIntermediateDirectories: true)
    }

    deinit {
        if !finished { try? fm.removeItem(at: staging) }
    }

    /// Removes what an interrupted build left: a staging folder never swapped in (the output
    /// folder still holds the previous build), or the previous build swapped out but not yet
    /// deleted (the output folder already holds the new one).
    public func recover() throws {
        for leftover in [staging, retired] where fm.fileExists(atPath: leftover.path) {
            try fm.removeItem(at: leftover)
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

    /// Keeps the previous build's version of an output that could not be rebuilt (`--keep-going`).
    /// Returns false when there was none.
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

    /// Swaps the staging folder in as the output folder, carrying over files no build wrote.
    public func commit() throws {
        if fm.fileExists(atPath: output.path) {
            for entry in try fm.contentsOfDirectory(atPath: output.path) where !Self.ownedEntries.contains(entry) {
                let target = staging.appendingPathComponent(entry)
                if !fm.fileExists(atPath: target.path) {
                    try fm.copyItem(at: output.appendingPathComponent(entry), to: target)
                }
            }
            guard stocktake_exchange_paths(staging.path, output.path) == 0 else {
                throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
            }
            try fm.moveItem(at: staging, to: retired)
            try fm.removeItem(at: retired)
        } else {
            try fm.moveItem(at: staging, to: output)
        }
        finished = true
    }

    /// Throws the staged outputs away; the output folder is left as it was.
    public func abandon() {
        try? fm.removeItem(at: staging)
        finished = true
    }
}
