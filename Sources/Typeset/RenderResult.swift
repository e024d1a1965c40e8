import Diagnostics

/// What rendering a document hands back: its diagnostics, the page count (padding included) and
/// the text drawn. A result with errors wrote no file.
public struct RenderResult: Sendable {
    public var diagnostics: DiagnosticBag
    public var pageCount: Int
    public var text: DrawnText

    public init(diagnostics: DiagnosticBag, pageCount: Int, text: DrawnText) {
        self.diagnostics = diagnostics; self.pageCount = pageCount; self.text = text
    }
}

/// The result of the measuring pass and pagination, without drawing: the flow, its pages and the
/// page of every heading (what the contents print).
public struct Pagination: Sendable {
    public var items: [FlowItem]
    public var pages: [[Placement]]
    public var headings: [PaginatedHeading]
    public var diagnostics: DiagnosticBag
}

/// A heading and the 1-based page it starts on.
public struct PaginatedHeading: Hashable, Sendable {
    public var level: Int
    public var title: String
    public var page: Int
}
