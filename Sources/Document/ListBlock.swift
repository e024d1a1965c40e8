/// A bullet or numbered list; items may hold nested lists.
public struct ListBlock: Hashable, Sendable {
    public var ordered: Bool
    public var start: Int
    public var items: [ListItem]

    public init(ordered: Bool = false, start: Int = 1, items: [ListItem]) {
        self.ordered = ordered; self.start = start; self.items = items
    }
}

/// One list item: its blocks (paragraphs, nested lists); a task list item is drawn with a box,
/// ticked when `checked`.
public struct ListItem: Hashable, Sendable {
    public var blocks: [Block]
    public var checked: Bool?
    public init(_ blocks: [Block], checked: Bool? = nil) { self.blocks = blocks; self.checked = checked }
    public init(_ text: [Run]) { self.blocks = [.paragraph(text)] }
}

/// A block quote (accent bar) or a shaded box (grey fill) around blocks.
public struct BoxBlock: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable { case quote, shaded }
    public var kind: Kind
    public var blocks: [Block]
    public init(_ kind: Kind, _ blocks: [Block]) { self.kind = kind; self.blocks = blocks }
}
