import Diagnostics
import Document

/// The text a render actually drew, for the last gate to scan: each page's body text (lines in
/// drawing order), the running heads and footers, the outline titles and the metadata strings.
public struct DrawnText: Hashable, Sendable {
    public var pages: [String] = []
    public var runningHeads: [String] = []
    public var outline: [String] = []
    public var metadata: [String] = []
    /// The body text again, piece by piece as drawn, with the page and the block it came from.
    public var blocks: [DrawnBlock] = []

    public init() {}

    /// Everything, one string per line, for a scan.
    public var all: [String] { pages + runningHeads + outline + metadata }
}

/// One drawn piece of a block (a paragraph's lines on one page, a table piece, a figure, a
/// cover): its text, the 1-based page, and the source span and provenance of its block.
public struct DrawnBlock: Hashable, Sendable {
    public var page: Int
    public var text: String
    public var span: SourceSpan?
    public var provenance: Provenance?

    public init(page: Int, text: String, span: SourceSpan?, provenance: Provenance?) {
        self.page = page; self.text = text; self.span = span; self.provenance = provenance
    }
}
