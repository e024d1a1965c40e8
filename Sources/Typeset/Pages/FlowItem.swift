/// What pagination knows of one laid-out block: its line or row heights and how it may break.
/// Pure values: pagination is a function of these, testable without Pango or a PDF.
public struct FlowItem: Hashable, Sendable {
    /// The measurable body of an item.
    public enum Body: Hashable, Sendable {
        /// Lines of a paragraph (heights in points): may break between lines, never leaving one
        /// line alone at the foot or the head of a page.
        case lines([Double])
        /// A table: the header row's height, repeated on every page, and the body rows' heights.
        /// Breaks between rows only, and starts with at least three rows (or all, if fewer).
        case table(header: Double, rows: [Double])
        /// A block that never breaks (figure, image, rule, cover).
        case block(Double)
        /// A block that takes the rest of its page, at least `minimum` points of it: where less
        /// is left, it starts the next page and fills it (a handout's ruled notes area).
        case fill(minimum: Double)
        /// Ends the page.
        case pageBreak
    }

    public var body: Body
    public var spaceBefore: Double
    public var spaceAfter: Double
    /// A heading: never the last thing on a page.
    public var keepWithNext: Bool
    /// Starts on a fresh page.
    public var startsPage: Bool

    public init(_ body: Body, spaceBefore: Double = 0, spaceAfter: Double = 0, keepWithNext: Bool = false,
                startsPage: Bool = false) {
        self.body = body; self.spaceBefore = spaceBefore; self.spaceAfter = spaceAfter
        self.keepWithNext = keepWithNext; self.startsPage = startsPage
    }
}

/// A piece of an item placed on a page: which item, which lines or rows, and where.
public struct Placement: Hashable, Sendable {
    /// Index of the item in the flow.
    public var item: Int
    /// The lines (or table rows) placed; empty for blocks.
    public var range: Range<Int>
    /// Top of the piece, in points from the top of the text block.
    public var y: Double
    /// Height of the piece (a table piece includes its header row).
    public var height: Double

    public init(item: Int, range: Range<Int>, y: Double, height: Double) {
        self.item = item; self.range = range; self.y = y; self.height = height
    }
}
