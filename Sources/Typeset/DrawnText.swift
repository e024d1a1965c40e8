/// The text a render actually drew, for the last gate to scan: each page's body text (lines in
/// drawing order), the running heads and footers, the outline titles and the metadata strings.
public struct DrawnText: Hashable, Sendable {
    public var pages: [String] = []
    public var runningHeads: [String] = []
    public var outline: [String] = []
    public var metadata: [String] = []

    public init() {}

    /// Everything, one string per line, for a scan.
    public var all: [String] { pages + runningHeads + outline + metadata }
}
