import Diagnostics

/// One block of a document with where it came from: its source span and a provenance tag, so
/// that a check after layout (the leak gate, a missing glyph) can name the source item.
public struct Block: Hashable, Sendable {
    public var content: BlockContent
    public var span: SourceSpan?
    public var provenance: Provenance?
    /// The meeting items (`Meeting.items` indices) the block prints: the first is printed, the
    /// others are counted under it as the same message. Empty for anything not an item.
    /// `secretariat/placements.csv` is read from these, so that it says what was laid out.
    public var items: [Int] = []
    /// The language of the block's text (BCP 47) when it may differ from the document's: an item
    /// in Spanish in an English report. Its structure element says so (`/Lang`), for screen readers.
    public var language: String?

    public init(_ content: BlockContent, span: SourceSpan? = nil, provenance: Provenance? = nil) {
        self.content = content; self.span = span; self.provenance = provenance
    }

    public static func heading(_ level: Int, _ text: [Run], span: SourceSpan? = nil) -> Block {
        Block(.heading(level: level, text), span: span)
    }
    public static func paragraph(_ text: [Run], span: SourceSpan? = nil) -> Block {
        Block(.paragraph(text), span: span)
    }
    public static func paragraph(_ text: String, span: SourceSpan? = nil) -> Block {
        Block(.paragraph([.text(text)]), span: span)
    }
}

/// What a block holds.
public indirect enum BlockContent: Hashable, Sendable {
    /// A heading, level 1–3: in the outline and the table of contents, kept with what follows.
    case heading(level: Int, [Run])
    case paragraph([Run])
    case list(ListBlock)
    /// A block quote or shaded box around other blocks.
    case box(BoxBlock)
    case pageBreak
    /// A thin horizontal rule across the text block.
    case rule
    /// Ruled lines for handwriting down to the foot of the page, taking at least
    /// `minimumFraction` of the text block's height (else they fill the next page).
    case ruledArea(minimumFraction: Double)
    case table(Table)
    case figure(Figure)
    case image(ImageBlock)
    case tableOfContents(TableOfContents)
    /// A cover page: always the first page, without running head or footer.
    case cover(Cover)
    /// A document's title at the top of its first page, for templates without a cover: set in
    /// the cover title's style, kept with what follows, not in the outline or the contents.
    case title(String)
    /// A folded table card filling one page: the far half printed upside down.
    case tentCard(TentCard)
}

/// A free-form tag saying what rule a block's content came under, e.g. "chatham-house",
/// "on-record", "cover". Carried to the drawn-text record so that a leak gate can name it.
public struct Provenance: RawRepresentable, Hashable, Sendable, ExpressibleByStringLiteral {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { rawValue = value }

    public static let chathamHouse: Provenance = "chatham-house"
    public static let onRecord: Provenance = "on-record"
    public static let cover: Provenance = "cover"
    public static let template: Provenance = "template"
}
