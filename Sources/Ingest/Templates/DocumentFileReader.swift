import Diagnostics
import Document
import Foundation

/// Reads a document given on the command line (`stocktake render DOC.md`): a missing file, an
/// unreadable one or one that is not UTF-8 is a diagnostic at that path.
public enum DocumentFileReader {
    /// The decoded file, or nil with a diagnostic.
    public static func load(_ path: String) -> (SourceFile?, DiagnosticBag) {
        var bag = DiagnosticBag()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            bag.error(.missingFile, at: .file(path), "no such file")
            return (nil, bag)
        }
        guard !isDirectory.boolValue, let data = FileManager.default.contents(atPath: path) else {
            bag.error(.unreadableFile, at: .file(path), isDirectory.boolValue ? "is a folder, not a Markdown file" : "cannot read file")
            return (nil, bag)
        }
        if data.count > TextDecoder.maximumBytes {
            bag.error(.fileTooLarge, at: .file(path), "file is \(data.count / 1024) KB; files over \(TextDecoder.maximumBytes / 1024) KB are not read")
            return (nil, bag)
        }
        let file = TextDecoder.decode(path: path, data: data, diagnostics: &bag)
        return (file, bag)
    }
}
