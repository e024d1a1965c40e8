import Model

/// A type-level audience, so that a `Cleared` view says in its type whom it may be shown to.
public protocol AudienceKind: Sendable {
    static var audience: Audience { get }
}

/// Readers of the post-meeting report: anyone.
public enum PublicReaders: AudienceKind { public static var audience: Audience { .public } }
/// Readers of briefing packs, handouts and tent cards: government delegations.
public enum GovernmentReaders: AudienceKind { public static var audience: Audience { .government } }
/// Readers of facilitator sheets and the redaction log: civil society's organisers only.
public enum InternalReaders: AudienceKind { public static var audience: Audience { .internal } }
