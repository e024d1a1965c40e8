/// The outputs `--only` can select (SPEC section 5).
public enum OutputKind: String, Sendable, CaseIterable, Hashable {
    case report, briefing, handouts, facilitator
}
