import Diagnostics

/// Splits a `---` fenced YAML front-matter block off the top of a Markdown file. The body keeps
/// the file's line numbering: the front matter's lines are replaced by empty lines, so that
/// cmark's source positions are positions in the original file.
///
/// Works on the UTF-8 bytes and copies only the front matter and the body once: splitting the
/// whole file into lines (or into `Character`s, where "\r\n" is one character) cost 2 % of a
/// render and missed the closing fence of CRLF files.
enum FrontMatterSplitter {
    struct Split {
        var frontMatter: String?
        /// 1-based line of the first line inside the fences.
        var frontMatterLine: Int
        var body: String
    }

    static func split(_ file: SourceFile, diagnostics: inout DiagnosticBag) -> Split {
        var bytes = Array(file.text.utf8)[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        guard let first = nextLine(bytes, from: bytes.startIndex), first.next > first.end,
              content(bytes, first).elementsEqual("---".utf8) else {
            return Split(frontMatter: nil, frontMatterLine: 0, body: String(decoding: bytes, as: UTF8.self))
        }
        var yamlLines: [ArraySlice<UInt8>] = []
        var lineCount = 1
        var next = first.next
        while let line = nextLine(bytes, from: next) {
            lineCount += 1
            let text = content(bytes, line)
            if text.elementsEqual("---".utf8) || text.elementsEqual("...".utf8) {
                let yaml = yamlLines.map { String(decoding: $0, as: UTF8.self) }.joined(separator: "\n")
                // The fence lines and the front matter become empty lines; a closing fence at the
                // very end of the file has no newline after it.
                let newlines = line.next > line.end ? lineCount : lineCount - 1
                let body = String(repeating: "\n", count: newlines) + String(decoding: bytes[line.next...], as: UTF8.self)
                return Split(frontMatter: yaml, frontMatterLine: 2, body: body)
            }
            yamlLines.append(text)
            next = line.next
        }
        diagnostics.error(.badFrontMatter, at: SourceSpan(path: file.path, line: 1, column: 1),
                          "front matter opened with '---' is never closed",
                          hint: "end it with a line holding only '---'")
        return Split(frontMatter: nil, frontMatterLine: 0, body: String(decoding: bytes, as: UTF8.self))
    }

    /// A line of `bytes` starting at `start`: where it ends (before its "\n") and where the next
    /// begins; nil past the end.
    private static func nextLine(_ bytes: ArraySlice<UInt8>, from start: Int) -> (start: Int, end: Int, next: Int)? {
        guard start < bytes.endIndex else { return nil }
        let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.endIndex
        return (start, end, min(end + 1, bytes.endIndex))
    }

    /// A line's bytes without a trailing "\r".
    private static func content(_ bytes: ArraySlice<UInt8>, _ line: (start: Int, end: Int, next: Int)) -> ArraySlice<UInt8> {
        var end = line.end
        if end > line.start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return bytes[line.start..<end]
    }
}
