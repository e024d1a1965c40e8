import Disclosure
import Model

/// Everything the documents say about one act, aggregated across notes and regional outcomes.
/// Each item is in exactly one list (SPEC 4: every item appears once).
public struct ActDigest: Hashable, Sendable {
    public var act: Act
    /// Key messages (`messages` role) from outcomes and sessions before the tables.
    public var messages: [RecurringMessage]
    /// Regional specificities, one entry per region that spoke to the act (outcomes and notes
    /// tagged with the region), then those tied to no region (`region == nil`).
    public var specificities: [RegionSpecificities]
    /// On the language of the Acts (`language` role).
    public var language: [RecurringMessage]
    /// On the links between the Compacts (`compacts` role).
    public var compacts: [RecurringMessage]
    /// What the Day-2 tables said (every cleared item of a table session on this act).
    public var tables: [RecurringMessage]
    /// Questions for governments (`questions` role; government clearance at least).
    public var questions: [RecurringMessage]
    /// Civil society's strategy (`strategy` role; internal).
    public var strategy: [RecurringMessage]
    /// Records of discussion and other content.
    public var discussion: [RecurringMessage]
    /// The act's targets, with how many items touch each.
    public var targets: [TargetDigest]
    /// Cross-cutting tags of this act's items, with counts, by tag order of the meeting.
    public var tags: [TagCount]

    /// Every message of the digest, in print order.
    public var allMessages: [RecurringMessage] {
        messages + specificities.flatMap(\.messages) + language + compacts + tables + questions + strategy + discussion
    }
}

/// The specificities of one region (or of none) on an act.
public struct RegionSpecificities: Hashable, Sendable {
    public var region: Region?
    public var messages: [RecurringMessage]
}

/// A target of an act and the items that name it (`act=3.6`).
public struct TargetDigest: Hashable, Sendable {
    public var target: Target
    public var itemCount: Int
}

/// How many items of an act carry a cross-cutting tag.
public struct TagCount: Hashable, Sendable {
    public var tag: String
    public var count: Int
    public init(tag: String, count: Int) { self.tag = tag; self.count = count }
}
