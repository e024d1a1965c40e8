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

    /// The name diagnostics give a document read from standard input (`render -`); its images
    /// are looked up from the current folder.
    public static let standardInputName = "<stdin>"

    /// The document on standard input, read to its end (up to the file-size limit).
    public static func loadStandardInput() -> (SourceFile?, DiagnosticBag) {
        var bag = DiagnosticBag()
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while data.count <= TextDecoder.maximumBytes {
            let n = buffer.withUnsafeMutableBytes { read(0, $0.baseAddress, $0.count) }
            if n < 0, errno == EINTR { continue }
            if n < 0 {
                bag.error(.unreadableFile, at: .file(standardInputName), "cannot read standard input: \(String(cString: strerror(errno)))")
                return (nil, bag)
            }
            if n == 0 { break }
            data.append(contentsOf: buffer[0..<n])
        }
        if data.count > TextDecoder.maximumBytes {
            bag.error(.fileTooLarge, at: .file(standardInputName), "standard input is over \(TextDecoder.maximumBytes / 1024) KB; larger documents are not read")
            return (nil, bag)
        }
        let file = TextDecoder.decode(path: standardInputName, data: data, diagnostics: &bag)
        return (file, bag)
    }
}
