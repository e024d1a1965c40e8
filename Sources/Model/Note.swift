import Diagnostics

/// A rapporteur's notes file (`notes/**/*.md`) as its front matter describes it.
public struct Note: Hashable, Sendable {
    /// Path relative to the meeting folder.
    public var path: String
    public var session: String
    /// A roster id; never printed.
    public var rapporteur: String?
    /// The acts the note speaks to: its front matter's `acts`, else its session's.
    public var acts: [String]
    /// The regions the note speaks for (front matter `regions`).
    public var regions: [String]
    public var span: SourceSpan

    public init(path: String, session: String, rapporteur: String? = nil, acts: [String] = [],
                regions: [String] = [], span: SourceSpan) {
        self.path = path; self.session = session; self.rapporteur = rapporteur
        self.acts = acts; self.regions = regions; self.span = span
    }
}

/// An outcome document of a regional or global process (`regional/**/*.md`): published, so
/// on-record unless its front matter says otherwise.
public struct RegionalOutcome: Hashable, Sendable {
    public var path: String
    public var region: String
    /// The global process it comes from, if any.
    public var process: String?
    /// Organisations that anchored the process: named even in on-record content.
    public var anchors: [String]
    /// As written (`YYYY-MM-DD`).
    public var dates: [String]
    public var rule: SessionRule
    public var span: SourceSpan

    public init(path: String, region: String, process: String? = nil, anchors: [String] = [],
                dates: [String] = [], rule: SessionRule = .onRecord, span: SourceSpan) {
        self.path = path; self.region = region; self.process = process; self.anchors = anchors
        self.dates = dates; self.rule = rule; self.span = span
    }
}
