import Foundation
import Ingest

/// A meeting folder held in memory, for tests: paths relative to the folder → bytes.
public struct MeetingMemorySource: MeetingSource {
    public var files: [String: Data]

    public init(files: [String: Data]) { self.files = files }

    /// A folder of UTF-8 text files.
    public init(texts: [String: String]) {
        self.files = texts.mapValues { Data($0.utf8) }
    }

    public var name: String { "(in memory)" }
    public func fileExists(_ path: String) -> Bool { files[path] != nil }
    public func size(of path: String) -> Int? { files[path]?.count }

    public func read(_ path: String) throws -> Data {
        guard let data = files[path] else { throw CocoaError(.fileNoSuchFile) }
        return data
    }

    public func files(under folder: String) -> [String] {
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        return files.keys.filter { $0.hasPrefix(prefix) }.sorted()
    }

    /// A copy with `path` replaced by `text` (nil removes the file).
    public func with(_ path: String, _ text: String?) -> MeetingMemorySource {
        var copy = self
        copy.files[path] = text.map { Data($0.utf8) }
        return copy
    }

    /// A copy with `path` replaced by raw bytes.
    public func with(_ path: String, bytes: Data) -> MeetingMemorySource {
        var copy = self
        copy.files[path] = bytes
        return copy
    }

    /// A copy whose `path` has its 1-based `line` replaced by `text`.
    public func replacingLine(_ line: Int, of path: String, with text: String) -> MeetingMemorySource {
        var lines = String(decoding: files[path] ?? Data(), as: UTF8.self).components(separatedBy: "\n")
        lines[line - 1] = text
        return with(path, lines.joined(separator: "\n"))
    }
}
