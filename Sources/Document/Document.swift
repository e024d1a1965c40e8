/// The typesetting tree of one PDF: metadata, the page template and the blocks, in reading order.
/// Built by Compose (or by tests), consumed by Typeset. Plain values only.
public struct Document: Hashable, Sendable {
    public var metadata: Metadata
    public var template: PageTemplate
    public var blocks: [Block]

    public init(metadata: Metadata, template: PageTemplate = PageTemplate(), blocks: [Block]) {
        self.metadata = metadata; self.template = template; self.blocks = blocks
    }
}
