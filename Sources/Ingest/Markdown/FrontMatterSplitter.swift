import Diagnostics

/// Splits a `---` fenced YAML front-matter block off the top of a Markdown file. The body keeps
/// the file's line numbering: the front matter's lines are replaced by empty lines, so that
/// cmark's source positions are positions in the original file.
enum FrontMatterSplitter {
    struct Split {
        var frontMatter: String?
        /// 1-based line of the first line inside the fences.
        var frontMatterLine: Int
        var body: String
    }

    static func split(_ file: SourceFile, diagnostics: inout DiagnosticBag) -> Split {
        var text = Substring(file.text)
        if text.hasPrefix("\u{FEFF}") { text = text.dropFirst() }
        guard text.hasPrefix("---\n") || text.hasPrefix("---\r\n") else {
            return Split(frontMatter: nil, frontMatterLine: 0, body: String(text))
        }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 1..<lines.count {
            let line = lines[index].hasSuffix("\r") ? lines[index].dropLast() : lines[index]
            if line == "---" || line == "..." {
                let yaml = lines[1..<index].map { $0.hasSuffix("\r") ? String($0.dropLast()) : String($0) }
                    .joined(separator: "\n")
                for blank in 0...index { lines[blank] = "" }
                return Split(frontMatter: yaml, frontMatterLine: 2, body: lines.joined(separator: "\n"))
            }
        }
        diagnostics.error(.badFrontMatter, at: SourceSpan(path: file.path, line: 1, column: 1),
                          "front matter opened with '---' is never closed",
                          hint: "end it with a line holding only '---'")
        return Split(frontMatter: nil, frontMatterLine: 0, body: String(text))
    }
}
