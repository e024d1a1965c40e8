import Diagnostics
import Foundation

/// Reads a Word file's bytes from the meeting folder, within a size limit larger than a text
/// file's (a note with a pasted photo is still a note).
enum WordFileLoader {
    static let maximumBytes = 32 * 1024 * 1024

    static func load(_ path: String, from source: MeetingSource, diagnostics: inout DiagnosticBag) -> Data? {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        if name.hasPrefix("~$") {
            diagnostics.error(.unreadableFile, at: .file(path), "'\(path)' is the lock file Word keeps while a document is open",
                              hint: "close the document in Word (the lock file goes with it), then build again")
            return nil
        }
        if let size = source.size(of: path), size > maximumBytes {
            diagnostics.error(.fileTooLarge, at: .file(path),
                              "file is \(size / 1024) KB; Word files over \(maximumBytes / 1024) KB are not read")
            return nil
        }
        do {
            let data = try source.read(path)
            guard data.count <= maximumBytes else {
                diagnostics.error(.fileTooLarge, at: .file(path),
                                  "file is \(data.count / 1024) KB; Word files over \(maximumBytes / 1024) KB are not read")
                return nil
            }
            return data
        } catch {
            diagnostics.error(.unreadableFile, at: .file(path), "cannot read file: \((error as? CustomStringConvertible)?.description ?? error.localizedDescription)")
            return nil
        }
    }
}
