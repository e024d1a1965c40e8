import Foundation
#if canImport(Glibc)
import Glibc
#endif

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
    /// What under `folder` cannot be read as an input (SPEC 2): an unreadable folder, a link
    /// to a folder or out of the meeting folder, a FIFO, socket or device — each with why.
    func problems(under folder: String) -> [(path: String, why: String)]
}

/// A meeting folder on disk.
extension MeetingSource {
    public func problems(under folder: String) -> [(path: String, why: String)] { [] }
}

/// Reads a meeting folder from disk, confined to it (SPEC 2): a file is read only when it is a
/// regular file whose real path lies inside the folder, checked before it is opened, so that a
/// FIFO never hangs a build and a link never reads `/etc/shadow`.
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
        let file = url(path)
        let real = file.resolvingSymlinksInPath().path
        let rootReal = root.resolvingSymlinksInPath().path
        guard real.hasPrefix(rootReal + "/") else { throw SourceError.outsideRoot(real) }
        var st = stat()
        guard stat(real, &st) == 0 else { throw SourceError.unreadable(String(cString: strerror(errno))) }
        guard (st.st_mode & S_IFMT) == S_IFREG else { throw SourceError.notRegular }
        return try Data(contentsOf: URL(fileURLWithPath: real))
    }

    public func problems(under folder: String) -> [(path: String, why: String)] {
        var out: [(String, String)] = []
        let base = url(folder)
        let rootReal = root.resolvingSymlinksInPath().path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: base.path, isDirectory: &isDirectory) else { return [] }
        func visit(_ dir: URL, relative: String) {
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir.path) else {
                out.append((relative, "the folder cannot be read (permission denied?); its notes would be missing"))
                return
            }
            for name in names.sorted() where !name.hasPrefix(".") {
                let child = dir.appendingPathComponent(name)
                let rel = relative + "/" + name
                var st = stat()
                guard lstat(child.path, &st) == 0 else { out.append((rel, "cannot be examined")); continue }
                switch st.st_mode & S_IFMT {
                case S_IFDIR: visit(child, relative: rel)
                case S_IFREG: continue
                case S_IFLNK:
                    let real = child.resolvingSymlinksInPath().path
                    var target = stat()
                    if stat(real, &target) != 0 { out.append((rel, "is a link to nothing")) }
                    else if !real.hasPrefix(rootReal + "/") { out.append((rel, "is a link to '\(real)', outside the meeting folder")) }
                    else if (target.st_mode & S_IFMT) == S_IFDIR { out.append((rel, "is a link to a folder, which is not followed")) }
                    else if (target.st_mode & S_IFMT) != S_IFREG { out.append((rel, "is a link to something that is not a regular file")) }
                default: out.append((rel, "is not a regular file (a FIFO, socket or device)"))
                }
            }
        }
        if isDirectory.boolValue { visit(base, relative: folder) }
        return out
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

/// Why a file of the meeting folder was not read.
enum SourceError: Error, CustomStringConvertible {
    case outsideRoot(String)
    case notRegular
    case unreadable(String)

    var description: String {
        switch self {
        case .outsideRoot(let p): return "it resolves to '\(p)', outside the meeting folder"
        case .notRegular: return "it is not a regular file (a folder, FIFO, socket or device)"
        case .unreadable(let why): return why
        }
    }
}
