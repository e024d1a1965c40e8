import Foundation

/// All reading of a meeting folder goes through this: the disk in the tool, memory in the tests.
/// Paths are relative to the meeting folder, with `/` separators.
public protocol MeetingSource: Sendable {
    /// A human-readable name of the folder, for messages.
    var name: String { get }
    /// Whether a regular file exists at `path`.
    func fileExists(_ path: String) -> Bool
    /// The size in bytes of the file at `path`, or nil if there is none.
    func size(of path: String) -> Int?
    /// The bytes of the file at `path`; throws if it cannot be read.
    func read(_ path: String) throws -> Data
    /// Every regular file under `folder` (recursively), as paths relative to the meeting folder,
    /// sorted. Empty if there is no such folder.
    func files(under folder: String) -> [String]
}

/// A meeting folder on disk.
public struct DiskMeetingSource: MeetingSource {
    public let root: URL

    public init(root: URL) { self.root = root.standardizedFileURL }

    public var name: String { root.path }

    private func url(_ path: String) -> URL { root.appendingPathComponent(path) }

    public func fileExists(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url(path).path, isDirectory: &isDirectory) && !isDirectory.boolValue
    }

    public func size(of path: String) -> Int? {
        guard fileExists(path),
              let attributes = try? FileManager.default.attributesOfItem(atPath: url(path).path) else { return nil }
        return (attributes[.size] as? NSNumber)?.intValue
    }

    public func read(_ path: String) throws -> Data {
        try Data(contentsOf: url(path))
    }

    public func files(under folder: String) -> [String] {
        let base = url(folder)
        guard let enumerator = FileManager.default.enumerator(
            at: base, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles]) else { return [] }
        var result: [String] = []
        let rootPath = root.path.hasSuffix("/") ? root.path : root.path + "/"
        for case let file as URL in enumerator {
            guard (try? file.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else { continue }
            let full = file.standardizedFileURL.path
            if full.hasPrefix(rootPath) { result.append(String(full.dropFirst(rootPath.count))) }
        }
        return result.sorted()
    }
}
