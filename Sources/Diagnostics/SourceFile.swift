import Foundation

/// One input file's text and a line index, so that byte offsets (as cmark and the CSV reader
/// give them) become the 1-based line and column (in Unicode scalars) that diagnostics print.
public final class SourceFile: Sendable {
    /// Path relative to the meeting folder (or as given on the command line for `render`).
    public let path: String
    /// The decoded text of the file.
    public let text: String
    /// UTF-8 byte offset at which each line starts.
    private let lineStarts: [Int]
    private let utf8: [UInt8]

    public init(path: String, text: String) {
        self.path = path
        self.text = text
        let bytes = Array(text.utf8)
        self.utf8 = bytes
        var starts = [0]
        for (i, b) in bytes.enumerated() where b == UInt8(ascii: "\n") { starts.append(i + 1) }
        self.lineStarts = starts
    }

    /// Number of lines (a final line without a newline counts).
    public var lineCount: Int { lineStarts.count }

    /// The 1-based line and scalar column of a UTF-8 byte offset into `text`.
    public func location(ofByte offset: Int) -> SourceLocation {
        let off = max(0, min(offset, utf8.count))
        var lo = 0, hi = lineStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lineStarts[mid] <= off { lo = mid } else { hi = mid - 1 }
        }
        return SourceLocation(line: lo + 1, column: scalarColumn(lineIndex: lo, byteInLine: off - lineStarts[lo]))
    }

    /// Converts a 1-based line and 1-based *byte* column (cmark's convention) to a location whose
    /// column counts Unicode scalars.
    public func location(line: Int, byteColumn: Int) -> SourceLocation {
        guard line >= 1, line <= lineStarts.count else { return SourceLocation(line: max(1, line), column: max(1, byteColumn)) }
        return SourceLocation(line: line, column: scalarColumn(lineIndex: line - 1, byteInLine: max(0, byteColumn - 1)))
    }

    /// The UTF-8 byte offset of the start of a 1-based line.
    public func byteOffset(ofLine line: Int) -> Int {
        guard line >= 1 else { return 0 }
        return line <= lineStarts.count ? lineStarts[line - 1] : utf8.count
    }

    /// The text of a 1-based line, without its line terminator.
    public func lineText(_ line: Int) -> String {
        guard line >= 1, line <= lineStarts.count else { return "" }
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] - 1 : utf8.count
        if end > start, utf8[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return String(decoding: utf8[start..<max(start, end)], as: UTF8.self)
    }

    private func scalarColumn(lineIndex: Int, byteInLine: Int) -> Int {
        let start = lineStarts[lineIndex]
        let end = min(utf8.count, start + byteInLine)
        var column = 1
        var i = start
        while i < end {
            // Count lead bytes only: one per Unicode scalar.
            if utf8[i] & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        return column
    }
}

/// A 1-based line and column (in Unicode scalars).
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    public init(line: Int, column: Int) { self.line = line; self.column = column }
    public static func < (a: Self, b: Self) -> Bool { (a.line, a.column) < (b.line, b.column) }
    public var description: String { "\(line):\(column)" }
}
