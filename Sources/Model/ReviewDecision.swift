import Diagnostics

/// A decision of the secretariat's review (`review.yaml`, SPEC 3.4) on a key of the proof: keep a
/// mention as written, replace it (with a given text, or a descriptor), or withdraw a whole item
/// from every output.
public struct ReviewDecision: Hashable, Sendable {
    public enum Action: Hashable, Sendable {
        case keep
        case replace(String?)
        case withdraw
    }

    public var key: String
    public var action: Action
    public var span: SourceSpan

    public init(key: String, action: Action, span: SourceSpan) {
        self.key = key; self.action = action; self.span = span
    }
}
