import Diagnostics
import Foundation

/// Turns a file's bytes into a `SourceFile`, or a diagnostic: not UTF-8 (binary files included),
/// too large. A leading UTF-8 byte-order mark is dropped.
enum TextDecoder {
    /// Largest file read at all; a larger one is reported, not parsed (a 50 MB note is an accident).
    static let maximumBytes = 4 * 1024 * 1024

    /// Reads and decodes `path` from `source`; nil (with a diagnostic) when it cannot.
    static func load(_ path: String, from source: MeetingSource, diagnostics: inout DiagnosticBag,
                     limit: Int = maximumBytes) -> SourceFile? {
        if let size = source.size(of: path), size > limit {
            diagnostics.error(.fileTooLarge, at: .file(path),
                              "file is \(size / 1024) KB; files over \(limit / 1024) KB are not read")
            return nil
        }
        let data: Data
        do { data = try source.read(path) } catch {
            diagnostics.error(.unreadableFile, at: .file(path), "cannot read file: \((error as? CustomStringConvertible)?.description ?? error.localizedDescription)")
            return nil
        }
        if data.count > limit {
            diagnostics.error(.fileTooLarge, at: .file(path),
                              "file is \(data.count / 1024) KB; files over \(limit / 1024) KB are not read")
            return nil
        }
        return decode(path: path, data: data, diagnostics: &diagnostics)
    }

    /// Decodes bytes as UTF-8, reporting the first invalid byte (or NUL: a binary file) at its line.
    static func decode(path: String, data: Data, diagnostics: inout DiagnosticBag) -> SourceFile? {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if let bad = firstInvalidByte(bytes) {
            let valid = SourceFile(path: path, text: String(decoding: bytes[..<bad], as: UTF8.self))
            let where_ = valid.location(ofByte: Int.max)
            let what = bytes[bad] == 0 ? "a NUL byte (is this a binary file?)" : String(format: "byte 0x%02X", bytes[bad])
            diagnostics.error(.notUTF8, at: SourceSpan(path: path, start: where_),
                              "file is not UTF-8 text: \(what)", hint: "save the file as UTF-8")
            return nil
        }
        return SourceFile(path: path, text: String(decoding: normalisingLineEnds(bytes), as: UTF8.self))
    }

    /// CRLF and a lone CR (old Mac files) become LF, so that every reader (the CSV reader,
    /// cmark, Yams) counts the lines the editor shows and the positions they report agree
    /// (found by fuzzing: a lone CR made cmark's lines run past the file's).
    static func normalisingLineEnds(_ bytes: [UInt8]) -> [UInt8] {
        guard bytes.contains(0x0D) else { return bytes }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0x0D {
                out.append(0x0A)
                if i + 1 < bytes.count, bytes[i + 1] == 0x0A { i += 1 }
            } else {
                out.append(bytes[i])
            }
            i += 1
        }
        return out
    }

    /// Index of the first byte that is not part of valid UTF-8, or a NUL.
    static func firstInvalidByte(_ b: [UInt8]) -> Int? {
        var i = 0
        let n = b.count
        while i < n {
            let c = b[i]
            if c == 0 { return i }
            if c < 0x80 { i += 1; continue }
            let length: Int
            var minimum: UInt32
            var scalar: UInt32
            if c & 0xE0 == 0xC0 { length = 2; scalar = UInt32(c & 0x1F); minimum = 0x80 }
            else if c & 0xF0 == 0xE0 { length = 3; scalar = UInt32(c & 0x0F); minimum = 0x800 }
            else if c & 0xF8 == 0xF0 { length = 4; scalar = UInt32(c & 0x07); minimum = 0x10000 }
            else { return i }
            guard i + length <= n else { return i }
            for k in 1..<length {
                let cc = b[i + k]
                guard cc & 0xC0 == 0x80 else { return i }
                scalar = scalar << 6 | UInt32(cc & 0x3F)
            }
            if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) { return i }
            i += length
        }
        return nil
    }
}
