import Diagnostics

/// A theme everything is aggregated by (`acts:` in meeting.yaml), with its numbered targets.
public struct Act: Hashable, Sendable, Identifiable {
    public var id: String
    public var title: String
    public var targets: [Target]
    public var span: SourceSpan

    public init(id: String, title: String, targets: [Target] = [], span: SourceSpan) {
        self.id = id; self.title = title; self.targets = targets; self.span = span
    }
}

/// A numbered action under an act (`{ id: "3.6", text: …, timeline: now }`).
public struct Target: Hashable, Sendable, Identifiable {
    public var id: String
    public var text: String
    public var timeline: String?
    public var span: SourceSpan

    public init(id: String, text: String, timeline: String? = nil, span: SourceSpan) {
        self.id = id; self.text = text; self.timeline = timeline; self.span = span
    }
}
