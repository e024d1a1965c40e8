import Diagnostics

/// A region or a global process (`regions:` in meeting.yaml).
public struct Region: Hashable, Sendable, Identifiable {
    public var id: String
    public var name: String
    /// A short name for charts and table heads (`short`; default the name).
    public var short: String
    public var span: SourceSpan

    public init(id: String, name: String, short: String? = nil, span: SourceSpan) {
        self.id = id; self.name = name; self.short = short ?? name; self.span = span
    }
}

/// A cross-cutting theme (`tags:` in meeting.yaml), used as a class in attribute blocks (`.women`).
public struct Tag: Hashable, Sendable, Identifiable {
    public var id: String
    public var span: SourceSpan

    public init(id: String, span: SourceSpan) { self.id = id; self.span = span }
}

/// A participation target the report compares against (`quotas:` in meeting.yaml).
public struct Quota: Hashable, Sendable {
    public var constituency: String
    public var seats: Int
    public var span: SourceSpan

    public init(constituency: String, seats: Int, span: SourceSpan) {
        self.constituency = constituency; self.seats = seats; self.span = span
    }
}
