import Diagnostics

/// One row of organisations.csv: an organisation's acronym and other names.
public struct Organisation: Hashable, Sendable {
    public var name: String
    public var acronym: String?
    public var aliases: [String]
    public var span: SourceSpan

    public init(name: String, acronym: String? = nil, aliases: [String] = [], span: SourceSpan) {
        self.name = name; self.acronym = acronym; self.aliases = aliases; self.span = span
    }
}
