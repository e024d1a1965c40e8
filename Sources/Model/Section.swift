import Diagnostics

/// What a section holds; documents choose content by role, never by heading text (SPEC 1).
public enum SectionRole: String, Hashable, Sendable, CaseIterable {
    case messages, specificities, questions, strategy, language, compacts, discussion, other
    /// Housekeeping for the meeting's own people (deadlines, rooms): printed in no output; its
    /// items are listed in placements.csv with that reason. Internal unless the section says.
    case logistics
}

/// A kind of content a note may hold, and who may read it (`sections:` in meeting.yaml).
public struct Section: Hashable, Sendable, Identifiable {
    public var id: String
    public var role: SectionRole
    public var heading: String
    public var clearance: Clearance
    public var aliases: [String]
    /// The guiding question; it has the section's clearance.
    public var prompt: String?
    public var span: SourceSpan

    public init(id: String, role: SectionRole, heading: String, clearance: Clearance,
                aliases: [String] = [], prompt: String? = nil, span: SourceSpan) {
        self.id = id; self.role = role; self.heading = heading; self.clearance = clearance
        self.aliases = aliases; self.prompt = prompt; self.span = span
    }
}
