import Disclosure
import Model

/// One message of the report: an item, or several items that say the same thing, with where it
/// was raised. The first item is the one printed; the others are counted.
public struct RecurringMessage: Hashable, Sendable {
    public var items: [ClearedItem]
    /// Items nested under any of the grouped items (sub-points), so that none is dropped.
    public var children: [ClearedItem]
    public var recurrence: Recurrence

    /// The item whose text is printed.
    public var lead: ClearedItem { items[0] }
}

/// Where a message was raised, against how many sources of each kind there were: "raised in 5
/// of 6 regional outcomes received; in 3 of 4 groups".
public struct Recurrence: Hashable, Sendable {
    public var outcomes: Int
    public var outcomesReceived: Int
    public var groups: Int
    public var groupSessions: Int
    public var tables: Int
    public var tableSessions: Int
    public var otherSessions: Int

    /// Raised by more than one source (outcome or session).
    public var isRecurring: Bool { outcomes + groups + tables + otherSessions > 1 }
}
