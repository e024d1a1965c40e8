/// A table: columns (relative widths, alignment), a header row repeated on every page, body rows.
public struct Table: Hashable, Sendable {
    public var columns: [TableColumn]
    public var header: [[Run]]
    public var rows: [[[Run]]]
    public var caption: String?

    public init(columns: [TableColumn], header: [[Run]], rows: [[[Run]]], caption: String? = nil) {
        self.columns = columns; self.header = header; self.rows = rows; self.caption = caption
    }
}

/// One column: its share of the text width (relative to the other columns) and its alignment.
public struct TableColumn: Hashable, Sendable {
    public enum Alignment: String, Hashable, Sendable { case leading, center, trailing }
    public var width: Double
    public var alignment: Alignment
    public init(width: Double = 1, alignment: Alignment = .leading) { self.width = width; self.alignment = alignment }
}
