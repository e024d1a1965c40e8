/// What a mention points at: a roster person (by id), an organisation (by its canonical name), a
/// state (by gazetteer id), or a `roles` phrase (by its index in `Meeting.roles`).
public enum Referent: Hashable, Sendable, CustomStringConvertible {
    case person(String)
    case organisation(String)
    case state(String)
    case role(Int)

    var isPerson: Bool { if case .person = self { return true }; return false }
    var isState: Bool { if case .state = self { return true }; return false }
    var isOrganisation: Bool { if case .organisation = self { return true }; return false }

    public var description: String {
        switch self {
        case .person(let id): return "person \(id)"
        case .organisation(let n): return "organisation \(n)"
        case .state(let id): return "state \(id)"
        case .role(let i): return "role #\(i)"
        }
    }
}
