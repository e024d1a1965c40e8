/// A chart drawn from data, with a numbered caption and a one-line reading aid.
public struct Figure: Hashable, Sendable {
    public var chart: Chart
    public var caption: String
    public var readingAid: String

    public init(_ chart: Chart, caption: String, readingAid: String = "") {
        self.chart = chart; self.caption = caption; self.readingAid = readingAid
    }
}

/// The kinds of chart Typeset can draw.
public enum Chart: Hashable, Sendable {
    /// Horizontal bars, in the order given, each labelled with its value.
    case bars([Bar])
    /// A grid of counts: rows × columns; `nil` cells are "not received" (hatched, in the key).
    case heatMap(HeatMap)
}

/// One bar of a bar chart.
public struct Bar: Hashable, Sendable {
    public var label: String
    public var value: Double
    public init(_ label: String, _ value: Double) { self.label = label; self.value = value }
}

/// A heat map: row labels, column labels and a count (or nil: not received) per cell.
public struct HeatMap: Hashable, Sendable {
    public var rowLabels: [String]
    public var columnLabels: [String]
    public var cells: [[Int?]]
    /// The key's label for nil cells, e.g. "outcome not received".
    public var missingLabel: String

    public init(rowLabels: [String], columnLabels: [String], cells: [[Int?]], missingLabel: String = "not received") {
        self.rowLabels = rowLabels; self.columnLabels = columnLabels; self.cells = cells; self.missingLabel = missingLabel
    }

    /// Whether any cell is missing (hatched): the key explains them only then.
    public var hasMissingCells: Bool { cells.contains { $0.contains { $0 == nil } } }
}

/// A PNG image from a file, scaled to a width in millimetres (at most the text width).
public struct ImageBlock: Hashable, Sendable {
    public var path: String
    public var widthMM: Double?
    public var caption: String?
    public init(path: String, widthMM: Double? = nil, caption: String? = nil) {
        self.path = path; self.widthMM = widthMM; self.caption = caption
    }
}

/// The table of contents: the document's headings down to `depth`, with dot leaders, page numbers
/// and links to their pages.
public struct TableOfContents: Hashable, Sendable {
    public var title: String
    public var depth: Int
    public init(title: String = "Contents", depth: Int = 2) { self.title = title; self.depth = depth }
}

/// A cover page: title, subtitle, further lines (venue, dates), the document kind and the
/// audience marking at the foot.
public struct Cover: Hashable, Sendable {
    public var title: String
    public var subtitle: String
    public var lines: [String]
    public var kind: String
    public var marking: String
    /// PNG logos drawn at the top left, in order.
    public var logos: [String]

    public init(title: String, subtitle: String = "", lines: [String] = [], kind: String = "", marking: String = "",
                logos: [String] = []) {
        self.title = title; self.subtitle = subtitle; self.lines = lines; self.kind = kind; self.marking = marking
        self.logos = logos
    }
}

/// A tent card: one landscape page folded along its long middle; each half carries the heading
/// ("Table 3", 72 pt bold) and the title (the act, 20 pt), the upper half rotated 180° so both
/// read upright on the table; a dashed fold line with `foldLabel` at both ends.
public struct TentCard: Hashable, Sendable {
    public var heading: String
    public var title: String
    public var foldLabel: String

    public init(heading: String, title: String, foldLabel: String = "fold") {
        self.heading = heading; self.title = title; self.foldLabel = foldLabel
    }
}
