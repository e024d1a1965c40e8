import Diagnostics

/// Inline content of a Markdown block, as libcmark-gfm parsed it: text with emphasis, links and
/// breaks. Kept as a tree so that rewriting (Disclosure) and typesetting keep the markup.
public indirect enum Inline: Hashable, Sendable {
    case text(String)
    case emphasis([Inline])
    case strong([Inline])
    case code(String)
    case link(destination: String, [Inline])
    /// An image: its source as written, and its alt text. Only `render` draws images (a
    /// paragraph holding one image alone); everywhere else an image is its alt text.
    case image(source: String, [Inline])
    /// A hard line break (two spaces or a backslash at the end of a line).
    case lineBreak
    /// A soft line break: a newline inside a paragraph, typeset as a space.
    case softBreak
    /// Struck-out text (`~~text~~`; documents of `render` only).
    case strikethrough([Inline])
    /// A reference to a footnote (`[^note]`), by its number (documents of `render` only).
    case footnoteReference(String)
}

extension Inline {
    /// The text a reader sees, markup dropped, soft breaks as spaces and hard breaks as newlines.
    public var plainText: String {
        switch self {
        case .text(let s), .code(let s): return s
        case .emphasis(let c), .strong(let c), .link(_, let c), .image(_, let c), .strikethrough(let c): return c.plainText
        case .lineBreak: return "\n"
        case .softBreak: return " "
        case .footnoteReference(let n): return n
        }
    }
}

extension Array where Element == Inline {
    /// The concatenated plain text of a run of inlines.
    public var plainText: String { map(\.plainText).joined() }
}

/// A block of a Markdown file, with the span where it starts.
public indirect enum MarkdownBlock: Hashable, Sendable {
    case heading(level: Int, [Inline], SourceSpan)
    case paragraph([Inline], SourceSpan)
    case list(MarkdownList, SourceSpan)
    case blockQuote([MarkdownBlock], SourceSpan)
    case table(MarkdownTable, SourceSpan)
    case codeBlock(String, SourceSpan)
    case thematicBreak(SourceSpan)
    /// Raw HTML (block or inline): the meeting reader reports it as an error.
    case html(String, SourceSpan)
    /// A footnote's text (`[^note]: …`), by its number (documents of `render` only).
    case footnoteDefinition(String, [MarkdownBlock], SourceSpan)

    public var span: SourceSpan {
        switch self {
        case .heading(_, _, let s), .paragraph(_, let s), .list(_, let s), .blockQuote(_, let s),
             .table(_, let s), .codeBlock(_, let s), .thematicBreak(let s), .html(_, let s), .footnoteDefinition(_, _, let s):
            return s
        }
    }
}

/// A bullet or ordered list.
public struct MarkdownList: Hashable, Sendable {
    public var ordered: Bool
    public var start: Int
    public var items: [MarkdownListItem]
    public init(ordered: Bool, start: Int, items: [MarkdownListItem]) {
        self.ordered = ordered; self.start = start; self.items = items
    }
}

/// One list item: its blocks (usually a paragraph, perhaps a nested list), and for a task list
/// item (`- [x] done`, documents of `render` only) whether it is checked.
public struct MarkdownListItem: Hashable, Sendable {
    public var blocks: [MarkdownBlock]
    public var span: SourceSpan
    public var checked: Bool?
    public init(blocks: [MarkdownBlock], span: SourceSpan, checked: Bool? = nil) {
        self.blocks = blocks; self.span = span; self.checked = checked
    }
}

/// A GitHub-style table: a header row and body rows of cells.
public struct MarkdownTable: Hashable, Sendable {
    public enum Alignment: Hashable, Sendable { case none, left, center, right }
    public var alignments: [Alignment]
    public var header: [[Inline]]
    public var rows: [[[Inline]]]
    public init(alignments: [Alignment], header: [[Inline]], rows: [[[Inline]]]) {
        self.alignments = alignments; self.header = header; self.rows = rows
    }
}

/// A parsed Markdown file: its YAML front matter (raw text and the line it starts on) and blocks.
public struct MarkdownDocument: Hashable, Sendable {
    public var path: String
    /// The YAML between the `---` fences, if any, and the 1-based line of its first line.
    public var frontMatter: (text: String, line: Int)? {
        get { frontMatterText.map { ($0, frontMatterLine) } }
        set { frontMatterText = newValue?.text; frontMatterLine = newValue?.line ?? 0 }
    }
    public var frontMatterText: String?
    public var frontMatterLine: Int
    public var blocks: [MarkdownBlock]

    public init(path: String, frontMatterText: String?, frontMatterLine: Int, blocks: [MarkdownBlock]) {
        self.path = path; self.frontMatterText = frontMatterText
        self.frontMatterLine = frontMatterLine; self.blocks = blocks
    }
}

extension MarkdownDocument {
    /// The plain text of its first heading, if any (a document's title when the front matter has none).
    public var firstHeading: String? {
        for block in blocks {
            if case .heading(_, let inlines, _) = block { return inlines.plainText }
        }
        return nil
    }
}
