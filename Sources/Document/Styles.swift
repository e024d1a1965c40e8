/// The named text styles of a template (STYLE.md "Type").
public struct Styles: Hashable, Sendable {
    public var body: TextStyle
    public var heading1: TextStyle
    public var heading2: TextStyle
    public var heading3: TextStyle
    public var table: TextStyle
    public var tableHeader: TextStyle
    public var runningHead: TextStyle
    public var caption: TextStyle
    public var tag: TextStyle
    public var coverTitle: TextStyle
    /// Hanging indent of a list level, in millimetres.
    public var listIndentMM: Double
    /// Space between list items, in points.
    public var listItemSpace: Double

    public init(body: TextStyle = .init(family: "Noto Serif", size: 10.5, leading: 14, spaceAfter: 6),
                heading1: TextStyle = .init(family: "Noto Sans", size: 20, leading: 24, bold: true, spaceBefore: 18, spaceAfter: 8, accent: true),
                heading2: TextStyle = .init(family: "Noto Sans", size: 14, leading: 18, bold: true, spaceBefore: 14, spaceAfter: 6, accent: true),
                heading3: TextStyle = .init(family: "Noto Sans", size: 11, leading: 14, bold: true, spaceBefore: 10, spaceAfter: 4),
                table: TextStyle = .init(family: "Noto Sans", size: 9, leading: 12),
                tableHeader: TextStyle = .init(family: "Noto Sans", size: 9, leading: 12, bold: true),
                runningHead: TextStyle = .init(family: "Noto Sans", size: 8.5, leading: 10, grey: 0.45),
                caption: TextStyle = .init(family: "Noto Sans", size: 8.5, leading: 11, spaceBefore: 4, spaceAfter: 8),
                tag: TextStyle = .init(family: "Noto Sans", size: 8.5, leading: 11, grey: 0.4),
                coverTitle: TextStyle = .init(family: "Noto Sans", size: 26, leading: 32, bold: true, accent: true),
                listIndentMM: Double = 4, listItemSpace: Double = 3) {
        self.body = body; self.heading1 = heading1; self.heading2 = heading2; self.heading3 = heading3
        self.table = table; self.tableHeader = tableHeader; self.runningHead = runningHead; self.caption = caption
        self.tag = tag; self.coverTitle = coverTitle; self.listIndentMM = listIndentMM; self.listItemSpace = listItemSpace
    }

    /// The style of a heading level (1–3; deeper levels use level 3).
    public func heading(_ level: Int) -> TextStyle { level <= 1 ? heading1 : level == 2 ? heading2 : heading3 }
}

/// A text style: family (one of the bundled fonts), size and leading in points, weight, slant,
/// spacing before and after, colour (a grey level or the template's accent).
public struct TextStyle: Hashable, Sendable {
    public var family: String
    public var size: Double
    public var leading: Double
    public var bold: Bool
    public var italic: Bool
    public var spaceBefore: Double
    public var spaceAfter: Double
    /// Grey level of the text, 0 = black.
    public var grey: Double
    /// Set in the template's accent colour instead of `grey`.
    public var accent: Bool
    /// Lines of left-aligned paragraphs stretched to the full width (not the last line).
    public var justify: Bool

    public init(family: String, size: Double, leading: Double, bold: Bool = false, italic: Bool = false,
                spaceBefore: Double = 0, spaceAfter: Double = 0, grey: Double = 0, accent: Bool = false,
                justify: Bool = false) {
        self.family = family; self.size = size; self.leading = leading; self.bold = bold; self.italic = italic
        self.spaceBefore = spaceBefore; self.spaceAfter = spaceAfter; self.grey = grey; self.accent = accent
        self.justify = justify
    }
}
