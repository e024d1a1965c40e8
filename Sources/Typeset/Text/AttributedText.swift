import Document

/// Text ready for shaping: a string and attribute ranges over its UTF-8 bytes (what Pango takes).
/// Built from a document's runs without any markup string, so nothing needs escaping.
struct AttributedText: Hashable, Sendable {
    /// One attribute over a byte range.
    struct Attribute: Hashable, Sendable {
        enum Kind: Hashable, Sendable {
            case bold, italic, underline, strikethrough
            /// Raised by this many points (a footnote mark).
            case rise(Double)
            case family(String)
            case size(Double)
            case colour(Colour)
            case features(String)
        }
        var kind: Kind
        var start: Int
        var end: Int
    }

    /// A link over a byte range.
    struct Link: Hashable, Sendable { var url: String; var start: Int; var end: Int }

    var text: String = ""
    var attributes: [Attribute] = []
    var links: [Link] = []
    /// The byte offsets of the spaces just before tags: where a justified paragraph ends its
    /// text's last line instead when the tag goes to a line of its own (`ShapedParagraph`).
    var spacesBeforeTags: [Int] = []

    var byteCount: Int { text.utf8.count }

    mutating func append(_ s: String) { text += s }

    /// Builds attributed text from runs in a style; `accent` colours links and tags' family.
    /// `hyphenator` puts soft hyphens at the break points of plain text runs (not code, not tags).
    init(_ runs: [Run], style: TextStyle, tagStyle: TextStyle? = nil, accent: Colour = .defaultAccent, tabular: Bool = false,
         hyphenator: Hyphenator? = nil) {
        appendRuns(runs, style: style, tagStyle: tagStyle, accent: accent, hyphenator: hyphenator)
        if tabular { attributes.append(Attribute(kind: .features("tnum"), start: 0, end: byteCount)) }
        markArabic(bodySize: style.size)
    }

    init(plain: String) { text = plain; markArabic(bodySize: nil) }

    private mutating func appendRuns(_ runs: [Run], style: TextStyle, tagStyle: TextStyle?, accent: Colour,
                                     hyphenator: Hyphenator? = nil) {
        for run in runs {
            let start = byteCount
            switch run {
            case .text(let s): append(hyphenator?.hyphenate(s) ?? s)
            case .strong(let c):
                appendRuns(c, style: style, tagStyle: tagStyle, accent: accent, hyphenator: hyphenator)
                attributes.append(Attribute(kind: .bold, start: start, end: byteCount))
            case .emphasis(let c):
                appendRuns(c, style: style, tagStyle: tagStyle, accent: accent, hyphenator: hyphenator)
                attributes.append(Attribute(kind: .italic, start: start, end: byteCount))
            case .link(let url, let c):
                appendRuns(c, style: style, tagStyle: tagStyle, accent: accent, hyphenator: hyphenator)
                attributes.append(Attribute(kind: .colour(accent), start: start, end: byteCount))
                attributes.append(Attribute(kind: .underline, start: start, end: byteCount))
                links.append(Link(url: url, start: start, end: byteCount))
            case .code(let s):
                append(s)
                attributes.append(Attribute(kind: .family("Noto Sans Mono"), start: start, end: byteCount))
                attributes.append(Attribute(kind: .size(style.size * 0.88), start: start, end: byteCount))
            case .strikethrough(let c):
                appendRuns(c, style: style, tagStyle: tagStyle, accent: accent, hyphenator: hyphenator)
                attributes.append(Attribute(kind: .strikethrough, start: start, end: byteCount))
            case .superscript(let s):
                append(s)
                attributes.append(Attribute(kind: .size(style.size * 0.65), start: start, end: byteCount))
                attributes.append(Attribute(kind: .rise(style.size * 0.38), start: start, end: byteCount))
            case .lineBreak:
                append("\u{2028}")
            case .tag(let s):
                if text.utf8.last == 0x20 { spacesBeforeTags.append(byteCount - 1) }
                append("\u{00A0}\u{00A0}")
                let tagStart = byteCount
                append(s)
                let t = tagStyle ?? style
                attributes.append(Attribute(kind: .family(t.family), start: tagStart, end: byteCount))
                attributes.append(Attribute(kind: .size(t.size), start: tagStart, end: byteCount))
                attributes.append(Attribute(kind: .colour(.grey(t.grey)), start: tagStart, end: byteCount))
            }
        }
    }

    /// Arabic runs get Noto Sans Arabic at the body size + 1 pt (STYLE.md "Type").
    private mutating func markArabic(bodySize: Double?) {
        var offset = 0
        var runStart: Int?
        func close(_ end: Int) {
            guard let s = runStart else { return }
            attributes.append(Attribute(kind: .family("Noto Sans Arabic"), start: s, end: end))
            if let bodySize { attributes.append(Attribute(kind: .size(bodySize + 1), start: s, end: end)) }
            runStart = nil
        }
        for scalar in text.unicodeScalars {
            let v = scalar.value
            let arabic = (0x0600...0x06FF).contains(v) || (0x0750...0x077F).contains(v)
                || (0x08A0...0x08FF).contains(v) || (0xFB50...0xFDFF).contains(v) || (0xFE70...0xFEFF).contains(v)
            let neutral = scalar == " " || (0x2000...0x206F).contains(v) && scalar != "\u{2028}"
            if arabic { if runStart == nil { runStart = offset } } else if !neutral { close(offset) }
            offset += scalar.utf8.count
        }
        close(offset)
    }
}
