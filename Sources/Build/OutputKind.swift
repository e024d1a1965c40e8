/// The outputs `--only` can select (SPEC section 5), and the secretariat's review proof.
public enum OutputKind: String, Sendable, CaseIterable, Hashable {
    case report, briefing, handouts, facilitator, review
}
