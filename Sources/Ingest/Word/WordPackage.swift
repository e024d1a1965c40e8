import Foundation
import ZIPFoundation

/// The container of a `.docx` file: a zip archive of XML parts (ECMA-376 part 2). The only file
/// that imports ZIPFoundation. Reads the parts the note reader needs, within limits, so that a
/// renamed `.doc`, a password-protected document, a corrupt archive or a zip bomb is a
/// diagnostic and never a crash or an exhausted machine.
struct WordPackage {
    /// Largest uncompressed part read, and largest total: a note's `document.xml` is tens of KB.
    static let maximumPartBytes = 16 * 1024 * 1024
    static let maximumTotalBytes = 48 * 1024 * 1024
    static let maximumEntries = 2_000

    enum Failure: Error, CustomStringConvertible {
        case oldWordFormat
        case notAZip
        case corrupt(String)
        case missingPart(String)
        case tooLarge(String)
        case encrypted

        var description: String {
            switch self {
            case .oldWordFormat:
                return "is not a Word (.docx) file: it is an older Word (.doc) file or a password-protected document"
            case .notAZip: return "is not a Word (.docx) file: it is not a zip archive"
            case .corrupt(let why): return "is a damaged Word (.docx) file: \(why)"
            case .missingPart(let part): return "is not a Word (.docx) document: it has no '\(part)'"
            case .tooLarge(let part): return "unpacks to more than \(WordPackage.maximumTotalBytes / 1024 / 1024) MB (at '\(part)'): not read"
            case .encrypted: return "is a damaged or encrypted zip archive: no part of it can be read"
            }
        }

        var hint: String {
            switch self {
            case .oldWordFormat: return "open it in Word or LibreOffice, remove any password, and save it as Word Document (.docx)"
            default: return "open it in Word or LibreOffice and save it again as Word Document (.docx)"
            }
        }
    }

    private let archive: Archive
    private var budget = WordPackage.maximumTotalBytes

    init(data: Data) throws(Failure) {
        // An OLE compound file: Word 97–2003, or OOXML encrypted with a password (ECMA-376 part 2 §13).
        if data.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { throw .oldWordFormat }
        guard data.starts(with: [0x50, 0x4B]) else { throw .notAZip }
        // Through a file, not ZIPFoundation's in-memory archive: its memory file traps when a
        // damaged directory seeks past the end (found by Fuzz/FuzzWord); a real file reads 0 bytes.
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("stocktake-\(UUID().uuidString).docx")
        do {
            try data.write(to: file, options: .withoutOverwriting)
            defer { try? FileManager.default.removeItem(at: file) }
            archive = try Archive(url: file, accessMode: .read)  // keeps its FILE* open: the unlink is safe
        } catch {
            try? FileManager.default.removeItem(at: file)
            throw .corrupt("its zip directory cannot be read")
        }
        var count = 0
        var names: Set<String> = []
        for entry in archive {
            count += 1
            if count > Self.maximumEntries { throw .corrupt("it holds more than \(Self.maximumEntries) parts") }
            // Two parts of one name: programs differ on which one they show.
            if !names.insert(entry.path.lowercased()).inserted { throw .corrupt("it holds two parts named '\(entry.path)'") }
        }
        // ZIPFoundation skips encrypted entries when it lists them: the main part then looks missing.
        guard archive["word/document.xml"] != nil || archive["[Content_Types].xml"] != nil else {
            throw count == 0 ? .encrypted : .missingPart("word/document.xml")
        }
    }

    /// Whether the archive holds `path`.
    func has(_ path: String) -> Bool { archive[path] != nil }

    /// Part names under `prefix` (e.g. `word/header`), sorted.
    func parts(prefix: String) -> [String] {
        archive.map(\.path).filter { $0.hasPrefix(prefix) }.sorted()
    }

    /// The bytes of a part, or nil when the archive has no such part. Counts against the budget
    /// as it inflates, so a part that lies about its size is stopped at the limit.
    mutating func read(_ path: String) throws(Failure) -> Data? {
        guard let entry = archive[path] else { return nil }
        var out = Data()
        let limit = min(Self.maximumPartBytes, budget)
        do {
            _ = try archive.extract(entry, bufferSize: 64 * 1024, skipCRC32: false) { chunk in
                if out.count + chunk.count > limit { throw Failure.tooLarge(path) }
                out.append(chunk)
            }
        } catch let failure as Failure {
            throw failure
        } catch {
            throw .corrupt("its part '\(path)' cannot be unpacked")
        }
        budget -= out.count
        return out
    }
}
