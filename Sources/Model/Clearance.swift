/// Who may read an item (SPEC 3.1): `public` < `government` < `internal`. The stricter of two
/// clearances is their maximum.
public enum Clearance: Int, Hashable, Sendable, Comparable, CaseIterable, CustomStringConvertible {
    case `public` = 0
    case government = 1
    case `internal` = 2

    public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }

    /// The clearance a meeting file spells as `public`, `government` or `internal`.
    public init?(name: String) {
        switch name.lowercased() {
        case "public": self = .public
        case "government": self = .government
        case "internal": self = .internal
        default: return nil
        }
    }

    public var name: String {
        switch self {
        case .public: return "public"
        case .government: return "government"
        case .internal: return "internal"
        }
    }

    public var description: String { name }

    /// The stricter (less open) of two clearances.
    public func stricter(_ other: Clearance) -> Clearance { max(self, other) }
}

/// The readers of an output (SPEC 3.1): an output for an audience holds only items cleared for it.
public enum Audience: String, Hashable, Sendable, CaseIterable {
    case `public`
    case government
    case `internal`
    /// The secretariat's own files (the redaction log, the review proof): above internal, they
    /// name everyone and never go beside what is handed out.
    case secretariat

    /// Whether an item of this clearance may appear in an output for this audience.
    public func admits(_ clearance: Clearance) -> Bool {
        switch self {
        case .public: return clearance == .public
        case .government: return clearance <= .government
        case .internal, .secretariat: return true
        }
    }
}
