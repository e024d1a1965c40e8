/// Inline text of a paragraph, heading or cell: plain text, emphasis, links and line breaks.
public indirect enum Run: Hashable, Sendable {
    case text(String)
    case strong([Run])
    case emphasis([Run])
    /// A link to a URL (`https://…`, `mailto:…`).
    case link(url: String, [Run])
    /// Code: set in the sans.
    case code(String)
    /// A forced line break inside the paragraph.
    case lineBreak
    /// A quiet sans tag after the text, e.g. "5 of 6 regions · 3 of 4 groups".
    case tag(String)
    /// Struck-out text.
    case strikethrough([Run])
    /// A raised, smaller mark: a footnote's number.
    case superscript(String)
}

extension Run {
    /// The text a reader sees.
    public var plainText: String {
        switch self {
        case .text(let s), .code(let s), .tag(let s), .superscript(let s): return s
        case .strong(let c), .emphasis(let c), .link(_, let c), .strikethrough(let c): return c.plainText
        case .lineBreak: return "\n"
        }
    }
}

extension Array where Element == Run {
    /// The concatenated plain text of a run list.
    public var plainText: String { map(\.plainText).joined() }
}
