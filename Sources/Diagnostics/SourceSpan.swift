/// Where a value came from: a file and a location in it. Every model value and every typeset block
/// that came from the input carries one, so that a problem found late still names its source.
public struct SourceSpan: Hashable, Sendable, CustomStringConvertible {
    /// Path relative to the meeting folder.
    public var path: String
    public var start: SourceLocation
    public var end: SourceLocation

    public init(path: String, start: SourceLocation, end: SourceLocation? = nil) {
        self.path = path
        self.start = start
        self.end = end ?? start
    }

    public init(path: String, line: Int, column: Int) {
        self.init(path: path, start: SourceLocation(line: line, column: column))
    }

    /// A span for a whole file (line 1, column 1): for a missing or unreadable file.
    public static func file(_ path: String) -> SourceSpan { SourceSpan(path: path, line: 1, column: 1) }

    public var description: String { "\(path):\(start.line):\(start.column)" }
}
