import Diagnostics
import Document

/// A laid-out block, ready to draw: shaped paragraphs, table cells, or what a figure needs.
/// One per flow item; released once its last page is drawn.
enum Element {
    case text(TextElement)
    case table(TableElement)
    case figure(Figure, ChartLayout)
    /// An image and its alternative text (the Markdown image's description, else its file name).
    case image(RasterImage, width: Double, height: Double, alt: String)
    case rule
    /// Handwriting lines over the placement's height.
    case ruledArea
    case cover(Cover, logos: [RasterImage])
    case tentCard(TentCard)
    case pageBreak
}

/// A paragraph, heading, list item or table-of-contents entry.
struct TextElement {
    var slot: ParagraphSlot
    var paragraph: ShapedParagraph { slot.value }
    /// Offset of the paragraph from the text block's left edge.
    var indent: Double
    /// A list marker, drawn on the first line at `markerX`.
    var markerSlot: ParagraphSlot?
    var marker: ShapedParagraph? { markerSlot?.value }
    var markerX: Double = 0
    /// A task list item's box in place of a marker: ticked when true.
    var checkbox: Bool?
    /// Set for headings: level, destination name and title (for the outline and running head).
    var heading: (level: Int, anchor: String, title: String)?
    /// A title for the running head that is not a heading (the contents' own title).
    var runningTitle: String?
    /// Set for contents entries: the destination it links to.
    var tocTarget: String?
    /// The box this paragraph sits in, if any, and the box's left offset.
    var box: BoxBlock.Kind?
    var boxIndent: Double = 0
    var colour: Colour
    var spaceAfter: Double
    /// The paragraph's language when its block gives one (its structure element's `/Lang`).
    var language: String?
}

/// A table: column offsets and widths, shaped header cells and body rows.
struct TableElement {
    var indent: Double
    var columnX: [Double]
    var columnWidths: [Double]
    var alignments: [TableColumn.Alignment]
    var headerSlots: [ParagraphSlot]
    var rowSlots: [[ParagraphSlot]]
    var header: [ShapedParagraph] { headerSlots.map(\.value) }
    func row(_ r: Int) -> [ShapedParagraph] { rowSlots[r].map(\.value) }
    var headerHeight: Double { Self.height(headerSlots) }
    func rowHeight(_ r: Int) -> Double { Self.height(rowSlots[r]) }
    static func height(_ cells: [ParagraphSlot]) -> Double { (cells.map { $0.value.height }.max() ?? 0) + 2 * padY }
    static let padX = 4.0
    static let padY = 3.0
}

/// A heading as the outline and the contents see it.
struct HeadingEntry: Sendable {
    var level: Int
    var title: String
    var anchor: String
    /// Index of its flow item.
    var item: Int
}
