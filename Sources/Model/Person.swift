import Diagnostics

/// One row of roster.csv: everyone who takes part (SPEC 1).
public struct Person: Hashable, Sendable, Identifiable {
    public var id: String
    /// Full name as the person writes it, any script.
    public var name: String
    /// Other forms (`aliases`, separated by `;` in the CSV), titles kept as written.
    public var aliases: [String]
    /// The part of the name used alone or after a title, when the roster gives it.
    public var familyName: String?
    /// Organisation, or for a government `Government of Mexico`.
    public var organisation: String
    public var sector: Sector
    public var constituency: String?
    /// A region id of meeting.yaml.
    public var region: String
    /// For a government delegate: the state as written in the roster.
    public var country: String?
    /// For a government delegate: the gazetteer id (ISO alpha-3 or "EU") of `country`.
    public var stateID: String?
    /// `en`, `es` or `fr`: the language of a delegation's briefing pack.
    public var language: String?
    /// A public office holder who may be named in on-record sessions.
    public var isPublic: Bool
    /// Agreed to their organisation being listed in the report.
    public var listConsent: Bool
    public var span: SourceSpan

    public init(id: String, name: String, aliases: [String] = [], familyName: String? = nil, organisation: String,
                sector: Sector, constituency: String? = nil, region: String, country: String? = nil,
                stateID: String? = nil, language: String? = nil, isPublic: Bool = false, listConsent: Bool = false,
                span: SourceSpan) {
        self.id = id; self.name = name; self.aliases = aliases; self.familyName = familyName
        self.organisation = organisation; self.sector = sector; self.constituency = constituency
        self.region = region; self.country = country; self.stateID = stateID; self.language = language
        self.isPublic = isPublic; self.listConsent = listConsent; self.span = span
    }

    public var isGovernment: Bool { sector == .government }
}
