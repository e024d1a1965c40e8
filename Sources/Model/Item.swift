import Diagnostics

/// The content of an item: a run of inlines (a paragraph or list item's text) or a table.
public enum ItemContent: Hashable, Sendable {
    case text([Inline])
    case table(MarkdownTable)

    /// The plain text a reader sees (table cells separated by ` | `, rows by newlines).
    public var plainText: String {
        switch self {
        case .text(let inlines): return inlines.plainText
        case .table(let t):
            return ([t.header] + t.rows).map { $0.map(\.plainText).joined(separator: " | ") }
                .joined(separator: "\n")
        }
    }
}

/// Where an item comes from: a session's note or a regional outcome.
public enum ItemOrigin: Hashable, Sendable {
    /// A note of session `session`; `path` is the note file.
    case note(session: String, path: String)
    /// A regional outcome of region `region`; `path` is the outcome file.
    case outcome(region: String, process: String?, anchors: [String], path: String)

    public var path: String {
        switch self {
        case .note(_, let p), .outcome(_, _, _, let p): return p
        }
    }

    public var session: String? {
        if case .note(let s, _) = self { return s }
        return nil
    }
}

/// One unit of content (SPEC 1): every list item (nested ones too), paragraph and table under a
/// section, with everything the later stages need to clear, rewrite and aggregate it.
public struct Item: Hashable, Sendable, Identifiable {
    /// The item's index in `Meeting.items`.
    public var id: Int
    public var content: ItemContent
    /// Where the item starts: a list item's marker, a paragraph's first character.
    public var span: SourceSpan
    /// Where its text starts when that is not `span` (a list item's text, after its marker):
    /// the origin of the line and column of a rewrite in the redaction log.
    public var textStart: SourceLocation?
    /// For each source line of its text after the first, the columns before the text (a list
    /// item's continuation indent, a block quote's `> `): where a rewrite on that line stands.
    public var lineIndents: [Int] = []
    public var origin: ItemOrigin
    /// The rule its content falls under: its session's, or the outcome's.
    public var rule: SessionRule
    public var sectionID: String
    public var role: SectionRole
    /// Section clearance, tightened by `.internal`/`.government`, capped by the session, and
    /// never more open than the parent item's.
    public var clearance: Clearance
    /// Act ids (from `act=`, else the outcome's act heading, else the note's acts).
    public var acts: [String]
    /// Target ids named by `act=3.6`.
    public var targets: [String]
    /// Region ids (from `region=`, else the note's `regions`, else the outcome's region).
    public var regions: [String]
    /// Tag ids from classes (`.women`).
    public var tags: [String]
    /// `same=KEY`: items with the same key are one recurring message.
    public var same: String?
    /// A roster id; never printed.
    public var rapporteur: String?
    /// The id of the enclosing list item, for a nested item.
    public var parent: Int?
    /// 0 for a top-level item, 1 for an item nested once, …
    public var depth: Int
    /// Invisible characters text hygiene removed from the item (SPEC 1), by name, for the
    /// redaction log and the review proof.
    public var removedCharacters: [String] = []

    public init(id: Int, content: ItemContent, span: SourceSpan, origin: ItemOrigin, rule: SessionRule,
                sectionID: String, role: SectionRole, clearance: Clearance, acts: [String] = [],
                targets: [String] = [], regions: [String] = [], tags: [String] = [], same: String? = nil,
                rapporteur: String? = nil, parent: Int? = nil, depth: Int = 0) {
        self.id = id; self.content = content; self.span = span; self.origin = origin; self.rule = rule
        self.sectionID = sectionID; self.role = role; self.clearance = clearance; self.acts = acts
        self.targets = targets; self.regions = regions; self.tags = tags; self.same = same
        self.rapporteur = rapporteur; self.parent = parent; self.depth = depth
    }
}

extension ItemContent {
    /// The content with the first occurrence of `target` inside one run of text (or a table
    /// cell's) replaced: how a review decision edits an item.
    public func replacingFirst(_ target: String, with replacement: String) -> ItemContent {
        guard !target.isEmpty else { return self }
        var done = false
        func edit(_ inlines: [Inline]) -> [Inline] {
            inlines.map { inline in
                guard !done else { return inline }
                switch inline {
                case .text(let s):
                    guard let r = s.range(of: target) else { return inline }
                    done = true
                    return .text(s.replacingCharacters(in: r, with: replacement))
                case .emphasis(let c): return .emphasis(edit(c))
                case .strong(let c): return .strong(edit(c))
                case .strikethrough(let c): return .strikethrough(edit(c))
                case .link(let d, let c): return .link(destination: d, edit(c))
                default: return inline
                }
            }
        }
        switch self {
        case .text(let inlines): return .text(edit(inlines))
        case .table(var t):
            t.header = t.header.map(edit)
            t.rows = t.rows.map { $0.map(edit) }
            return .table(t)
        }
    }
}
