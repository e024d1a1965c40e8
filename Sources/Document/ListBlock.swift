/// A bullet or numbered list; items may hold nested lists.
public struct ListBlock: Hashable, Sendable {
    public var ordered: Bool
    public var start: Int
    public var items: [ListItem]

    public init(ordered: Bool = false, start: Int = 1, items: [ListItem]) {
        self.ordered = ordered; self.start = start; self.items = items
    }
}

/// One list item: its blocks (paragraphs, nested lists).
public struct ListItem: Hashable, Sendable {
    public var blocks: [Block]
    public init(_ blocks: [Block]) { self.blocks = blocks }
    public init(_ text: [Run]) { self.blocks = [.paragraph(text)] }
}

/// A block quote (accent bar) or a shaded box (grey fill) around blocks.
public struct BoxBlock: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable { case quote, shaded }
    public var kind: Kind
    public var blocks: [Block]
    public init(_ kind: Kind, _ blocks: [Block]) { self.kind = kind; self.blocks = blocks }
}
