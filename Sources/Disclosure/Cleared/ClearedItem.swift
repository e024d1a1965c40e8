import Diagnostics
import Model

/// An item as an output may show it: cleared for the view's audience and already rewritten under
/// its rule. Only Disclosure creates one; it carries no rapporteur and no raw text.
public struct ClearedItem: Hashable, Sendable, Identifiable {
    /// The item's index in `Meeting.items`.
    public let id: Int
    /// The rewritten content.
    public private(set) var content: ItemContent
    /// The content as civil society's own outputs print it: states named (SPEC 3.1).
    let internalContent: ItemContent
    /// Where the item came from: for diagnostics and the leak gate, never to be printed.
    public let span: SourceSpan
    public let rule: SessionRule
    public let clearance: Clearance
    public let sectionID: String
    public let role: SectionRole
    public let acts: [String]
    public let targets: [String]
    public let regions: [String]
    public let tags: [String]
    public let same: String?
    public let parent: Int?
    public let depth: Int
    /// The session of a note's item (nil for a regional outcome).
    public let session: String?
    /// The region of a regional outcome's item (nil for a note's).
    public let outcomeRegion: String?
    /// The language of the item's text, as detected.
    public let language: Language
    /// The source text with every mention the rewriter replaced masked out: what recurring
    /// messages are compared on (SPEC 4). Never printed.
    public let comparisonText: String
    /// A review decision split the item from any group of recurring messages (SPEC 3.4).
    public let standsAlone: Bool
    /// The file the item comes from: two items of one document are one message only by `same=`.
    public var sourcePath: String { span.path }

    /// States the item names and keeps (gazetteer ids): a topic, or the state a question is put to.
    public let namedStates: [String]
    /// A question put to named states ("Ask Mexico how…"): it goes only into their own packs (SPEC 4).
    public var addressedTo: [String] { role == .questions ? namedStates : [] }

    init(_ item: Item, content: ItemContent, internalContent: ItemContent? = nil, language: Language,
         comparisonText: String = "", namedStates: [String] = [], standsAlone: Bool = false) {
        self.standsAlone = standsAlone
        id = item.id; self.content = content; self.internalContent = internalContent ?? content; span = item.span; rule = item.rule; clearance = item.clearance
        sectionID = item.sectionID; role = item.role; acts = item.acts; targets = item.targets
        regions = item.regions; tags = item.tags; same = item.same; parent = item.parent; depth = item.depth
        session = item.origin.session
        if case .outcome(let r, _, _, _) = item.origin { outcomeRegion = r } else { outcomeRegion = nil }
        self.language = language
        self.comparisonText = comparisonText
        self.namedStates = namedStates
    }

    /// The item as an internal output prints it.
    func forInternalReaders() -> ClearedItem {
        var copy = self
        copy.content = internalContent
        return copy
    }

    /// The plain text a reader sees.
    public var plainText: String { content.plainText }
}
